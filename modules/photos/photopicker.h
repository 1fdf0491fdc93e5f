#pragma once

#include <QWidget>

class QListWidget;

namespace Jiandu {

//! Photos for a step (伤情照片, 物品照片): image files chosen from the workstation (the
//! document camera's folder, a phone's pictures), listed by name, removable before the step
//! is kept. They are sealed into the cache's files when it is.
class PhotoPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxPhotos = 20;

    explicit PhotoPicker(QWidget *parent = nullptr);
    QStringList files() const;
    Q_INVOKABLE void addFiles(const QStringList &files);

private:
    QListWidget *m_list;
};

} // namespace Jiandu
