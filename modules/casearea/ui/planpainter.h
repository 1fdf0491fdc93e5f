#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTransform>
#include <casearea/tracking/floorplan.h>

namespace Jiandu {

//! Draws a floor plan as the live view and the history's replay show it: the floor's drawing
//! (the plan's image: walls, doors, stairs) under the rooms in the colours of their type with
//! their names (drawn once per size, then copied), and people as coloured discs with their
//! name's first character (drawn once per colour and character).
class PlanPainter
{
public:
    static constexpr double kDot = 9; //!< a person's radius, pixels

    explicit PlanPainter(const CaseArea::FloorPlan &plan);

    //! Plan metres to the pixels of a widget of \a size, the plan centred with a margin.
    QTransform transform(QSize size) const { return transform(m_plan, size); }
    static QTransform transform(const CaseArea::FloorPlan &plan, QSize size);
    //! The rooms for a widget of \a size (redrawn when the size, palette or font changed).
    const QPixmap &background(QSize size, qreal ratio, const QPalette &palette, const QFont &font);
    //! A person's disc, \a initial in white on \a colour.
    const QPixmap &marker(const QColor &colour, const QString &initial, qreal ratio,
                          const QFont &font);
    //! Everything is drawn again (the palette or the font changed).
    void forget();

    static QColor roomColour(CaseArea::RoomType type);
    static QColor subjectColour() { return {0xd3, 0x2f, 0x2f}; }
    static QColor officerColour() { return {0x1e, 0x63, 0xc8}; }
    static QColor silentColour() { return {0x9e, 0x9e, 0x9e}; }

private:
    //! The plan's drawing, read once (a missing or unreadable one: none, said in the log).
    const QImage &drawing();

    const CaseArea::FloorPlan &m_plan;
    QPixmap m_background;
    QString m_drawingOf; //!< the image m_drawing was read from
    QImage m_drawing;
    QHash<QString, QPixmap> m_markers; //!< colour and initial → the drawn disc
};

} // namespace Jiandu
