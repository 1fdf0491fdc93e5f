#pragma once

#include <QTimer>
#include <QWidget>
#include <moduleapi/ishell.h>

class QScreen;
class QStackedWidget;

namespace Jiandu {

//! One unattended video-wall screen: frameless, full screen, rotating through the wall
//! contents. Only a deliberate key chord (Ctrl+Alt+Q, then a confirmation) leaves it.
class WallWindow : public QWidget
{
    Q_OBJECT
public:
    WallWindow(const QList<WallContentSpec> &contents, int rotationSeconds, int firstIndex,
               QWidget *parent = nullptr);

    void placeOn(QScreen *screen);
    //! Shows the next content; called by the rotation timer.
    void showNext();
    QString currentContentId() const;
    int rotationIntervalMs() const { return m_rotation.interval(); }

signals:
    void exitRequested(Jiandu::WallWindow *window);

private:
    void showIndex(int index);

    QList<WallContentSpec> m_contents;
    QList<QWidget *> m_created;
    QStackedWidget *m_stack;
    int m_index = -1;
    QTimer m_rotation;
};

} // namespace Jiandu
