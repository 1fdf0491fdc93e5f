#include "cameramodel.h"

#include "videotile.h"

#include <QAction>
#include <QKeySequence>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <core/sitedescription.h>

using namespace Qt::StringLiterals;

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

void placeBesideCameraTree(QWidget *page, QTreeView *tree, const QList<QWidget *> &column,
                           int stretch)
{
    // A search box above the tree: the cameras whose name (or unit) contains the text.
    auto *search = new QLineEdit(page);
    search->setObjectName(u"cameraSearch"_s);
    search->setPlaceholderText(CameraModel::tr("Search cameras"));
    search->setClearButtonEnabled(true);
    search->setAccessibleName(CameraModel::tr("Search cameras"));
    auto *filter = new QSortFilterProxyModel(tree);
    filter->setSourceModel(tree->model());
    filter->setRecursiveFilteringEnabled(true);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    tree->setModel(filter);
    tree->expandAll();
    QObject::connect(search, &QLineEdit::textChanged, tree, [tree, filter](const QString &text) {
        filter->setFilterFixedString(text.trimmed());
        tree->expandAll();
    });
    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(search);
    leftLayout->addWidget(tree, 1);

    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < column.size(); ++i)
        rightLayout->addWidget(column[i], i == stretch ? 1 : 0);
    auto *splitter = new QSplitter(page);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1000});
    // The list folds away for the pictures on a small screen (Ctrl+L, or the toolbar's
    // first button) and comes back the same way.
    auto *toggle = new QAction(CameraModel::tr("Cameras"), page);
    toggle->setObjectName(u"toggleCameraList"_s);
    toggle->setCheckable(true);
    toggle->setChecked(true);
    toggle->setShortcut(QKeySequence(u"Ctrl+L"_s));
    toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toggle->setToolTip(CameraModel::tr("Show or hide the camera list (Ctrl+L)"));
    QObject::connect(toggle, &QAction::toggled, left, &QWidget::setVisible);
    page->addAction(toggle); // the shortcut, wherever the focus is on the page
    if (auto *toolbar = qobject_cast<QToolBar *>(column.value(0))) {
        const QList<QAction *> existing = toolbar->actions();
        toolbar->insertAction(existing.value(0), toggle);
        toolbar->insertSeparator(existing.value(0));
    }
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
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

void CameraModel::setRecording(const QString &cameraId, bool recording)
{
    for (int u = 0; u < rowCount(); ++u) {
        QStandardItem *unit = item(u);
        for (int c = 0; c < unit->rowCount(); ++c) {
            QStandardItem *camera = unit->child(c);
            if (camera->data(IdRole).toString() != cameraId)
                continue;
            camera->setData(recording, RecordingRole);
            if (recording) {
                QPixmap dot(12, 12);
                dot.fill(Qt::transparent);
                QPainter painter(&dot);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setBrush(QColor(0xd9, 0x30, 0x25));
                painter.setPen(Qt::NoPen);
                painter.drawEllipse(QRectF(1, 1, 10, 10));
                camera->setIcon(QIcon(dot));
            } else {
                camera->setIcon(QIcon());
            }
            camera->setToolTip(recording ? tr("%1 — recording").arg(camera->text())
                                         : camera->text());
        }
    }
}

void CameraModel::setOnScreen(const QSet<QString> &cameraIds)
{
    for (int u = 0; u < rowCount(); ++u) {
        QStandardItem *unit = item(u);
        for (int c = 0; c < unit->rowCount(); ++c) {
            QStandardItem *camera = unit->child(c);
            const bool shown = cameraIds.contains(camera->data(IdRole).toString());
            if (camera->data(OnScreenRole).toBool() == shown)
                continue;
            camera->setData(shown, OnScreenRole);
            QFont font = camera->font();
            font.setBold(shown);
            camera->setFont(font);
        }
    }
}

void CameraModel::setHealth(const QString &cameraId, int level, const QString &text,
                            const QString &detail)
{
    if (columnCount() < 2)
        setColumnCount(2);
    for (int u = 0; u < rowCount(); ++u) {
        QStandardItem *unit = item(u);
        for (int c = 0; c < unit->rowCount(); ++c) {
            if (unit->child(c)->data(IdRole).toString() != cameraId)
                continue;
            QStandardItem *health = unit->child(c, 1);
            if (!health) {
                health = new QStandardItem;
                health->setEditable(false);
                health->setDragEnabled(false);
                unit->setChild(c, 1, health);
            }
            static const QColor colours[] = {QColor(0x75, 0x75, 0x75), QColor(0x2e, 0x7d, 0x32),
                                             QColor(0xef, 0x6c, 0x00), QColor(0xc6, 0x28, 0x28)};
            health->setText(text);
            health->setToolTip(detail.isEmpty() ? text : detail);
            health->setData(level, HealthRole);
            health->setForeground(colours[std::clamp(level, 0, 3)]);
            QFont font = health->font();
            font.setBold(level == 3);
            health->setFont(font);
        }
    }
}

} // namespace Jiandu
