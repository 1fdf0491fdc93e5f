#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace Jiandu {

class Clock;

//! The duty clock of a command room wall: large local time, date and weekday, site name.
class DutyClockWidget : public QWidget
{
    Q_OBJECT
public:
    DutyClockWidget(const Clock &clock, const QString &siteName, QWidget *parent = nullptr);
    //! Re-reads the clock; called every second by a timer.
    void refresh();
    QString timeText() const;
    QString dateText() const;

private:
    const Clock &m_clock;
    QLabel *m_time;
    QLabel *m_date;
    QTimer m_tick;
};

} // namespace Jiandu
