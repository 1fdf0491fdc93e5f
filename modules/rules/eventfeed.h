#pragma once

#include "ruleengine.h"
#include "rulesexport.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Jiandu {

//! Events as JSON lines, the form other services hand them over in:
//! {"type": "area.entered", "time": "2026-11-23 09:30:00" | ISO 8601 | ms, "subject": {…}}.
class JIANDU_RULES_EXPORT EventFeed
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::EventFeed)

public:
    struct Batch
    {
        QList<RuleEvent> events;
        QStringList errors; //!< "NAME:LINE: reason", one per line refused
    };

    //! One line; the reason it is not an event otherwise.
    static std::optional<RuleEvent> parseLine(const QByteArray &line, QString *why = nullptr);
    //! The same from a line already parsed.
    static std::optional<RuleEvent> fromObject(const QJsonObject &object, QString *why = nullptr);
    //! Every line of \a device ("NAME" in errors is \a name).
    static Batch read(QIODevice &device, const QString &name);
    //! Times outside [2000-01-01, 2100-01-01) UTC are refused: no supervised event lies
    //! there, and a wild one would move the engine's clock and fire every deadline early.
    static constexpr qint64 kEarliestMs = 946'684'800'000LL;
    static constexpr qint64 kLatestMs = 4'102'444'800'000LL;

    //! "yyyy-MM-dd HH:mm:ss" (local time), ISO 8601 with offset, or ms since the epoch;
    //! -1 if it is none of these or lies outside [kEarliestMs, kLatestMs).
    static qint64 parseTime(const QJsonValue &value);
};

} // namespace Jiandu
