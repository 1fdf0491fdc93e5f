#include "planpainter.h"

#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

Q_LOGGING_CATEGORY(lcPlanPainter, "jiandu.casearea.plan")

namespace Jiandu {

PlanPainter::PlanPainter(const FloorPlan &plan)
    : m_plan(plan)
{}

QColor PlanPainter::roomColour(RoomType type)
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

QTransform PlanPainter::transform(const FloorPlan &plan, QSize size)
{
    const double margin = 16;
    const double scale =
        std::max(0.01, std::min((size.width() - 2 * margin) / std::max(1.0, plan.width),
                                (size.height() - 2 * margin) / std::max(1.0, plan.height)));
    const double dx = (size.width() - plan.width * scale) / 2;
    const double dy = (size.height() - plan.height * scale) / 2;
    return QTransform(scale, 0, 0, scale, dx, dy);
}

void PlanPainter::forget()
{
    m_background = QPixmap();
    m_markers.clear();
}

const QPixmap &PlanPainter::background(QSize size, qreal ratio, const QPalette &palette,
                                       const QFont &font)
{
    if (m_background.size() == size * ratio)
        return m_background;
    m_background = QPixmap(size * ratio);
    m_background.setDevicePixelRatio(ratio);
    m_background.fill(palette.color(QPalette::Base));
    QPainter p(&m_background);
    p.setRenderHint(QPainter::Antialiasing);
    const QTransform t = transform(size);
    // The floor's drawing first, the rooms over it let it show through.
    const QImage &drawing = this->drawing();
    if (!drawing.isNull())
        p.drawImage(t.mapRect(QRectF(0, 0, m_plan.width, m_plan.height)), drawing);
    QFont label = font;
    label.setBold(true);
    p.setFont(label);
    for (const Room &room : m_plan.rooms) {
        QPolygonF outline;
        for (const QPointF &corner : room.outline)
            outline << t.map(corner);
        p.setPen(QPen(palette.color(QPalette::Mid), 1.5));
        QColor fill = roomColour(room.type);
        if (!drawing.isNull())
            fill.setAlpha(120);
        p.setBrush(fill);
        p.drawPolygon(outline);
        p.setPen(palette.color(QPalette::Text));
        p.drawText(outline.boundingRect().adjusted(4, 2, -4, -2),
                   Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, room.name);
    }
    return m_background;
}

const QImage &PlanPainter::drawing()
{
    const QString path = m_plan.imagePath();
    if (m_drawingOf == path)
        return m_drawing;
    m_drawingOf = path;
    m_drawing = {};
    if (path.isEmpty())
        return m_drawing;
    QImageReader reader(path);
    // A drawing is read at a size that stays sharp on a wall screen; a vector one is rendered
    // at it, a large picture read scaled down to it (never decoded whole).
    const QSize size = reader.size();
    if (!size.isValid()) {
        qCWarning(lcPlanPainter) << "the floor's drawing" << path
                                 << "is not shown:" << reader.errorString();
        return m_drawing;
    }
    if (size.width() > 2400 || size.height() > 2400 || reader.format() == "svg")
        reader.setScaledSize(size.scaled(2400, 2400, Qt::KeepAspectRatio));
    if (!reader.read(&m_drawing))
        qCWarning(lcPlanPainter) << "the floor's drawing" << path
                                 << "is not shown:" << reader.errorString();
    return m_drawing;
}

const QPixmap &PlanPainter::marker(const QColor &colour, const QString &initial, qreal ratio,
                                   const QFont &font)
{
    const QString key = colour.name() + initial;
    auto it = m_markers.find(key);
    if (it != m_markers.end())
        return *it;
    const int side = int(std::ceil(2 * kDot + 2));
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(colour);
    const QPointF centre(side / 2.0, side / 2.0);
    p.drawEllipse(centre, kDot, kDot);
    QFont small = font;
    small.setPixelSize(int(kDot * 1.1));
    p.setFont(small);
    p.setPen(Qt::white);
    p.drawText(QRectF(centre.x() - kDot, centre.y() - kDot, 2 * kDot, 2 * kDot), Qt::AlignCenter,
               initial);
    p.end();
    if (m_markers.size() > 2000) // names change over the days; the cache does not grow forever
        m_markers.clear();
    return *m_markers.insert(key, pixmap);
}

} // namespace Jiandu
