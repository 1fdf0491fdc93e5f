#include "evidence.h"

#include "ui/findingdialog.h"

#include <QDir>
#include <core/filehash.h>
#include <core/sitedescription.h>
#include <media/snapshot.h>
#include <moduleapi/ishell.h>
#include <storage/localcache.h>
#include <videopatrol/data/findingrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

Result<QString> Evidence::saveSnapshot(IShell &shell, const SiteCamera &camera, const QImage &frame,
                                       qint64 timeMs)
{
    auto saved = Snapshot::save(frame, QDir(shell.context().dataDirectory).filePath(u"snapshots"_s),
                                {camera.id, camera.name, shell.context().userName, timeMs});
    if (saved)
        shell.notify(Severity::Information, tr("Snapshot saved"),
                     tr("%1: %2").arg(camera.name, QDir::toNativeSeparators(*saved)));
    else
        shell.notify(Severity::Warning, tr("Snapshot not saved"), saved.error().message);
    return saved;
}

void Evidence::reportFinding(IShell &shell, QWidget *parent, const SiteCamera &camera,
                             const QImage &frame, qint64 seenAtMs)
{
    if (!shell.cache()) {
        shell.notify(Severity::Warning, tr("Finding not recorded"),
                     tr("This workstation has no local cache to record findings in."));
        return;
    }
    auto *dialog = new FindingDialog(camera.name, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [&shell, dialog, camera, frame, seenAtMs] {
        const QString snapshotDir = QDir(shell.context().dataDirectory).filePath(u"findings"_s);
        auto saved = Snapshot::save(frame, snapshotDir,
                                    {camera.id, camera.name, shell.context().userName, seenAtMs});
        PatrolFinding finding{0,
                              camera.id,
                              camera.name,
                              camera.unit,
                              seenAtMs,
                              shell.context().userName,
                              dialog->note(),
                              saved ? *saved : QString(),
                              saved ? fileSha256(*saved) : QString()};
        auto stored = FindingRepository(shell.cache()->database().connection()).add(finding);
        if (stored)
            shell.notify(Severity::Information, tr("Problem recorded"),
                         tr("%1: %2").arg(camera.name, finding.note));
        else
            shell.notify(Severity::Critical, tr("Problem not recorded"), stored.error().message);
    });
    dialog->open();
}

} // namespace Jiandu
