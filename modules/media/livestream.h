#pragma once

#include "mediaexport.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <memory>

struct _GstElement;

namespace Jiandu {

class CameraFeed;

//! One live camera: RTSP (or any URI GStreamer plays) decoded to frames of the size the tile
//! needs, delivered to the owner's thread. Reconnects with exponential backoff when the
//! camera does not answer, drops, stalls or sends garbage; never blocks the owner's thread
//! for longer than a pipeline state change. Started from a CameraFeed it decodes the feed's
//! shared connection (and follows its reconnects) instead of opening one of its own.
class JIANDU_MEDIA_EXPORT LiveStream : public QObject
{
    Q_OBJECT
public:
    enum class State { Invalid = 0, Stopped, Connecting, Playing, Reconnecting };
    Q_ENUM(State)

    struct Options
    {
        QSize frameSize{640,
                        360}; //!< frames are scaled to this (the tile's size); invalid: as sent
        int latencyMs = 100;  //!< rtspsrc jitter buffer (its default is 2000)
        int stallTimeoutMs = 3000; //!< no frame for this long while playing: reconnect
        int connectTimeoutMs = 8000;
        int firstBackoffMs = 500;
        int maxBackoffMs = 10000;
        //! Play a recording once at its own pace (instant replay): frames are shown in real
        //! time, and the end of the file ends the stream instead of a reconnect.
        bool playOnce = false;
    };

    explicit LiveStream(QObject *parent = nullptr);
    ~LiveStream() override;

    void start(const QUrl &url, const Options &options);
    void start(const QUrl &url);
    //! Decodes \a feed's pictures; the connection options are the feed's.
    void start(std::shared_ptr<CameraFeed> feed, const Options &options);
    void stop();

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    //! Why the last attempt failed, for the operator ("camera does not answer" …).
    QString lastError() const { return m_lastError; }
    //! The newest decoded frame (Format_RGB32); safe to call from the owner's thread.
    QImage latestFrame() const;
    qint64 framesReceived() const;
    //! Of those, the frames whose presentation time advanced past the frame before.
    qint64 timedFramesReceived() const;
    int reconnects() const { return m_reconnects; }
    //! When the next attempt starts while Reconnecting, in ms from now.
    int nextAttemptInMs() const { return m_retry.isActive() ? m_retry.remainingTime() : 0; }

Q_SIGNALS:
    //! A new frame is available; coalesced, so a slow receiver never queues a backlog.
    void frameReady();
    //! A playOnce stream reached its end.
    void ended();
    void stateChanged(Jiandu::LiveStream::State state);

private:
    void openPipeline();
    //! Connects a pipeline built on a worker and starts it (on the UI thread); takes it over.
    void attachPipeline(_GstElement *pipeline);
    void closePipeline();
    void fail(const QString &reason);
    void setState(State state);
    void checkProgress();

    struct Pipeline; // frame state shared with the streaming threads
    struct Link;     // one pipeline's callback data
    std::shared_ptr<Pipeline> d;
    std::shared_ptr<Link> m_link;
    std::shared_ptr<CameraFeed> m_feed;
    quint64 m_feedSession = 0; // the feed's session the pipeline being built is for
    QUrl m_url;
    Options m_options;
    State m_state = State::Stopped;
    QString m_lastError;
    int m_backoffMs = 0;
    int m_reconnects = 0;
    std::atomic<quint64> m_generation{0};
    qint64 m_attemptStartedMs = 0;
    QTimer m_retry;
    QTimer m_watchdog;
};

} // namespace Jiandu
