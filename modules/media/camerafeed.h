#pragma once

#include "mediaexport.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <memory>

struct _GstElement;

namespace Jiandu {

//! One connection to a live camera, shared by everything that uses the camera: the tile's
//! picture, its sound, the continuous recording and a snapshot read the same RTSP session
//! instead of each opening its own (cameras allow few sessions, and each one costs the
//! camera's uplink). The feed receives the camera's streams parsed, not decoded, and hands
//! every sample to the consumers attached to it: an `appsrc` each, at the head of a pipeline
//! of their own that runs on the feed's clock and base time, so a time means the same in all
//! of them. A consumer that joins late first gets the pictures since the last key frame, so
//! it shows (or records) at once instead of waiting for the next one.
//!
//! The feed reconnects with exponential backoff when the camera does not answer, drops,
//! stalls or sends garbage. Consumers build their pipelines on sessionStarted and let go on
//! sessionEnded; a sound the workstation cannot parse is dropped without taking the picture
//! down. Lives on the thread that made it (the UI thread); samples are handed over on
//! GStreamer's streaming threads.
class JIANDU_MEDIA_EXPORT CameraFeed : public QObject
{
    Q_OBJECT
public:
    enum class State { Invalid = 0, Stopped, Connecting, Playing, Reconnecting };
    Q_ENUM(State)
    enum class Track { Video, Audio };

    struct Options
    {
        int latencyMs = 100;       //!< rtspsrc jitter buffer (its default is 2000)
        int stallTimeoutMs = 3000; //!< no data for this long while playing: reconnect
        int connectTimeoutMs = 8000;
        int firstBackoffMs = 500;
        int maxBackoffMs = 10000;
        //! The pictures since the last key frame kept for consumers that join late; a group
        //! of pictures longer than this is not kept (they then wait for the next key frame).
        qint64 keyframeCacheBytes = 16LL * 1024 * 1024;
    };

    //! Starts connecting to \a url (rtsp:// or rtsps://) at once.
    explicit CameraFeed(const QUrl &url, const Options &options, QObject *parent = nullptr);
    explicit CameraFeed(const QUrl &url, QObject *parent = nullptr);
    ~CameraFeed() override;

    //! Whether \a url is a live camera a feed can be shared for.
    static bool canShare(const QUrl &url);
    //! A feed for \a url owned by those who hold it: the last one letting go closes the
    //! connection at once and deletes the feed from the event loop, so it may happen inside
    //! one of the feed's own signals (a tile closed because its camera dropped).
    static std::shared_ptr<CameraFeed> share(const QUrl &url, const Options &options);
    static std::shared_ptr<CameraFeed> share(const QUrl &url);

    QUrl url() const { return m_url; }
    State state() const { return m_state; }
    const Options &options() const { return m_options; }
    //! Why the last attempt failed, in the operator's words.
    QString lastError() const { return m_lastError; }
    int reconnects() const { return m_reconnects; }
    //! When the next attempt starts while Reconnecting, in ms from now.
    int nextAttemptInMs() const { return m_retry.isActive() ? m_retry.remainingTime() : 0; }
    //! The session (connection) delivering now; 0 while none does. A new number per reconnect.
    quint64 session() const { return m_state == State::Playing ? m_session : 0; }
    //! Puts \a consumer (a pipeline, not yet playing) on the session's clock and base time.
    //! False while no session delivers.
    bool synchronize(_GstElement *consumer) const;
    //! Hands \a track's samples to \a appsrc until detach() or the session ends; video starts
    //! with the pictures since the last key frame (or, when none are kept, the next key
    //! frame). False when \a session is not the one delivering (the consumer was built for an
    //! earlier one, and waits for sessionStarted).
    bool attach(Track track, _GstElement *appsrc, quint64 session);
    void detach(_GstElement *appsrc);
    //! The appsrcs attached now (each tile, sound and recording reading this camera).
    int consumers() const;
    //! The pictures kept since the last key frame: what a consumer attached now gets first.
    int picturesSinceKeyframe() const;
    //! The camera's sound could not be parsed here (an unsupported codec): no sound, said why.
    QString soundProblem() const { return m_soundProblem; }

Q_SIGNALS:
    void stateChanged(Jiandu::CameraFeed::State state);
    //! A session delivers: consumers (re)build their pipelines and attach.
    void sessionStarted();
    //! The session was lost (\a reason in words); everything attached to it is detached. A
    //! new attempt follows after the backoff.
    void sessionEnded(const QString &reason);

private:
    void openPipeline();
    void attachPipeline(_GstElement *pipeline);
    void closePipeline();
    void fail(const QString &reason);
    void setState(State state);
    void checkProgress();
    void onFirstData(quint64 generation);

    struct Session; // what the streaming threads share with this object
    std::shared_ptr<Session> m_current;
    QUrl m_url;
    Options m_options;
    State m_state = State::Stopped;
    QString m_lastError;
    QString m_soundProblem;
    int m_backoffMs = 0;
    int m_reconnects = 0;
    quint64 m_session = 0;
    std::atomic<quint64> m_generation{0};
    qint64 m_attemptStartedMs = 0;
    QTimer m_retry;
    QTimer m_watchdog;
};

} // namespace Jiandu
