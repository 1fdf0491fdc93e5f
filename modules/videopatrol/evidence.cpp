#include "evidence.h"

#include "ui/findingdialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QThreadPool>
#include <alerts/api/iproblems.h>
#include <core/filehash.h>
#include <core/sitedescription.h>
#include <media/clipexporter.h>
#include <media/snapshot.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <storage/localcache.h>
#include <videopatrol/data/findingrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

Evidence::Evidence(IShell &shell, CacheThread *data, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_data(data)
{
    if (!m_data) {
        m_sealKeyRead = true;
        return;
    }
    m_data->run<QByteArray>(
        this,
        [](QSqlDatabase &db) {
            return LocalCache::secret(db, QString::fromLatin1(ClipExporter::kSealPurpose));
        },
        [this](Result<QByteArray> key) {
            if (key)
                m_sealKey = *key;
            else
                m_shell.notify(Severity::Warning, tr("Clips will not be sealed"),
                               key.error().message);
            m_sealKeyRead = true;
            emit sealKeyRead();
        });
}

void Evidence::withSealKey(QObject *context, std::function<void(const QByteArray &key)> use) const
{
    if (m_sealKeyRead) {
        use(m_sealKey);
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &Evidence::sealKeyRead, context, [this, once, use = std::move(use)] {
        disconnect(*once);
        use(m_sealKey);
    });
}

Evidence::~Evidence() = default;

void Evidence::saveSnapshot(const SiteCamera &camera, const QImage &frame, qint64 timeMs)
{
    const QString directory = QDir(m_shell.context().dataDirectory).filePath(u"snapshots"_s);
    const Snapshot::Metadata info{camera.id, camera.name, m_shell.context().userName, timeMs};
    QThreadPool::globalInstance()->start([self = QPointer<Evidence>(this), frame, directory, info,
                                          name = camera.name] {
        auto saved = Snapshot::save(frame, directory, info);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, saved, name] {
                if (!self)
                    return;
                if (saved) {
                    self->m_shell.notify(Severity::Information, tr("Snapshot saved"),
                                         tr("%1: %2").arg(name, QDir::toNativeSeparators(*saved)));
                    emit self->snapshotSaved(*saved);
                } else {
                    self->m_shell.notify(Severity::Warning, tr("Snapshot not saved"),
                                         saved.error().message);
                }
            },
            Qt::QueuedConnection);
    });
}

void Evidence::reportFinding(QWidget *parent, const SiteCamera &camera, const QImage &frame,
                             qint64 seenAtMs)
{
    if (!m_data) {
        m_shell.notify(Severity::Warning, tr("Finding not recorded"),
                       tr("This workstation has no local cache to record findings in."));
        return;
    }
    auto *dialog = new FindingDialog(camera.name, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The closed loop is offered when the alerts module runs here.
    dialog->offerProblem(m_shell.service<IProblems>() != nullptr, camera.unit);
    connect(dialog, &QDialog::accepted, this, [this, dialog, camera, frame, seenAtMs] {
        const QString snapshotDir = QDir(m_shell.context().dataDirectory).filePath(u"findings"_s);
        const QString operatorName = m_shell.context().userName;
        const QString note = dialog->note();
        const bool asProblem = dialog->openAsProblem();
        const QString problemUnit = dialog->problemUnit();
        // The snapshot is encoded, hashed and stored off the UI thread.
        m_data->run<PatrolFinding>(
            this,
            [=](QSqlDatabase &db) -> Result<PatrolFinding> {
                auto saved = Snapshot::save(frame, snapshotDir,
                                            {camera.id, camera.name, operatorName, seenAtMs});
                PatrolFinding finding{0,
                                      camera.id,
                                      camera.name,
                                      camera.unit,
                                      seenAtMs,
                                      operatorName,
                                      note,
                                      saved ? *saved : QString(),
                                      saved ? fileSha256(*saved) : QString()};
                return FindingRepository(db).add(finding);
            },
            [=, this](Result<PatrolFinding> stored) {
                if (!stored) {
                    m_shell.notify(Severity::Critical, tr("Problem not recorded"),
                                   stored.error().message);
                    return;
                }
                m_shell.notify(Severity::Information, tr("Problem recorded"),
                               tr("%1: %2").arg(camera.name, note));
                if (asProblem)
                    openProblem(camera, problemUnit, note, seenAtMs, stored->snapshotPath);
                emit findingRecorded(stored->id);
            });
    });
    dialog->open();
}

void Evidence::changed(const QStringList &kinds)
{
    if (kinds.contains(u"finding"_s))
        emit findingRecorded(0);
}

void Evidence::openProblem(const SiteCamera &camera, const QString &unit, const QString &note,
                           qint64 seenAtMs, const QString &snapshotPath)
{
    auto *problems = m_shell.service<IProblems>();
    if (!problems) {
        m_shell.notify(Severity::Warning, tr("No problem opened"),
                       tr("The closed loop is not running on this workstation; the finding is "
                          "recorded."));
        return;
    }
    ProblemReport report;
    report.title = note.section(u'\n', 0, 0).left(80);
    report.unit = unit;
    report.element = u"场所"_s; // the element as the rule catalogue names it
    report.note =
        tr("Found on video patrol: %1, %2, by %3.\n%4")
            .arg(camera.name,
                 QDateTime::fromMSecsSinceEpoch(seenAtMs).toString(u"yyyy-MM-dd HH:mm:ss"_s),
                 m_shell.context().userName, note);
    if (!snapshotPath.isEmpty())
        report.evidence = {snapshotPath};
    problems->report(report, this, [this, camera](Result<qint64> opened) {
        if (opened)
            m_shell.notify(
                Severity::Information, tr("Problem opened"),
                tr("Problem %1 (%2) is in the closed loop.").arg(*opened).arg(camera.name));
        else
            m_shell.notify(Severity::Warning, tr("No problem opened"),
                           tr("The finding is recorded, but the problem was not opened: %1")
                               .arg(opened.error().message));
    });
}

} // namespace Jiandu
