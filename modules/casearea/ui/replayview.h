#pragma once

#include "../data/trackrepository.h"
#include "planpainter.h"

#include <QWidget>

namespace Jiandu {

//! 历史轨迹: the plan at one moment of the past, as the kept history says — everyone in the
//! room they were in then (the subject red, officers blue, other subjects grey), the subject's
//! room outlined. The history page moves the moment with its slider.
class ReplayView : public QWidget
{
    Q_OBJECT

public:
    ReplayView(const CaseArea::FloorPlan &plan, QWidget *parent = nullptr);

    //! The history to replay, \a subjectTag's person highlighted; \a names: tag → name.
    void setHistory(QList<TrackRepository::Row> rows, const QString &subjectTag,
                    QHash<QString, QString> names, QSet<QString> officers);
    void setTime(qint64 ms);
    qint64 time() const { return m_timeMs; }
    //! The room \a tag is in at the current moment (empty: not known).
    QString roomOf(const QString &tag) const { return m_rooms.value(tag); }

    QSize sizeHint() const override { return {640, 400}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const CaseArea::FloorPlan &m_plan;
    PlanPainter m_painter;
    QList<TrackRepository::Row> m_rows;
    QString m_subject;
    QHash<QString, QString> m_names;
    QSet<QString> m_officers;
    qint64 m_timeMs = 0;
    QHash<QString, QString> m_rooms; //!< tag → room at m_timeMs
};

} // namespace Jiandu
