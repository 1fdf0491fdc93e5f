#include "videopatrolpage.h"

#include "videogrid.h"

#include <QActionGroup>
#include <QDir>
#include <QHeaderView>
#include <QMimeData>
#include <QSplitter>
#include <QStandardItemModel>
#include <QSysInfo>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <media/snapshot.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr int kCameraIdRole = Qt::UserRole + 1;

// Dragging a camera carries its id.
class CameraModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    QStringList mimeTypes() const override { return {VideoTile::mimeType()}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        for (const QModelIndex &index : indexes) {
            const QString id = index.data(kCameraIdRole).toString();
            if (!id.isEmpty()) {
                auto *data = new QMimeData;
                data->setData(VideoTile::mimeType(), id.toUtf8());
                return data;
            }
        }
        return nullptr;
    }
};

} // namespace

VideoPatrolPage::VideoPatrolPage(IShell &shell, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_cameras(new CameraModel(this))
    , m_tree(new QTreeView(this))
    , m_grid(new VideoGrid({shell.context().userName, QSysInfo::machineHostName()}, this))
{
    setObjectName(u"videoPatrolPage"_s);
    const SiteDescription &site = shell.context().site;
    QHash<QString, QStandardItem *> units;
    for (const SiteCamera &camera : site.cameras) {
        QStandardItem *&unit = units[camera.unit];
        if (!unit) {
            unit = new QStandardItem(camera.unit);
            unit->setEditable(false);
            unit->setDragEnabled(false);
            m_cameras->appendRow(unit);
        }
        auto *item = new QStandardItem(camera.name);
        item->setData(camera.id, kCameraIdRole);
        item->setToolTip(camera.url);
        item->setEditable(false);
        unit->appendRow(item);
    }
    m_tree->setModel(m_cameras);
    m_tree->setAccessibleName(tr("Cameras"));
    m_tree->header()->hide();
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->expandAll();
    connect(m_tree, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &index) { showCamera(index.data(kCameraIdRole).toString()); });

    auto *toolbar = new QToolBar(this);
    auto *layouts = new QActionGroup(this);
    for (int count : {1, 4, 9, 16}) {
        QAction *action = toolbar->addAction(tr("%n tile(s)", nullptr, count));
        action->setCheckable(true);
        action->setChecked(count == m_grid->tileCount());
        action->setData(count);
        layouts->addAction(action);
        m_layoutActions.append(action);
        connect(action, &QAction::triggered, this, [this, count] { m_grid->setTileCount(count); });
    }
    connect(m_grid, &VideoGrid::snapshotRequested, this, &VideoPatrolPage::takeSnapshot);
    connect(m_grid, &VideoGrid::cameraDropped, this, [this](VideoTile *tile, const QString &id) {
        if (const SiteCamera *camera = findCamera(id))
            m_grid->showCameraIn(tile, *camera);
    });
    connect(m_grid, &VideoGrid::arrangementChanged, this, &VideoPatrolPage::saveArrangement);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(toolbar);
    rightLayout->addWidget(m_grid, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    restoreArrangement();
}

const SiteCamera *VideoPatrolPage::findCamera(const QString &cameraId) const
{
    for (const SiteCamera &camera : m_shell.context().site.cameras) {
        if (camera.id == cameraId)
            return &camera;
    }
    return nullptr;
}

void VideoPatrolPage::saveArrangement()
{
    if (m_restoring)
        return;
    QStringList cameras;
    for (int i = 0; i < m_grid->tileCount(); ++i) {
        const auto camera = m_grid->tile(i)->camera();
        cameras.append(camera ? camera->id : QString());
    }
    m_shell.settings().setValue(u"videopatrol/tiles"_s, m_grid->tileCount());
    m_shell.settings().setValue(u"videopatrol/cameras"_s, cameras);
}

void VideoPatrolPage::restoreArrangement()
{
    m_restoring = true;
    const int count = m_shell.settings().intValue(u"videopatrol/tiles"_s, 4, 1, 16);
    m_grid->setTileCount(count);
    for (QAction *action : std::as_const(m_layoutActions))
        action->setChecked(action->data().toInt() == m_grid->tileCount());
    const QStringList cameras = m_shell.settings().stringListValue(u"videopatrol/cameras"_s);
    for (int i = 0; i < cameras.size() && i < m_grid->tileCount(); ++i) {
        // A camera the site no longer has is skipped, not an error.
        if (const SiteCamera *camera = findCamera(cameras[i]))
            m_grid->showCameraIn(m_grid->tile(i), *camera);
    }
    m_restoring = false;
}

bool VideoPatrolPage::showCamera(const QString &cameraId)
{
    const SiteCamera *camera = findCamera(cameraId);
    if (camera)
        m_grid->showCamera(*camera);
    return camera != nullptr;
}

void VideoPatrolPage::takeSnapshot(VideoTile *tile)
{
    if (!tile->camera())
        return;
    const SiteCamera camera = *tile->camera();
    auto saved = Snapshot::save(
        tile->stream().latestFrame(),
        QDir(m_shell.context().dataDirectory).filePath(u"snapshots"_s),
        {camera.id, camera.name, m_shell.context().userName, m_shell.clock().nowMs()});
    if (saved)
        m_shell.notify(Severity::Information, tr("Snapshot saved"),
                       tr("%1: %2").arg(camera.name, QDir::toNativeSeparators(*saved)));
    else
        m_shell.notify(Severity::Warning, tr("Snapshot not saved"), saved.error().message);
}

} // namespace Jiandu
