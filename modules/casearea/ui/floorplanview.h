#pragma once

#include "planpainter.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace Jiandu {

class LivePlace;

//! 实时轨迹: the floor plan with its rooms, how many are in each, and every person where the
//! positioning system puts them — subjects (red) and officers (blue), a tag that fell silent
//! grey with how long ago it was last seen. Repainted when the place changes, at most 25 times
//! a second whatever the feed's rate (a change waits at most one frame). Hovering a person or a
//! room says who and what; clicking a room shows its camera.
class FloorPlanView : public QWidget
{
    Q_OBJECT

public:
    explicit FloorPlanView(const LivePlace &place, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {800, 480}; }
    QSize minimumSizeHint() const override { return {320, 200}; }
    //! What is drawn at \a pos: a person's tag, else a room's id, else nothing.
    QString tagAt(QPointF pos) const;
    QString roomAt(QPointF pos) const;

signals:
    void roomActivated(const QString &roomId);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QTransform planToWidget() const;
    QPointF drawnAt(const QString &tag, const QTransform &planToWidget) const;

    const LivePlace &m_place;
    void scheduleFrame();

    PlanPainter m_painter;
    QTimer m_frame;
    QElapsedTimer m_sincePaint;
};

} // namespace Jiandu
