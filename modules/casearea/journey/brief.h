#pragma once

#include "stay.h"

#include <QDate>
#include <core/alertrecord.h>

namespace Jiandu::CaseArea {

//! 简报: what happened in the area over a shift, for the leaders' morning and evening reading
//! — 晨报 (17:00 the day before to 08:00) and 晚报 (08:00 to 17:00): who came in and why, who
//! went out and where to, with belongings left behind, who is still inside, and the place
//! alerts. HTML for PdfDocument, in Chinese (an official paper).
class Brief
{
public:
    enum class Kind { Morning, Evening };
    //! [from, to) of \a kind's brief for \a day, in the workstation's time zone.
    static std::pair<qint64, qint64> period(Kind kind, const QDate &day);
    static QString title(Kind kind);
    //! \a stays: those entered before the end and not gone before the start (as their steps
    //! make them); \a alerts: the venue alerts raised in the period.
    static QString html(Kind kind, qint64 fromMs, qint64 toMs, const QList<Stay> &stays,
                        const QList<AlertRecord> &alerts, const QString &area, qint64 madeMs);
};

} // namespace Jiandu::CaseArea
