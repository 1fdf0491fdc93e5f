#pragma once

#include <QDialog>
#include <casearea/data/planrepository.h>
#include <casearea/reservation/reservation.h>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Jiandu {

class LivePlace;
class Reservations;
class ReservationTimeline;

//! 场所预约统筹: an area's day — its rooms free or in use now, their reservations in colour by
//! state — the list of the day's reservations, and the steps the operator's role may take:
//! request (所民警), approve (所领导), approve and assign the rooms (法制负责人), reject, take
//! back.
class ReservationsDialog : public QDialog
{
    Q_OBJECT

public:
    ReservationsDialog(Reservations &reservations, LivePlace &place, QWidget *parent = nullptr);

private:
    void reload();
    void showDay();
    void showSelection();
    const CaseArea::Reservation *selected() const;
    //! Whether \a area of \a unit is the one this workstation watches live.
    bool isWatched(const QString &unit, const QString &area) const;
    CaseArea::FloorPlan areaRooms(const QString &unit, const QString &area) const;
    void reject();
    void cancel();
    void approve();
    void assign();
    void answer(const Result<CaseArea::Reservation> &kept);

    Reservations &m_reservations;
    LivePlace &m_place;
    QDateEdit *m_day;
    QComboBox *m_area;
    QLabel *m_summary;
    ReservationTimeline *m_timeline;
    QTableWidget *m_list;
    QPushButton *m_request;
    QPushButton *m_approve;
    QPushButton *m_assign;
    QPushButton *m_reject;
    QPushButton *m_cancel;
    QLabel *m_error;
    QList<StoredPlan> m_plans;
    QList<CaseArea::Reservation> m_dayReservations; //!< every area's, the day shown
    QList<CaseArea::Reservation> m_shown;           //!< the area's, as listed
};

} // namespace Jiandu
