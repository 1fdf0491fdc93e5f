#pragma once

#include "journey/brief.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <core/result.h>
#include <functional>

namespace Jiandu {

class IShell;
class Journeys;

//! 晨报 and 晚报: made on demand, and by themselves at 08:00 and 17:00 on the shell's clock into
//! the briefs folder (casearea/briefFolder, else "briefs" in the data directory) — a brief
//! missed while the workstation was off is made when it starts that day, one that failed is
//! tried again ten minutes later. The stays come from
//! the desk's records, the place alerts from the alerts module; the PDF is laid out off the
//! UI thread.
class Briefs : public QObject
{
    Q_OBJECT

public:
    Briefs(IShell &shell, Journeys &journeys, QString area, QString folder,
           QObject *parent = nullptr);

    void make(CaseArea::Brief::Kind kind, const QDate &day, const QString &path,
              std::function<void(Result<void>)> done);
    const QString &folder() const { return m_folder; }
    //! No more briefs by the clock (the shell is closing).
    //! No more briefs: the shell is going (the first check after the start too).
    void stop()
    {
        m_timer.stop();
        m_firstCheck.stop();
    }
    //! Where the scheduled brief of \a kind for \a day goes.
    QString scheduledPath(CaseArea::Brief::Kind kind, const QDate &day) const;

private:
    void check();

    IShell &m_shell;
    Journeys &m_journeys;
    QString m_area;
    QString m_folder;
    qint64 m_startOfDayMs;
    QHash<QString, qint64> m_tried; //!< scheduled path → when last tried (failed or running)
    QTimer m_timer;
    QTimer m_firstCheck;
};

} // namespace Jiandu
