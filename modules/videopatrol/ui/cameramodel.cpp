#include "cameramodel.h"

#include "videotile.h"

#include <QMimeData>
#include <core/sitedescription.h>

namespace Jiandu {

CameraModel::CameraModel(const SiteDescription &site, bool checkable, QObject *parent)
    : QStandardItemModel(parent)
{
    QHash<QString, QStandardItem *> units;
    for (const SiteCamera &camera : site.cameras) {
        QStandardItem *&unit = units[camera.unit];
        if (!unit) {
            unit = new QStandardItem(camera.unit);
            unit->setEditable(false);
            unit->setDragEnabled(false);
            appendRow(unit);
        }
        auto *item = new QStandardItem(camera.name);
        item->setData(camera.id, IdRole);
        item->setToolTip(camera.url);
        item->setEditable(false);
        item->setCheckable(checkable);
        unit->appendRow(item);
    }
}

QStringList CameraModel::mimeTypes() const
{
    return {VideoTile::mimeType()};
}

QMimeData *CameraModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(IdRole).toString();
        if (!id.isEmpty()) {
            auto *data = new QMimeData;
            data->setData(VideoTile::mimeType(), id.toUtf8());
            return data;
        }
    }
    return nullptr;
}

QStringList CameraModel::checkedCameras() const
{
    QStringList ids;
    for (int u = 0; u < rowCount(); ++u) {
        const QStandardItem *unit = item(u);
        for (int c = 0; c < unit->rowCount(); ++c) {
            if (unit->child(c)->checkState() == Qt::Checked)
                ids.append(unit->child(c)->data(IdRole).toString());
        }
    }
    return ids;
}

} // namespace Jiandu
