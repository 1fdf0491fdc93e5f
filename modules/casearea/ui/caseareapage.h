#pragma once

#include <QTimer>
#include <QWidget>

class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Jiandu {

class IShell;
class Briefs;
class PlanLibrary;
class Reservations;
class Journeys;
class PlaceHistory;
class LivePlace;
class StepDialog;
class FloorPlanView;

//! 办案区 live: the floor plan with everyone in it, and beside it the people in the area —
//! who, subject or officer, which room since when, a tag that fell silent, how far each
//! subject's journey has come — and the desk: 入区登记 and every later step of the chosen
//! subject's stay up to 注销; and the stays of any past day, each opened whole.
class CaseAreaPage : public QWidget
{
    Q_OBJECT

public:
    CaseAreaPage(IShell &shell, LivePlace &place, Journeys &journeys, PlaceHistory &history,
                 Briefs &briefs, PlanLibrary &plans, Reservations &reservations,
                 QWidget *parent = nullptr);

private:
    void refreshPeople();
    void showRoom(const QString &roomId);
    QString selectedStay() const;
    QString selectedCard() const;
    void returnCard();
    void updateDesk();
    //! Shows \a dialog for the chosen subject's stay; the list follows once it is kept.
    void open(StepDialog *dialog);
    void openHistory(const QString &stayUid);
    QWidget *pastStays(QWidget *parent);
    void loadPastStays();
    void makeBrief(int kind);

    IShell &m_shell;
    LivePlace &m_place;
    Journeys &m_journeys;
    PlaceHistory &m_history;
    Briefs &m_briefs;
    PlanLibrary &m_plans;
    Reservations &m_reservations;
    FloorPlanView *m_view;
    QLabel *m_feed;
    QTableWidget *m_people;
    QLabel *m_chosen;
    QList<QPushButton *> m_stepButtons;
    QPushButton *m_leave;
    QPushButton *m_back;
    QPushButton *m_returnCard;
    QDateEdit *m_pastDay;
    QTableWidget *m_past;
    QTimer m_refresh;
};

} // namespace Jiandu
