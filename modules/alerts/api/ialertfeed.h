#pragma once

#include <QList>
#include <QObject>
#include <core/alertrecord.h>
#include <core/result.h>
#include <functional>

namespace Jiandu {

//! The alerts as they are raised, for modules that act on them (e.g. a camera recording on
//! an alert about its room), and those of a time, for modules that report on them (a case
//! area's briefs). Published by the alerts module (IShell::addService). Header only.
class IAlertFeed
{
public:
    virtual ~IAlertFeed() = default;
    //! Calls \a raised on \a context's thread with every batch of new alerts, for as long as
    //! \a context lives.
    virtual void watchRaised(QObject *context,
                             std::function<void(const QList<AlertRecord> &alerts)> raised) = 0;
    //! The alerts of \a element ("venue", "case", …) raised in [fromMs, toMs), oldest first,
    //! read off the UI thread and handed to \a done on \a context's thread.
    virtual void raisedBetween(qint64 fromMs, qint64 toMs, const QString &element, QObject *context,
                               std::function<void(Result<QList<AlertRecord>>)> done) = 0;
};

} // namespace Jiandu

Q_DECLARE_INTERFACE(Jiandu::IAlertFeed, "org.jiandu.AlertFeed/1")
