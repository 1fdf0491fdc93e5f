#include "evidencepage.h"

#include "../evidence.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPixmap>
#include <QPointer>
#include <QStandardItemModel>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <core/boundedfile.h>
#include <core/filehash.h>
#include <core/localtime.h>
#include <core/patrolfinding.h>
#include <core/sitedescription.h>
#include <media/clipexporter.h>
#include <media/snapshot.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <videopatrol/data/findingrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

} // namespace

EvidencePage::EvidencePage(IShell &shell, const Evidence &evidence, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_evidence(evidence)
    , m_data(evidence.data())
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_alive(std::make_shared<bool>(true))
{
    setObjectName(u"evidencePage"_s);
    m_model->setHorizontalHeaderLabels({tr("Kind"), tr("Camera"), tr("Time"), tr("Operator"),
                                        tr("Details"), tr("File"), tr("SHA-256"), tr("Check")});
    m_view->setIconSize(QSize(96, 54));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Evidence"));
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QTreeView::doubleClicked, this, &EvidencePage::openSelected);
    m_hashing.setMaxThreadCount(1); // one disk reader: the recorder keeps its bandwidth

    auto *toolbar = new QToolBar(this);
    QAction *reload = toolbar->addAction(tr("Refresh"));
    reload->setObjectName(u"evidenceRefresh"_s);
    connect(reload, &QAction::triggered, this, &EvidencePage::refresh);
    QAction *open = toolbar->addAction(tr("Open"));
    open->setToolTip(tr("Open the selected file (double-click does the same)"));
    connect(open, &QAction::triggered, this, &EvidencePage::openSelected);
    QAction *folder = toolbar->addAction(tr("Open folder"));
    connect(folder, &QAction::triggered, this, [this] {
        const QString selected = m_view->currentIndex().data(kPathRole).toString();
        openFile(selected.isEmpty() ? m_shell.context().dataDirectory
                                    : QFileInfo(selected).absolutePath());
    });
    toolbar->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
}

EvidencePage::~EvidencePage()
{
    *m_alive = false;
    m_hashing.clear();
    m_hashing.waitForDone();
}

void EvidencePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void EvidencePage::refresh()
{
    m_hashing.clear();
    const int generation = ++m_generation;
    m_model->removeRows(0, m_model->rowCount());
    const QDir data(m_shell.context().dataDirectory);
    struct Pending
    {
        QString path;
        bool clip;
        QPersistentModelIndex hash;
        QPersistentModelIndex check;
        QPersistentModelIndex thumbnail;
    };
    QList<Pending> pending;
    const auto addRow = [&](const QString &kind, const QString &camera, const QString &time,
                            const QString &operatorName, const QString &path, bool clip) {
        QList<QStandardItem *> row;
        for (const QString &text : {kind, cameraName(camera), time, operatorName, QString(),
                                    QDir::toNativeSeparators(path), tr("computing…"),
                                    clip ? tr("checking…") : QString()}) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            item->setData(path, kPathRole);
            row.append(item);
        }
        m_model->appendRow(row);
        pending.append({path, clip, row[Sha256]->index(), row[Check]->index(), row[Kind]->index()});
    };
    // Clips: what their manifests say, then checked against them.
    const QDir clips(data.filePath(u"clips"_s));
    for (const QString &name : clips.entryList({u"*.manifest.json"_s}, QDir::Files, QDir::Name)) {
        const QString clipPath = clips.filePath(name.chopped(int(qstrlen(".manifest.json"))));
        const auto text = BoundedFile::read(clips.filePath(name), ClipExporter::kMaxManifestBytes);
        const QJsonObject manifest = text ? QJsonDocument::fromJson(*text).object() : QJsonObject();
        addRow(tr("Clip"), manifest.value(u"camera"_s).toString(),
               localTimeText(manifest.value(u"fromMs"_s).toInteger()) + u" – "_s +
                   QDateTime::fromMSecsSinceEpoch(manifest.value(u"toMs"_s).toInteger())
                       .toString(u"HH:mm:ss"_s),
               manifest.value(u"operator"_s).toString(), clipPath, true);
    }
    // Pictures: snapshots and the pictures of findings, with the metadata they carry.
    for (const auto &[folder, kind] :
         {std::pair{u"snapshots"_s, tr("Snapshot")}, std::pair{u"findings"_s, tr("Finding")}}) {
        const QDir dir(data.filePath(folder));
        for (const QString &name :
             dir.entryList({u"*.png"_s, u"*.jpg"_s}, QDir::Files, QDir::Name)) {
            const Snapshot::Metadata meta = Snapshot::read(dir.filePath(name));
            addRow(kind, meta.cameraName.isEmpty() ? meta.cameraId : meta.cameraName,
                   localTimeText(meta.timeMs), meta.operatorName, dir.filePath(name), false);
        }
    }
    m_summary->setStyleSheet({});
    m_summary->setText(tr("%n item(s)", nullptr, m_model->rowCount()));
    m_view->sortByColumn(Time, Qt::DescendingOrder);

    // What each finding said, beside its picture (from the cache, off the UI thread).
    if (m_data) {
        m_data->run<QList<PatrolFinding>>(
            this, [](QSqlDatabase &db) { return FindingRepository(db).recent(10000); },
            [this, generation](Result<QList<PatrolFinding>> findings) {
                if (!findings || generation != m_generation)
                    return;
                QHash<QString, QString> notes;
                for (const PatrolFinding &f : *findings)
                    notes.insert(QFileInfo(f.snapshotPath).fileName(), f.note);
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    const QString file =
                        QFileInfo(m_model->index(row, File).data(kPathRole).toString()).fileName();
                    if (const auto it = notes.constFind(file); it != notes.cend()) {
                        m_model->setData(m_model->index(row, Details), it.value());
                        m_model->setData(m_model->index(row, Details), it.value(), Qt::ToolTipRole);
                    }
                }
            });
    }

    // Hashes and checks in the background, filled in as they come.
    // The seal key is read from the cache as the module starts: the clips are checked
    // against it once it is there.
    m_evidence.withSealKey(this, [this, pending, generation](const QByteArray &sealKey) {
        for (const Pending &p : std::as_const(pending)) {
            QPointer<EvidencePage> self = this;
            std::shared_ptr<bool> alive = m_alive;
            m_hashing.start([self, alive, p, generation, sealKey] {
                if (!*alive)
                    return;
                QString sha;
                QString check;
                QImage thumbnail;
                if (!p.clip) { // a picture: a thumbnail, decoded small
                    QImageReader reader(p.path);
                    const QSize full = reader.size();
                    if (full.isValid()) {
                        reader.setScaledSize(full.scaled(96, 54, Qt::KeepAspectRatio));
                        thumbnail = reader.read();
                    }
                }
                if (p.clip) {
                    auto verified = ClipExporter::verify(p.path);
                    sha = verified ? verified->value(u"sha256"_s).toString() : fileSha256(p.path);
                    if (!verified)
                        check = tr("✗ %1").arg(verified.error().message);
                    else if (const auto seal = ClipExporter::checkSeal(*verified, sealKey);
                             seal == ClipExporter::Seal::Matches)
                        check = tr("✓ intact, sealed here");
                    else if (seal == ClipExporter::Seal::Absent)
                        check = tr("✓ intact (not sealed)");
                    else
                        check = tr("✗ the manifest's seal does not match this workstation: changed "
                                   "together with its manifest, or exported elsewhere");
                } else {
                    sha = fileSha256(p.path);
                }
                QMetaObject::invokeMethod(qApp, [self, p, sha, check, thumbnail, generation] {
                    if (!self || self->m_generation != generation)
                        return;
                    if (p.thumbnail.isValid() && !thumbnail.isNull())
                        self->m_model->setData(p.thumbnail, QPixmap::fromImage(thumbnail),
                                               Qt::DecorationRole);
                    if (p.hash.isValid())
                        self->m_model->setData(p.hash, sha.isEmpty() ? tr("unreadable") : sha);
                    if (p.check.isValid() && p.clip)
                        self->m_model->setData(p.check, check);
                });
            });
        }
    });
}

void EvidencePage::openSelected()
{
    const QString path = m_view->currentIndex().data(kPathRole).toString();
    if (!path.isEmpty())
        openFile(path);
}

void EvidencePage::openFile(const QString &path)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_summary->setStyleSheet({});
        m_summary->setText(tr("%n item(s)", nullptr, m_model->rowCount()));
        return;
    }
    m_summary->setStyleSheet(u"color: #b3261e;"_s);
    m_summary->setText(tr("No program on this computer opens %1; it is at %2.")
                           .arg(QFileInfo(path).fileName(),
                                QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
}

QString EvidencePage::cameraName(const QString &idOrName) const
{
    for (const SiteCamera &camera : m_shell.context().site.cameras) {
        if (camera.id == idOrName)
            return camera.name;
    }
    return idOrName;
}

} // namespace Jiandu
