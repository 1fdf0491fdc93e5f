#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

namespace Jiandu {

//! The playback timeline: one row per camera with its recorded stretches (gaps stay empty),
//! bookmarks (findings) as markers, and the playback position. Click or drag to seek; the
//! wheel zooms (1 minute to 24 hours) around the pointer.
class TimelineWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(qint64 position READ position)
    Q_PROPERTY(int bookmarkCount READ bookmarkCount)
    Q_PROPERTY(int recordedStretches READ recordedStretches)
public:
    struct Track
    {
        QString label;
        QList<QPair<qint64, qint64>> recorded; //!< (start, end) in ms
    };
    struct Bookmark
    {
        qint64 timeMs = 0;
        QString text;
    };

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setWindow(qint64 fromMs, qint64 toMs);
    qint64 windowFrom() const { return m_fromMs; }
    qint64 windowTo() const { return m_toMs; }
    void setTracks(const QList<Track> &tracks);
    void setBookmarks(const QList<Bookmark> &bookmarks);
    void setPosition(qint64 ms);
    qint64 position() const { return m_positionMs; }
    int bookmarkCount() const { return int(m_bookmarks.size()); }
    int recordedStretches() const;
    //! The time under x (widget coordinates).
    qint64 timeAt(int x) const;
    int xOf(qint64 ms) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void seekRequested(qint64 ms);
    void windowChanged(qint64 fromMs, qint64 toMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect barArea() const;

    qint64 m_fromMs = 0;
    qint64 m_toMs = 3600000;
    qint64 m_positionMs = 0;
    QList<Track> m_tracks;
    QList<Bookmark> m_bookmarks;
};

} // namespace Jiandu
