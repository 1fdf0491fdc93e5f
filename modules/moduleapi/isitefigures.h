#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <core/severity.h>

namespace Jiandu {

//! One number about the site an operator wants first (站点概览): open alarms, overdue
//! problems, cameras offline or recording. Clicking it opens what it counts.
struct SiteFigure
{
    QString title; //!< translated, short: "未确认报警"
    qint64 value = 0;
    QString valueText; //!< shown instead of the number when set (a state, not a count)
    QString detail;    //!< a line under the number, e.g. "共 4 路摄像机"
    //! Information: as it should be; Warning or Critical: someone should look.
    Severity level = Severity::Information;
    //! What a click opens, through IShell::openObject; kind "page" shows the page whose id
    //! objectId is.
    QString objectKind;
    QString objectId;
    int order = 100; //!< left to right, lower first

    //! A count that opens \a kind / \a id when clicked.
    static SiteFigure count(QString title, qint64 value, QString detail, Severity level,
                            QString kind, QString id, int order)
    {
        SiteFigure f;
        f.title = std::move(title);
        f.value = value;
        f.detail = std::move(detail);
        f.level = level;
        f.objectKind = std::move(kind);
        f.objectId = std::move(id);
        f.order = order;
        return f;
    }
};

//! Published by a module (IShell::addService) that has figures for the site overview.
//! Asked every few seconds on the UI thread: answer from what is in memory.
class ISiteFigures
{
public:
    virtual ~ISiteFigures() = default;
    virtual QList<SiteFigure> siteFigures() const = 0;
};

} // namespace Jiandu

Q_DECLARE_INTERFACE(Jiandu::ISiteFigures, "org.jiandu.SiteFigures/1")
