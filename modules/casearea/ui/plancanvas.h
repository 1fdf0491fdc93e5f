#pragma once

#include <QWidget>
#include <casearea/tracking/floorplan.h>

namespace Jiandu {

//! The plan editor's drawing board: the rooms over a one-metre grid; a room chosen by a click,
//! its corners dragged; a new room drawn corner by corner (closed by a double click, Enter or a
//! click on its first corner; Escape drops it). Corners snap to other rooms' corners near them,
//! else to the half-metre grid, so walls meet. Every finished change is handed out whole
//! (edited) for the undo stack; nothing is changed in place.
class PlanCanvas : public QWidget
{
    Q_OBJECT

public:
    enum class Tool { Select, Draw };
    static constexpr double kGrid = 0.5;       //!< metres
    static constexpr double kCornerSnap = 0.4; //!< metres
    static constexpr double kHandlePixels = 7;

    explicit PlanCanvas(QWidget *parent = nullptr);

    void setPlan(const CaseArea::FloorPlan &plan);
    const CaseArea::FloorPlan &plan() const { return m_plan; }
    void setTool(Tool tool);
    void select(int room);
    int selected() const { return m_selected; }
    //! Where a corner put at \a metres goes: onto another room's corner within kCornerSnap,
    //! else onto the grid, and inside the plan.
    static QPointF snap(QPointF metres, const CaseArea::FloorPlan &plan, int exceptRoom = -1);

    QSize sizeHint() const override { return {760, 480}; }

signals:
    void edited(const Jiandu::CaseArea::FloorPlan &plan, const QString &what);
    void selectionChanged(int room);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTransform toWidget() const;
    QPointF toPlan(QPointF widget) const;
    int cornerAt(QPointF widget) const;
    void finishDrawing();

    CaseArea::FloorPlan m_plan;
    Tool m_tool = Tool::Select;
    int m_selected = -1;
    int m_dragCorner = -1;
    bool m_dragged = false;
    QList<QPointF> m_drawing; //!< the corners of the room being drawn, metres
    QPointF m_hover;          //!< metres, snapped
};

} // namespace Jiandu
