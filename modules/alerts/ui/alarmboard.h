#pragma once

#include <QWidget>
#include <core/alertrecord.h>
#include <core/problem.h>

class QLabel;
class QTimer;

namespace Jiandu {

class AlertService;

//! 报警看板, a video wall's content: the alarms nobody acknowledged yet (newest first, with
//! how long they have waited) and the problems past their time limit, in letters readable
//! across a command room. Read off the UI thread; nothing on it is operated.
class AlarmBoard final : public QWidget
{
    Q_OBJECT

public:
    explicit AlarmBoard(AlertService &service, QWidget *parent = nullptr);

private:
    void refresh();
    void display(const QList<AlertRecord> &alarms, qsizetype alarmCount,
                 const QList<Problem> &overdue);

    AlertService &m_service;
    QLabel *m_alarms;
    QLabel *m_problems;
    QTimer *m_refresh;
    int m_generation = 0;
};

} // namespace Jiandu
