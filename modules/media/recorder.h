#pragma once

#include "mediaexport.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <core/mediasegment.h>
#include <memory>

namespace Jiandu {

class CameraFeed;

//! Continuous recording of one camera into segments of a fixed length, without
//! re-encoding. When the camera drops, the segment in progress is closed at that moment
//! and recording resumes in a new segment when it is back: the gap stays visible in the
//! segment times instead of being hidden. When the disk fills up (or runs short of the
//! configured free space) recording stops and says so, instead of retrying forever. Started
//! from a CameraFeed it writes the feed's shared connection instead of opening its own, and
//! follows the feed's reconnects (a gap between segments for each outage).
class JIANDU_MEDIA_EXPORT Recorder : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString directory; //!< segments go to <directory>/<cameraId>/
        QString cameraId;
        int segmentSeconds = 60;
        int latencyMs = 200;
        int stallTimeoutMs = 3000; //!< no data for this long: the camera is gone
        int firstBackoffMs = 500;
        int maxBackoffMs = 10000;
        //! Below this much free space on the recordings volume, recording stops (0: never).
        qint64 minFreeBytes = 256LL * 1024 * 1024;
    };

    explicit Recorder(QObject *parent = nullptr);
    ~Recorder() override;

    void start(const QUrl &url, const Options &options);
    //! Records \a feed's pictures (its latency and reconnects are the feed's).
    void start(std::shared_ptr<CameraFeed> feed, const Options &options);
    //! Finishes the segment in progress (waits up to 3 s for it to be written) and stops.
    void stop();
    //! Like stop(), without waiting here: the segment in progress is finished on a worker
    //! thread (segmentClosed follows), then stopped() is emitted. For the UI thread.
    void stopInBackground();
    bool isRecording() const { return m_running; }
    //! A segment is being written now (the camera delivers), not only retrying to connect.
    bool isWriting() const { return !m_open.isEmpty(); }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void segmentClosed(const Jiandu::MediaSegment &segment);
    void failed(const QString &reason);
    //! The disk is full or cannot be written: recording has stopped for good (no retry);
    //! every segment closed before stays playable, the one in progress is kept as far as
    //! it was written.
    void storageFailed(const QString &reason);
    //! stopInBackground() is done: every segment was reported.
    void stopped();

private:
    void begin(const QUrl &url, const Options &options);
    void releaseFeed();
    void openPipeline();
    void closePipeline(bool finalize);
    void onFragmentOpened(const QString &path, qint64 startMs);
    void onFragmentClosed(const QString &path, qint64 endMs, bool complete);
    void fail(const QString &reason);
    void stopForStorage(const QString &reason);
    bool enoughFreeSpace();

    struct Pipeline;
    std::unique_ptr<Pipeline> d;
    std::shared_ptr<CameraFeed> m_feed;
    QUrl m_url;
    Options m_options;
    bool m_running = false;
    QString m_lastError;
    QHash<QString, qint64> m_open; // fragments being written → their start (wall ms)
    int m_backoffMs = 0;
    std::atomic<quint64> m_generation{0};
    std::atomic<qint64> m_lastDataMs{0};
    //! The stream's time: the last presentation time seen, and since when (wall ms) frames
    //! have come without it moving on (0: it moves).
    std::atomic<qint64> m_lastPtsNs{-1};
    std::atomic<qint64> m_timeStuckSinceMs{0};
    qint64 m_attemptStartedMs = 0;
    qint64 m_lastSpaceCheckMs = 0;
    QMutex m_keyframesMutex;
    QList<qint64> m_keyframes; // arrival times of keyframes not yet given to a segment
    QTimer m_retry;
    QTimer m_watchdog;
};

} // namespace Jiandu
