#include "floorplanview.h"

#include "../liveplace.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <cmath>
#include <core/localtime.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {

constexpr double kDot = 9; // a person's radius, pixels

QColor roomColour(RoomType type)
{
    switch (type) {
    case RoomType::Waiting:
        return QColor(0xfd, 0xf1, 0xd6);
    case RoomType::Interrogation:
    case RoomType::Inquiry:
        return QColor(0xf9, 0xdc, 0xdc);
    case RoomType::SafetyCheck:
    case RoomType::InfoCollection:
        return QColor(0xdf, 0xee, 0xf9);
    case RoomType::Storage:
    case RoomType::Medical:
        return QColor(0xe4, 0xf4, 0xe1);
    case RoomType::Corridor:
        return QColor(0xf2, 0xf2, 0xf2);
    case RoomType::Entrance:
        return QColor(0xe8, 0xe2, 0xf5);
    case RoomType::Other:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QString ageWords(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s < 60     ? FloorPlanView::tr("%1 s ago").arg(s)
           : s < 3600 ? FloorPlanView::tr("%1 min ago").arg(s / 60)
                      : FloorPlanView::tr("%1 h ago").arg(s / 3600);
}

} // namespace

FloorPlanView::FloorPlanView(const LivePlace &place, QWidget *parent)
    : QWidget(parent)
    , m_place(place)
{
    setObjectName(u"floorPlanView"_s);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&m_place, &LivePlace::changed, this, [this] { m_dirty = true; });
    connect(&m_frame, &QTimer::timeout, this, [this] {
        if (std::exchange(m_dirty, false))
            update();
    });
    m_frame.start(100);
}

QTransform FloorPlanView::planToWidget() const
{
    const FloorPlan &plan = m_place.tracker().plan();
    const double margin = 16;
    const double scale = std::max(
        0.01, std::min((width() - 2 * margin) / plan.width, (height() - 2 * margin) / plan.height));
    const double dx = (width() - plan.width * scale) / 2;
    const double dy = (height() - plan.height * scale) / 2;
    return QTransform(scale, 0, 0, scale, dx, dy);
}

QPointF FloorPlanView::drawnAt(const QString &tag) const
{
    const auto &tags = m_place.tracker().tags();
    const auto it = tags.constFind(tag);
    if (it == tags.cend() || it->room.isEmpty())
        return {};
    const Room *room = m_place.tracker().plan().room(it->room);
    if (!room)
        return {};
    // Where it was measured while that is in its room; else the room's centre.
    const QPointF where = it->hasPoint && room->contains(it->point) ? it->point : room->centre();
    return planToWidget().map(where);
}

QString FloorPlanView::tagAt(QPointF pos) const
{
    for (auto it = m_place.judge().people().cbegin(); it != m_place.judge().people().cend(); ++it) {
        const QPointF at = drawnAt(it.key());
        if (!at.isNull() && QLineF(at, pos).length() <= kDot + 2)
            return it.key();
    }
    return {};
}

QString FloorPlanView::roomAt(QPointF pos) const
{
    const Room *room = m_place.tracker().plan().roomAt(planToWidget().inverted().map(pos));
    return room ? room->id : QString();
}

void FloorPlanView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const FloorPlan &plan = m_place.tracker().plan();
    const QTransform t = planToWidget();
    const auto &tags = m_place.tracker().tags();
    const auto &people = m_place.judge().people();

    // Who is in which room, silent tags not counted.
    QHash<QString, int> occupancy;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        const auto state = tags.constFind(it.key());
        if (state != tags.cend() && !state->lost && !state->room.isEmpty())
            ++occupancy[state->room];
    }
    QFont label = font();
    for (const Room &room : plan.rooms) {
        QPolygonF outline;
        for (const QPointF &corner : room.outline)
            outline << t.map(corner);
        p.setPen(QPen(palette().color(QPalette::Mid), 1.5));
        p.setBrush(roomColour(room.type));
        p.drawPolygon(outline);
        const QRectF box = outline.boundingRect().adjusted(4, 2, -4, -2);
        p.setPen(palette().color(QPalette::Text));
        label.setBold(true);
        p.setFont(label);
        p.drawText(box, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, room.name);
        if (const int n = occupancy.value(room.id)) {
            label.setBold(false);
            p.setFont(label);
            // Under the name, where no one stands in the way.
            p.drawText(box.adjusted(0, QFontMetricsF(label).lineSpacing() + 2, 0, 0),
                       Qt::AlignTop | Qt::AlignLeft, tr("%n person(s)", nullptr, n));
        }
    }

    const qint64 now = m_place.nowMs();
    QFont initial = font();
    initial.setPixelSize(int(kDot * 1.1));
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        const QPointF at = drawnAt(it.key());
        if (at.isNull())
            continue;
        const auto state = tags.constFind(it.key());
        const bool officer = it->role == PlaceJudge::Role::Officer;
        const bool lost = state->lost;
        const QColor colour = lost      ? QColor(0x9e, 0x9e, 0x9e)
                              : officer ? QColor(0x1e, 0x63, 0xc8)
                                        : QColor(0xd3, 0x2f, 0x2f);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(colour);
        p.drawEllipse(at, kDot, kDot);
        p.setPen(Qt::white);
        p.setFont(initial);
        p.drawText(QRectF(at.x() - kDot, at.y() - kDot, 2 * kDot, 2 * kDot), Qt::AlignCenter,
                   it->fields.value(u"name"_s).toString().left(1));
        if (lost) {
            p.setPen(palette().color(QPalette::Text));
            p.setFont(font());
            p.drawText(at + QPointF(kDot + 2, 4), ageWords(now - state->lastMs));
        }
    }
    if (!m_place.feedFlowing()) {
        p.setPen(QColor(0xb7, 0x1c, 0x1c));
        p.drawText(rect().adjusted(8, 4, -8, -4), Qt::AlignTop | Qt::AlignRight,
                   tr("Positions are not arriving: where people are is not known"));
    }
}

bool FloorPlanView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString tag = tagAt(help->pos());
    QString text;
    if (!tag.isEmpty()) {
        const PlaceJudge::Person person = m_place.judge().people().value(tag);
        const auto state = m_place.tracker().tags().value(tag);
        const Room *room = m_place.tracker().plan().room(state.room);
        text = u"%1 (%2)\n%3: %4"_s.arg(
            person.fields.value(u"name"_s).toString(),
            person.role == PlaceJudge::Role::Officer ? tr("officer") : tr("subject"),
            room ? room->name : QString(), tr("since %1").arg(localTimeText(state.roomSinceMs)));
        if (state.lost)
            text += u'\n' + tr("Tag %1 silent, last seen %2")
                                .arg(tag, ageWords(m_place.nowMs() - state.lastMs));
    } else if (const Room *room = m_place.tracker().plan().room(roomAt(help->pos()))) {
        text = u"%1 — %2"_s.arg(room->name, FloorPlan::typeName(room->type));
        if (!room->cameras.isEmpty())
            text += u'\n' + tr("Click to watch its camera");
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString room = roomAt(event->position());
        if (!room.isEmpty())
            emit roomActivated(room);
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace Jiandu
