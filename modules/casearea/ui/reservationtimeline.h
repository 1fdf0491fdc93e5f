#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>
#include <casearea/reservation/reservation.h>

namespace Jiandu {

//! One day of an area's rooms (预约情况): a row per room with the hours across, each
//! reservation's time drawn on its rooms in its state's colour, the requests still without
//! rooms on a row of their own, the rooms' state now (free, people in it) beside their names
//! and the time now as a line.
class ReservationTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit ReservationTimeline(QWidget *parent = nullptr);

    void setRooms(const QList<CaseArea::Room> &rooms);
    void setDay(const QDate &day);
    void setReservations(const QList<CaseArea::Reservation> &reservations);
    //! People in each room now (room id → count); empty for an area not watched here.
    void setOccupancy(const QHash<QString, int> &people, bool known);
    void setNow(qint64 nowMs);

    //! The colour a reservation in \a state is drawn in (the list uses the same).
    static QColor colourOf(CaseArea::ReservationState state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    //! A reservation's bar was clicked.
    void reservationClicked(const QString &uid);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Bar
    {
        QRectF rect;
        QString uid;
    };
    QRectF timeArea() const;
    double xOf(qint64 ms) const;

    QList<CaseArea::Room> m_rooms;
    QDate m_day;
    QList<CaseArea::Reservation> m_reservations;
    QHash<QString, int> m_people;
    bool m_occupancyKnown = false;
    qint64 m_nowMs = 0;
    QList<Bar> m_bars; //!< as last painted, for clicks
};

} // namespace Jiandu
