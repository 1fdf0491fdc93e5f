#include "floorplanview.h"

#include "../liveplace.h"
#include "planpainter.h"

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

constexpr qint64 kFrameMs = 40; // at most 25 frames a second
constexpr double kDot = PlanPainter::kDot;

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
    , m_painter(place.tracker().plan())
{
    setObjectName(u"floorPlanView"_s);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_frame.setSingleShot(true);
    connect(&m_place, &LivePlace::changed, this, &FloorPlanView::scheduleFrame);
    connect(&m_place, &LivePlace::planChanged, this, [this] { m_painter.forget(); });
    connect(&m_frame, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_sincePaint.start();
}

void FloorPlanView::scheduleFrame()
{
    // A frame is already coming: this change will be in it.
    if (m_frame.isActive())
        return;
    m_frame.start(int(std::max<qint64>(0, kFrameMs - m_sincePaint.elapsed())));
}

QTransform FloorPlanView::planToWidget() const
{
    return m_painter.transform(size());
}

QPointF FloorPlanView::drawnAt(const QString &tag, const QTransform &t) const
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
    return t.map(where);
}

QString FloorPlanView::tagAt(QPointF pos) const
{
    const QTransform t = planToWidget();
    for (auto it = m_place.judge().people().cbegin(); it != m_place.judge().people().cend(); ++it) {
        const QPointF at = drawnAt(it.key(), t);
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

void FloorPlanView::changeEvent(QEvent *event)
{
    // Drawn again in the new colours or font.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        m_painter.forget();
    }
    QWidget::changeEvent(event);
}

void FloorPlanView::paintEvent(QPaintEvent *)
{
    m_sincePaint.restart();
    QPainter p(this);
    p.drawPixmap(0, 0, m_painter.background(size(), devicePixelRatioF(), palette(), font()));
    const FloorPlan &plan = m_place.tracker().plan();
    const QTransform t = planToWidget();
    const auto &tags = m_place.tracker().tags();
    const auto &people = m_place.judge().people();

    // Who is in which room, silent tags not counted, under each room's name.
    QHash<QString, int> occupancy;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        const auto state = tags.constFind(it.key());
        if (state != tags.cend() && !state->lost && !state->room.isEmpty())
            ++occupancy[state->room];
    }
    QFont label = font();
    const qreal nameHeight = QFontMetricsF(label).lineSpacing() + 2;
    p.setPen(palette().color(QPalette::Text));
    for (const Room &room : plan.rooms) {
        if (const int n = occupancy.value(room.id)) {
            QPolygonF outline;
            for (const QPointF &corner : room.outline)
                outline << t.map(corner);
            p.drawText(outline.boundingRect().adjusted(4, 2 + nameHeight, -4, -2),
                       Qt::AlignTop | Qt::AlignLeft, tr("%n person(s)", nullptr, n));
        }
    }

    const qint64 now = m_place.nowMs();
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        const QPointF at = drawnAt(it.key(), t);
        if (at.isNull())
            continue;
        const auto state = tags.constFind(it.key());
        const bool officer = it->role == PlaceJudge::Role::Officer;
        const bool lost = state->lost;
        const QColor colour = lost      ? PlanPainter::silentColour()
                              : officer ? PlanPainter::officerColour()
                                        : PlanPainter::subjectColour();
        const QPixmap &disc = m_painter.marker(
            colour, it->fields.value(u"name"_s).toString().left(1), devicePixelRatioF(), font());
        p.drawPixmap(at - QPointF(kDot + 1, kDot + 1), disc);
        if (lost)
            p.drawText(at + QPointF(kDot + 2, 4), ageWords(now - state->lastMs));
    }
    if (!m_place.feedFlowing()) {
        p.setPen(QColor(0xb7, 0x1c, 0x1c));
        p.drawText(rect().adjusted(8, 4, -8, -4), Qt::AlignTop | Qt::AlignRight,
                   tr("Positions are not arriving: where people are is not known"));
    }
    m_place.noteDrawn();
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
