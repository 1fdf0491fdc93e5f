#include "reservationtimeline.h"

#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {
constexpr int kRowHeight = 24;
constexpr int kHeaderHeight = 20;
constexpr int kNameWidth = 150;
} // namespace

ReservationTimeline::ReservationTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"reservationTimeline"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

QColor ReservationTimeline::colourOf(ReservationState state)
{
    switch (state) {
    case ReservationState::Requested:
        return QColor(0xe0, 0xa0, 0x30); // amber: waiting for the leader
    case ReservationState::LeaderApproved:
        return QColor(0x4a, 0xa8, 0xd8); // light blue: waiting for the legal head
    case ReservationState::Approved:
        return QColor(0x2e, 0x6d, 0xb4); // blue: the rooms are held
    case ReservationState::Rejected:
    case ReservationState::Cancelled:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

void ReservationTimeline::setRooms(const QList<Room> &rooms)
{
    m_rooms.clear();
    for (const Room &room : rooms)
        if (Reservation::bookableTypes().contains(room.type))
            m_rooms.append(room);
    updateGeometry();
    update();
}

void ReservationTimeline::setDay(const QDate &day)
{
    m_day = day;
    update();
}

void ReservationTimeline::setReservations(const QList<Reservation> &reservations)
{
    m_reservations = reservations;
    update();
}

void ReservationTimeline::setOccupancy(const QHash<QString, int> &people, bool known)
{
    m_people = people;
    m_occupancyKnown = known;
    update();
}

void ReservationTimeline::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    update();
}

QSize ReservationTimeline::sizeHint() const
{
    return {900, kHeaderHeight + kRowHeight * int(m_rooms.size() + 1) + 4};
}

QSize ReservationTimeline::minimumSizeHint() const
{
    return {kNameWidth + 24 * 12, kHeaderHeight + kRowHeight * 3};
}

QRectF ReservationTimeline::timeArea() const
{
    return QRectF(kNameWidth, kHeaderHeight, std::max(1, width() - kNameWidth - 6),
                  kRowHeight * (m_rooms.size() + 1));
}

double ReservationTimeline::xOf(qint64 ms) const
{
    const qint64 start = m_day.startOfDay().toMSecsSinceEpoch();
    const qint64 end = m_day.addDays(1).startOfDay().toMSecsSinceEpoch();
    const QRectF area = timeArea();
    const double f = double(std::clamp(ms, start, end) - start) / double(end - start);
    return area.left() + f * area.width();
}

void ReservationTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QRectF area = timeArea();
    m_bars.clear();
    if (!m_day.isValid())
        return;
    const qint64 dayStart = m_day.startOfDay().toMSecsSinceEpoch();
    const qint64 dayEnd = m_day.addDays(1).startOfDay().toMSecsSinceEpoch();

    // The hours, every second one named.
    p.setPen(pal.color(QPalette::Mid));
    for (int h = 0; h <= 24; ++h) {
        const double x = area.left() + area.width() * h / 24.0;
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        if (h % 2 == 0 && h < 24) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRectF(x + 2, 0, 40, kHeaderHeight), Qt::AlignVCenter,
                       u"%1:00"_s.arg(h, 2, 10, QChar(u'0')));
            p.setPen(pal.color(QPalette::Mid));
        }
    }

    // The rooms: name, and how it is now where the area is watched here.
    const auto rowRect = [&](int row) {
        return QRectF(0, area.top() + row * kRowHeight, width(), kRowHeight);
    };
    for (int i = 0; i < m_rooms.size(); ++i) {
        const Room &room = m_rooms.at(i);
        const QRectF r = rowRect(i);
        const int people = m_people.value(room.id);
        if (m_occupancyKnown)
            p.fillRect(QRectF(0, r.top() + 1, kNameWidth - 4, r.height() - 2),
                       people > 0 ? QColor(0xf4, 0xc7, 0xc3) : QColor(0xcf, 0xe8, 0xcf));
        p.setPen(pal.color(QPalette::Text));
        QString label = room.name;
        if (m_occupancyKnown && people > 0)
            label += u" (%1)"_s.arg(people);
        p.drawText(
            r.adjusted(4, 0, 0, 0).intersected(QRectF(0, r.top(), kNameWidth - 6, r.height())),
            Qt::AlignVCenter | Qt::AlignLeft, label);
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(QPointF(0, r.bottom()), QPointF(width(), r.bottom()));
    }
    const QRectF waitingRow = rowRect(int(m_rooms.size()));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(4, waitingRow.top(), kNameWidth - 8, waitingRow.height()),
               Qt::AlignVCenter | Qt::AlignLeft, tr("Rooms not assigned"));

    // The reservations of the day: on their rooms once assigned, else on the last row.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    int pendingLane = 0;
    for (const Reservation &r : std::as_const(m_reservations)) {
        if (!r.isActive() || r.toMs <= dayStart || r.fromMs >= dayEnd)
            continue;
        const double x0 = xOf(r.fromMs);
        const double x1 = std::max(xOf(r.toMs), x0 + 3);
        QList<QRectF> rects;
        if (r.state == ReservationState::Approved) {
            for (int i = 0; i < m_rooms.size(); ++i)
                if (r.rooms.contains(m_rooms.at(i).id))
                    rects.append(QRectF(x0, rowRect(i).top() + 3, x1 - x0, kRowHeight - 6));
        } else {
            // Requests share the row in thin lanes, so overlapping ones stay apart.
            const double lane = (kRowHeight - 6) / 3.0;
            rects.append(
                QRectF(x0, waitingRow.top() + 3 + lane * (pendingLane++ % 3), x1 - x0, lane - 1));
        }
        const QColor colour = colourOf(r.state);
        for (const QRectF &rect : std::as_const(rects)) {
            p.setPen(colour.darker(130));
            p.setBrush(colour);
            p.drawRoundedRect(rect, 3, 3);
            if (rect.height() > 12) {
                p.setPen(Qt::white);
                p.drawText(rect.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                           p.fontMetrics().elidedText(r.requestedBy + u" · "_s + r.reason,
                                                      Qt::ElideRight, int(rect.width()) - 6));
            }
            m_bars.append({rect, r.uid});
        }
    }

    // Now.
    if (m_nowMs >= dayStart && m_nowMs < dayEnd) {
        const double x = xOf(m_nowMs);
        p.setPen(QPen(QColor(0xd0, 0x30, 0x30), 2));
        p.drawLine(QPointF(x, area.top() - 4), QPointF(x, area.bottom()));
    }
}

void ReservationTimeline::mousePressEvent(QMouseEvent *event)
{
    for (const Bar &bar : std::as_const(m_bars))
        if (bar.rect.contains(event->position())) {
            emit reservationClicked(bar.uid);
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace Jiandu
