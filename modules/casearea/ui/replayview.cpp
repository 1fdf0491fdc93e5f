#include "replayview.h"

#include <QEvent>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

ReplayView::ReplayView(const FloorPlan &plan, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_painter(plan)
{
    setObjectName(u"replayView"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 200);
}

void ReplayView::setHistory(QList<TrackRepository::Row> rows, const QString &subjectTag,
                            QHash<QString, QString> names, QSet<QString> officers)
{
    m_rows = std::move(rows);
    m_subject = subjectTag;
    m_names = std::move(names);
    m_officers = std::move(officers);
    setTime(m_timeMs);
}

void ReplayView::setTime(qint64 ms)
{
    m_timeMs = ms;
    m_rooms = TrackRepository::roomsAt(m_rows, ms);
    update();
}

void ReplayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_painter.forget();
    QWidget::changeEvent(event);
}

void ReplayView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const qreal ratio = devicePixelRatioF();
    p.drawPixmap(0, 0, m_painter.background(size(), ratio, palette(), font()));
    const QTransform t = m_painter.transform(size());
    // The subject's room outlined, so the eye finds it at once.
    if (const Room *room = m_plan.room(m_rooms.value(m_subject))) {
        QPolygonF outline;
        for (const QPointF &corner : room->outline)
            outline << t.map(corner);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(PlanPainter::subjectColour(), 3));
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(outline);
    }
    // Everyone in a room side by side from its centre, the subject first.
    QHash<QString, QStringList> byRoom;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
        byRoom[it.value()].append(it.key());
    const double step = 2.4 * PlanPainter::kDot;
    for (auto it = byRoom.begin(); it != byRoom.end(); ++it) {
        const Room *room = m_plan.room(it.key());
        if (!room)
            continue;
        QStringList &tags = it.value();
        std::sort(tags.begin(), tags.end(), [this](const QString &a, const QString &b) {
            return (a == m_subject) != (b == m_subject) ? a == m_subject : a < b;
        });
        const QPointF centre = t.map(room->centre());
        const int perRow = 4;
        for (int i = 0; i < tags.size(); ++i) {
            const QPointF at =
                centre + QPointF((i % perRow - (perRow - 1) / 2.0) * step, (i / perRow) * step);
            const QString &tag = tags[i];
            const QColor colour = tag == m_subject           ? PlanPainter::subjectColour()
                                  : m_officers.contains(tag) ? PlanPainter::officerColour()
                                                             : PlanPainter::silentColour();
            const QString name = m_names.value(tag, tag);
            p.drawPixmap(at - QPointF(PlanPainter::kDot + 1, PlanPainter::kDot + 1),
                         m_painter.marker(colour, name.left(1), ratio, font()));
        }
    }
}

} // namespace Jiandu
