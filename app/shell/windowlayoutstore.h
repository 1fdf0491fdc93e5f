#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Jiandu {

//! One operator's window arrangement: the main window, the page shown, detached pages.
struct WindowLayout
{
    struct DetachedPage
    {
        QString pageId;
        QByteArray geometry; //!< QWidget::saveGeometry(), includes the screen
    };
    QByteArray mainGeometry;
    QByteArray mainState;
    QString currentPage;
    QList<DetachedPage> detachedPages;
};

//! Reads and writes a WindowLayout in the operator's own directory.
class WindowLayoutStore
{
public:
    explicit WindowLayoutStore(const QString &filePath);
    QString filePath() const { return m_filePath; }
    //! The saved layout, or an empty one (first start, or the file is unreadable).
    WindowLayout load() const;
    bool save(const WindowLayout &layout) const;
    bool clear() const;

private:
    QString m_filePath;
};

} // namespace Jiandu
