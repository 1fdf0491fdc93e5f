#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace Jiandu {

class IShell;
class LivePlace;
class FloorPlanView;

//! 办案区 live: the floor plan with everyone in it, and beside it the people in the area —
//! who, subject or officer, which room since when, and a tag that fell silent.
class CaseAreaPage : public QWidget
{
    Q_OBJECT

public:
    CaseAreaPage(IShell &shell, LivePlace &place, QWidget *parent = nullptr);

private:
    void refreshPeople();
    void showRoom(const QString &roomId);

    IShell &m_shell;
    LivePlace &m_place;
    FloorPlanView *m_view;
    QLabel *m_feed;
    QTableWidget *m_people;
    QTimer m_refresh;
};

} // namespace Jiandu
