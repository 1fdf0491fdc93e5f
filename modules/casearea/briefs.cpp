#include "briefs.h"

#include "journeys.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <alerts/api/ialertfeed.h>
#include <core/clock.h>
#include <moduleapi/ishell.h>
#include <printing/pdfdocument.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

Briefs::Briefs(IShell &shell, Journeys &journeys, QString area, QString folder, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_journeys(journeys)
    , m_area(std::move(area))
    , m_folder(std::move(folder))
{
    // From the start of today: a brief due while the workstation was off is made now.
    m_startOfDayMs =
        QDateTime(QDateTime::fromMSecsSinceEpoch(shell.clock().nowMs()).date(), QTime(0, 0))
            .toMSecsSinceEpoch();
    connect(&m_timer, &QTimer::timeout, this, &Briefs::check);
    m_timer.start(30 * 1000);
    // After the start's busy seconds; a timer of its own, so stopping stops it too (a run of
    // the shell ended within ten seconds must not be asked for its clock).
    m_firstCheck.setSingleShot(true);
    connect(&m_firstCheck, &QTimer::timeout, this, &Briefs::check);
    m_firstCheck.start(10 * 1000);
}

QString Briefs::scheduledPath(Brief::Kind kind, const QDate &day) const
{
    return QDir(m_folder).filePath(
        u"%1-%2.pdf"_s.arg(Brief::title(kind), day.toString(u"yyyyMMdd"_s)));
}

void Briefs::check()
{
    const qint64 now = m_shell.clock().nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    for (const Brief::Kind kind : {Brief::Kind::Morning, Brief::Kind::Evening}) {
        const qint64 due = Brief::period(kind, today).second;
        const QString path = scheduledPath(kind, today);
        // Due today (since this workstation's first day here), not made, not being made, not
        // failed in the last ten minutes.
        if (due < m_startOfDayMs || due > now || QFileInfo::exists(path) ||
            (m_tried.contains(path) && now - m_tried.value(path) < 10 * 60 * 1000))
            continue;
        m_tried.insert(path, now);
        if (!QDir().mkpath(m_folder)) {
            m_shell.notify(Severity::Warning, Brief::title(kind),
                           tr("The briefs folder %1 cannot be made.").arg(m_folder));
            continue;
        }
        make(kind, today, path, [this, kind, path](Result<void> made) {
            if (made) {
                m_tried.remove(path);
                m_shell.notify(Severity::Information, Brief::title(kind), path);
            } else {
                m_shell.notify(Severity::Warning, Brief::title(kind), made.error().message);
            }
        });
    }
}

void Briefs::make(Brief::Kind kind, const QDate &day, const QString &path,
                  std::function<void(Result<void>)> done)
{
    const auto [from, to] = Brief::period(kind, day);
    m_journeys.loadStaysDuring(from, to, this, [=, this](Result<QList<JourneyStep>> steps) {
        if (!steps)
            return done(steps.error());
        // The stays as they were at the end of the period, not as they are now.
        const JourneyBook book = JourneyBook::rebuilt(steps.value(), to);
        const QList<Stay> stays = book.stays().values();
        const auto write = [=, this](const QList<AlertRecord> &alerts) {
            PdfDocument document(Brief::title(kind), Brief::html(kind, from, to, stays, alerts,
                                                                 m_area, m_shell.clock().nowMs()));
            document.setFooter(u"%1 %2"_s.arg(Brief::title(kind), day.toString(u"yyyy-MM-dd"_s)));
            QThreadPool::globalInstance()->start([=, guard = QPointer(this)] {
                const Result<void> written = document.write(path);
                QMetaObject::invokeMethod(guard.data() ? static_cast<QObject *>(guard.data())
                                                       : qApp,
                                          [guard, done, written] {
                                              if (guard)
                                                  done(written);
                                          });
            });
        };
        // The place alerts of the period, when the alerts module runs here.
        if (auto *feed = m_shell.service<IAlertFeed>())
            feed->raisedBetween(from, to, u"venue"_s, this,
                                [write, done](Result<QList<AlertRecord>> alerts) {
                                    if (!alerts)
                                        return done(alerts.error());
                                    write(alerts.value());
                                });
        else
            write({});
    });
}

} // namespace Jiandu
