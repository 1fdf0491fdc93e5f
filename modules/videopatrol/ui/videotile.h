#pragma once

#include "../api/icamerastreams.h"

#include <QWidget>
#include <core/sitedescription.h>
#include <media/audiomonitor.h>
#include <media/livestream.h>
#include <optional>

class QTimer;
class QToolButton;

namespace Jiandu {

//! One live tile of the grid: the picture, a header with the camera's name and the
//! operator's buttons (with their names where the tile is wide, icons with tooltips where it
//! is narrow, the rest in a "⋯" menu), the connection state in words, the recording mark and
//! the operator's watermark. Accepts cameras dropped from the camera list.
class VideoTile : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString notice READ notice)
public:
    struct Watermark
    {
        QString operatorName;
        QString workstation;
    };

    VideoTile(int index, const Watermark &watermark, QWidget *parent = nullptr);

    //! Plays \a camera decoded at \a decodeSize; \a subStream: its low-resolution
    //! sub-stream (when it has one), as small tiles do.
    void showCamera(const SiteCamera &camera, QSize decodeSize, bool subStream = false);
    bool isOnSubStream() const { return m_subStream; }
    //! Decoding the camera's main stream as sent (full screen, an enlarged tile).
    bool isFullResolution() const { return !m_subStream && !m_decodeSize.isValid(); }
    //! 即时回放: plays \a recording (a clip of this camera) at its own pace, then goes back to
    //! live. The tile says it is a replay.
    void playReplay(const QString &recording);
    bool isReplaying() const { return m_replaying; }
    void clear();
    std::optional<SiteCamera> camera() const { return m_camera; }
    LiveStream &stream() { return m_stream; }
    //! Where the tile gets its cameras' shared connections; null: each opens its own.
    void setStreams(ICameraStreams *streams) { m_streams = streams; }
    //! Shows the tile's camera as being recorded (the record button and a red mark).
    void setRecording(bool recording);
    bool isRecording() const { return m_recording; }
    //! 同步监听: plays the camera's sound (only one tile does at a time: the grid sees to it).
    void setListening(bool on);
    bool isListening() const { return m_audio.isRunning(); }
    //! The state shown to the operator ("连接中…", "重连中：…", empty while playing).
    QString statusText() const;
    //! A message about this tile's camera, shown on the tile for a few seconds (e.g. why
    //! there is no replay) where the operator is looking.
    void showNotice(const QString &text);
    QString notice() const { return m_notice; }
    //! The operator's buttons; off on a video wall, which nobody operates.
    void setControlsShown(bool shown);
    //! The height of the header strip (name and buttons) along the top.
    int headerHeight() const;

    static QString mimeType();

signals:
    //! The tile shows another camera, or none.
    void cameraChanged();
    void snapshotRequested(Jiandu::VideoTile *tile);
    void recordToggled(Jiandu::VideoTile *tile, bool on);
    void clipRequested(Jiandu::VideoTile *tile);
    void replayRequested(Jiandu::VideoTile *tile);
    void maximizeToggled(Jiandu::VideoTile *tile);
    void listeningChanged(Jiandu::VideoTile *tile, bool on);
    void fullScreenRequested(Jiandu::VideoTile *tile);
    void sendToWallRequested(Jiandu::VideoTile *tile);
    //! Something the operator should know about this tile (e.g. the camera has no sound).
    void problem(const QString &title, const QString &message);
    void cameraDropped(Jiandu::VideoTile *tile, const QString &cameraId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_index;
    Watermark m_watermark;
    std::optional<SiteCamera> m_camera;
    ICameraStreams *m_streams = nullptr;
    LiveStream m_stream;
    AudioMonitor m_audio;
    double m_audioLevelDb = -100;
    QToolButton *m_snapshot;
    QToolButton *m_record;
    QToolButton *m_clip;
    QToolButton *m_replay;
    QToolButton *m_sound;
    QToolButton *m_fullScreen;
    QToolButton *m_toWall;
    QToolButton *m_close;
    QToolButton *m_more;            // "⋯": the buttons that do not fit
    QList<QToolButton *> m_buttons; // most needed first; the close button is apart
    bool m_controlsShown = true;
    int m_nameRight = 0; // where the name must end (the buttons start)
    QString m_notice;
    QTimer *m_noticeTimer = nullptr;
    bool m_recording = false;
    bool m_replaying = false;
    QSize m_decodeSize;
    bool m_subStream = false;
};

} // namespace Jiandu
