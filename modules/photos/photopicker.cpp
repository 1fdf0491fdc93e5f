#include "photopicker.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Jiandu {

PhotoPicker::PhotoPicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"photoPicker"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"photoFiles"_s);
    m_list->setMaximumHeight(70);
    layout->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add photos…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(
            this, tr("Photos"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (*.jpg *.jpeg *.png *.bmp)")));
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_list->currentItem(); });
}

QStringList PhotoPicker::files() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths.append(m_list->item(i)->data(Qt::UserRole).toString());
    return paths;
}

void PhotoPicker::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        if (m_list->count() >= kMaxPhotos)
            break;
        if (PhotoPicker::files().contains(file))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(file).fileName(), m_list);
        item->setData(Qt::UserRole, file);
        item->setToolTip(file);
    }
}

} // namespace Jiandu
