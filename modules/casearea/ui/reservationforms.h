#pragma once

#include <QDialog>
#include <casearea/reservation/reservation.h>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Jiandu {

class Reservations;

//! An area one may reserve: as the list names it, the unit it is of, its name.
struct AreaChoice
{
    QString label;
    QString unit;
    QString area;
};

//! 办案区预约申请: the area, the time, why, how many suspects and which rooms — kept (and sent
//! for approval) only as the rules accept it, the reason shown if not.
class ReservationRequestDialog : public QDialog
{
    Q_OBJECT

public:
    //! \a chosen: the index in \a areas shown first.
    ReservationRequestDialog(Reservations &reservations, const QList<AreaChoice> &areas, int chosen,
                             const QDateTime &from, QWidget *parent = nullptr);

private:
    void submit();

    Reservations &m_reservations;
    QComboBox *m_area;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_reason;
    QSpinBox *m_suspects;
    QList<std::pair<CaseArea::RoomType, QSpinBox *>> m_wishes;
    QLabel *m_error;
    QPushButton *m_ok;
    QString m_uid; //!< one request however often it is sent
};

//! 法制负责人分配办案场所: the rooms of the types asked for, those another approved reservation
//! holds for part of the time shown as taken (by whom) and not choosable.
class RoomAssignmentDialog : public QDialog
{
    Q_OBJECT

public:
    RoomAssignmentDialog(Reservations &reservations, const CaseArea::Reservation &reservation,
                         const CaseArea::FloorPlan &rooms,
                         const QList<CaseArea::Reservation> &others, QWidget *parent = nullptr);

private:
    void count();
    void submit();

    Reservations &m_reservations;
    CaseArea::Reservation m_reservation;
    CaseArea::FloorPlan m_plan;
    QListWidget *m_rooms;
    QLabel *m_count;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace Jiandu
