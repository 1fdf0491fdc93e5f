#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace Jiandu {

class Clock;
class IShell;

//! A wall panel with the health of this workstation: running modules, recent warnings and
//! errors, free space of the data directory, uptime.
class SystemStatusWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Presentation { Invalid = 0, Wall, Page };

    //! \a startedMs is when the client started, on the shell's clock.
    SystemStatusWidget(IShell &shell, qint64 startedMs, Presentation presentation,
                       QWidget *parent = nullptr);
    void refresh();

private:
    IShell &m_shell;
    qint64 m_startedMs;
    QLabel *m_modules;
    QLabel *m_problems;
    QLabel *m_disk;
    QLabel *m_uptime;
    QTimer m_tick;
};

} // namespace Jiandu
