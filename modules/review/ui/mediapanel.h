#pragma once

#include "../data/interrogation.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace Jiandu {
class FilePlayer;
}

namespace Jiandu::Review {

//! One recording's picture, kept in proportion, with its name and what is wrong in words.
class VideoSurface : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(qint64 frameMs READ frameMs)
    Q_PROPERTY(QString notice READ notice)

public:
    explicit VideoSurface(const QString &name, QWidget *parent = nullptr);
    void setFrame(const QImage &frame, qint64 atMs);
    qint64 frameMs() const { return m_frameMs; } //!< −1 before the first picture
    void setNotice(const QString &notice);
    QString notice() const { return m_notice; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_name;
    QString m_notice;
    QImage m_frame;
    qint64 m_frameMs = -1;
};

//! An interrogation's recordings played in step (同录: several cameras, a separate sound):
//! the first with sound leads and is heard, the others follow it (each at its offset) and
//! are put back in step when they drift. Play, pause, speed 0.5–2× with the pitch kept.
class MediaPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MediaPanel(QWidget *parent = nullptr);
    ~MediaPanel() override;

    //! Opens \a recordings; \a audioSink for tests ("fakesink sync=true").
    void open(const QList<ReviewFile> &recordings, const QString &audioSink = {});
    void seek(qint64 ms);
    void play();
    void pause();
    void togglePlay();
    void setRate(double rate);
    bool isPlaying() const;
    qint64 position() const;
    qint64 duration() const { return m_durationMs; }
    //! The time of the picture last shown by the leading recording, −1 before any.
    qint64 lastFrameMs() const { return m_lastFrameMs; }
    int recordingCount() const { return int(m_players.size()); }
    //! The recording heard (the others follow it), and what it holds; null before open().
    const ReviewFile *leaderFile() const;
    bool leaderHasVideo() const;
    bool leaderHasAudio() const;

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    void frameShown(qint64 ms); //!< the leading recording showed the picture at \a ms
    void problem(const QString &text);
    //! When the leading recording really ran, as its container says.
    void recordingSpan(const QDateTime &start, const QDateTime &end);

private:
    void tick();
    void updateControls();
    void reportSpan();
    FilePlayer *leader() const;

    struct Track
    {
        FilePlayer *player;
        VideoSurface *surface;
        qint64 offsetMs;
        ReviewFile file;
    };
    QList<Track> m_players;
    QWidget *m_screens;
    QToolButton *m_play;
    QComboBox *m_speed;
    QLabel *m_time;
    QTimer *m_tick;
    qint64 m_durationMs = 0;
    qint64 m_lastFrameMs = -1;
    int m_leader = 0;
    bool m_spanReported = false;
};

} // namespace Jiandu::Review
