#include "plancanvas.h"

#include "planpainter.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

PlanCanvas::PlanCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"planCanvas"_s);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 200);
}

void PlanCanvas::setPlan(const FloorPlan &plan)
{
    m_plan = plan;
    if (m_selected >= m_plan.rooms.size())
        select(-1);
    update();
}

void PlanCanvas::setTool(Tool tool)
{
    m_tool = tool;
    m_drawing.clear();
    setCursor(tool == Tool::Draw ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void PlanCanvas::select(int room)
{
    if (room == m_selected)
        return;
    m_selected = room;
    update();
    emit selectionChanged(room);
}

QTransform PlanCanvas::toWidget() const
{
    return PlanPainter::transform(m_plan, size());
}

QPointF PlanCanvas::toPlan(QPointF widget) const
{
    return toWidget().inverted().map(widget);
}

QPointF PlanCanvas::snap(QPointF metres, const FloorPlan &plan, int exceptRoom)
{
    double best = kCornerSnap;
    QPointF snapped(std::round(metres.x() / kGrid) * kGrid, std::round(metres.y() / kGrid) * kGrid);
    for (qsizetype r = 0; r < plan.rooms.size(); ++r) {
        if (r == exceptRoom)
            continue;
        for (const QPointF &corner : plan.rooms[r].outline) {
            const double d = QLineF(corner, metres).length();
            if (d < best) {
                best = d;
                snapped = corner;
            }
        }
    }
    return {std::clamp(snapped.x(), 0.0, plan.width), std::clamp(snapped.y(), 0.0, plan.height)};
}

int PlanCanvas::cornerAt(QPointF widget) const
{
    if (m_selected < 0)
        return -1;
    const QTransform t = toWidget();
    const QList<QPointF> &outline = m_plan.rooms[m_selected].outline;
    for (qsizetype i = 0; i < outline.size(); ++i) {
        if (QLineF(t.map(outline[i]), widget).length() <= kHandlePixels + 2)
            return int(i);
    }
    return -1;
}

void PlanCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QTransform t = toWidget();
    // The grid, a line a metre, and the plan's edge.
    p.setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 1));
    for (int x = 0; x <= int(m_plan.width); ++x)
        p.drawLine(t.map(QPointF(x, 0)), t.map(QPointF(x, m_plan.height)));
    for (int y = 0; y <= int(m_plan.height); ++y)
        p.drawLine(t.map(QPointF(0, y)), t.map(QPointF(m_plan.width, y)));
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    p.drawRect(t.mapRect(QRectF(0, 0, m_plan.width, m_plan.height)));

    p.setRenderHint(QPainter::Antialiasing);
    for (qsizetype r = 0; r < m_plan.rooms.size(); ++r) {
        const Room &room = m_plan.rooms[r];
        QPolygonF outline;
        for (const QPointF &corner : room.outline)
            outline << t.map(corner);
        QColor fill = PlanPainter::roomColour(room.type);
        fill.setAlpha(220);
        p.setPen(QPen(palette().color(QPalette::Mid), 1.5));
        p.setBrush(fill);
        p.drawPolygon(outline);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(outline.boundingRect().adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignLeft,
                   // The type under the name, unless the name says it already.
                   room.name.startsWith(FloorPlan::typeName(room.type))
                       ? room.name
                       : u"%1\n%2"_s.arg(room.name, FloorPlan::typeName(room.type)));
    }
    if (m_selected >= 0 && m_selected < m_plan.rooms.size()) {
        QPolygonF outline;
        for (const QPointF &corner : m_plan.rooms[m_selected].outline)
            outline << t.map(corner);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(outline);
        p.setBrush(palette().color(QPalette::Highlight));
        for (const QPointF &corner : std::as_const(outline))
            p.drawRect(QRectF(corner - QPointF(kHandlePixels / 2, kHandlePixels / 2),
                              QSizeF(kHandlePixels, kHandlePixels)));
    }
    if (m_tool == Tool::Draw) {
        QPolygonF drawn;
        for (const QPointF &corner : std::as_const(m_drawing))
            drawn << t.map(corner);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        p.drawPolyline(drawn << t.map(m_hover));
        p.setBrush(palette().color(QPalette::Highlight));
        p.drawEllipse(t.map(m_hover), 4, 4);
    }
}

void PlanCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF at = event->position();
    if (m_tool == Tool::Draw) {
        // A click on the first corner closes the room.
        if (m_drawing.size() >= 3 && QLineF(toWidget().map(m_drawing.first()), at).length() <= 8)
            return finishDrawing();
        const QPointF corner = snap(toPlan(at), m_plan);
        if (m_drawing.isEmpty() || m_drawing.constLast() != corner)
            m_drawing.append(corner);
        update();
        return;
    }
    m_dragCorner = cornerAt(at);
    m_dragged = false;
    if (m_dragCorner < 0) {
        const Room *room = m_plan.roomAt(toPlan(at));
        select(room ? int(room - m_plan.rooms.constData()) : -1);
    }
}

void PlanCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_tool == Tool::Draw) {
        m_hover = snap(toPlan(event->position()), m_plan);
        update();
        return;
    }
    if (m_dragCorner >= 0 && (event->buttons() & Qt::LeftButton)) {
        // Shown as it moves; handed out as one change when let go.
        m_plan.rooms[m_selected].outline[m_dragCorner] =
            snap(toPlan(event->position()), m_plan, m_selected);
        m_dragged = true;
        update();
    }
}

void PlanCanvas::mouseReleaseEvent(QMouseEvent *)
{
    if (m_dragCorner >= 0 && m_dragged)
        emit edited(m_plan, tr("Move a corner of %1").arg(m_plan.rooms[m_selected].name));
    m_dragCorner = -1;
    m_dragged = false;
}

void PlanCanvas::mouseDoubleClickEvent(QMouseEvent *)
{
    if (m_tool == Tool::Draw)
        finishDrawing();
}

void PlanCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_tool == Tool::Draw && event->key() == Qt::Key_Escape) {
        m_drawing.clear();
        update();
    } else if (m_tool == Tool::Draw &&
               (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        finishDrawing();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void PlanCanvas::finishDrawing()
{
    QList<QPointF> corners = m_drawing;
    m_drawing.clear();
    // A double click adds its corner twice; a room needs three distinct corners.
    corners.erase(std::unique(corners.begin(), corners.end()), corners.end());
    if (corners.size() < 3 || corners.size() > FloorPlan::kMaxCorners) {
        update();
        return;
    }
    Room room;
    int n = int(m_plan.rooms.size()) + 1;
    while (m_plan.room(u"R%1"_s.arg(n)))
        ++n;
    room.id = u"R%1"_s.arg(n);
    room.name = tr("Room %1").arg(n);
    room.outline = corners;
    m_plan.rooms.append(room);
    m_selected = int(m_plan.rooms.size()) - 1;
    emit edited(m_plan, tr("Draw %1").arg(room.name));
    emit selectionChanged(m_selected);
    update();
}

} // namespace Jiandu
