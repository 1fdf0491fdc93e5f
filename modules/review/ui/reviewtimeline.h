#pragma once

#include "../reviewsession.h"

#include <QWidget>

namespace Jiandu::Review {

//! The recording's length as a strip: where each pair was said (green, blue by hand, pale
//! when unsure), what was said and not written (red), the bookmarks and the playhead.
//! A click seeks; hovering names what is there.
class ReviewTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewTimeline(const ReviewSession &session, QWidget *parent = nullptr);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    QSize sizeHint() const override { return {400, 34}; }

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    qint64 msAt(int x) const;
    int xAt(qint64 ms) const;
    qint64 length() const;

    const ReviewSession &m_session;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
};

} // namespace Jiandu::Review
