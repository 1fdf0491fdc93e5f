#pragma once

#include "mediaexport.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <memory>

namespace Jiandu {

class CameraFeed;

//! 同步监听: the sound of a camera's channel, on its own low-latency RTSP session so the
//! picture is never held up by it. Reports the level (for a meter on the tile) whether or
//! not it is muted; a camera without sound, or a workstation without an audio output, is
//! said in words, never silently. Started from a CameraFeed it plays the sound of the
//! feed's shared connection instead (and follows the feed's reconnects).
class JIANDU_MEDIA_EXPORT AudioMonitor : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString sink = QStringLiteral("autoaudiosink"); //!< GStreamer sink (tests: fakesink)
        int latencyMs = 150;
        int noSoundTimeoutMs = 6000; //!< no sound for this long: the camera has none
    };

    explicit AudioMonitor(QObject *parent = nullptr);
    ~AudioMonitor() override;

    void start(const QUrl &url, const Options &options);
    void start(const QUrl &url) { start(url, Options{}); }
    void start(std::shared_ptr<CameraFeed> feed, const Options &options);
    void stop();
    bool isRunning() const { return m_running; }
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    //! Peak level of the last 100 ms, in dB (0 = full scale, about -100 = silence).
    void levelChanged(double peakDb);
    void failed(const QString &reason);

private:
    //! Stops what ran and takes \a options; false (said why) without a media engine.
    bool begin(const Options &options);
    void openPipeline(const QString &head);
    void openFromFeed();
    void closePipeline();
    void fail(const QString &reason);
    void onLevel(double peakDb);

    struct Pipeline;
    std::unique_ptr<Pipeline> d;
    std::shared_ptr<CameraFeed> m_feed;
    Options m_options;
    bool m_running = false;
    bool m_muted = false;
    bool m_heard = false;
    QString m_lastError;
    QTimer m_noSound;
    std::atomic<quint64> m_generation{0};
};

} // namespace Jiandu
