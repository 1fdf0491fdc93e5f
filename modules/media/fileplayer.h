#pragma once

#include "mediaexport.h"

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QString>
#include <memory>

namespace Jiandu {

//! A recording file played with its sound, as a legal officer reviews an interrogation: any
//! container and codec GStreamer decodes, seeks that land on the frame asked for (not the
//! keyframe before it), speed 0.5–2× with the voice's pitch kept (scaletempo), pictures
//! handed to the UI as they are due. Opening, seeking and playing never block the caller;
//! what fails is said in words through failed().
class JIANDU_MEDIA_EXPORT FilePlayer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString audioSink = QStringLiteral("autoaudiosink"); //!< tests: "fakesink sync=true"
        QSize frameSize;                                     //!< invalid: as recorded
    };
    static constexpr double kMinRate = 0.5;
    static constexpr double kMaxRate = 2.0;

    explicit FilePlayer(QObject *parent = nullptr);
    ~FilePlayer() override;

    //! Opens \a path paused on its first frame; opened() or failed() follows.
    void open(const QString &path, const Options &options);
    void open(const QString &path) { open(path, Options()); }
    void close();

    void play();
    void pause();
    //! To \a ms from the file's start, exactly; a frame() at or just after it follows.
    void seek(qint64 ms);
    //! Clamped to [kMinRate, kMaxRate]; the voice keeps its pitch.
    void setRate(double rate);
    void setMuted(bool muted);

    bool isOpen() const;
    bool isPlaying() const { return m_playing; }
    double rate() const { return m_rate; }
    qint64 durationMs() const { return m_durationMs; }
    //! Where playback is now (the pipeline's position), or the last seek while it settles.
    qint64 positionMs() const;
    bool hasVideo() const { return m_hasVideo; }
    bool hasAudio() const { return m_hasAudio; }
    QString path() const { return m_path; }
    //! When the recording began, as its container says (Matroska DateUTC, MP4 creation time);
    //! invalid when it does not say.
    QDateTime recordedAt() const { return m_recordedAt; }

Q_SIGNALS:
    void opened();
    void failed(const QString &reason);
    //! A picture and its time in the file; only the newest is delivered when the UI is busy.
    void frame(const QImage &image, qint64 atMs);
    void finished(); //!< played to the end
    void stateChanged();

public:
    struct Pipeline; //!< what the pipeline's threads share with the player

private:
    void onAsyncDone();
    void onError(const QString &reason);
    void onEos();
    void onRecordedAt(const QDateTime &at);
    void applySeek(qint64 ms);

    std::shared_ptr<Pipeline> d;
    QString m_path;
    bool m_playing = false;
    bool m_ready = false;
    bool m_hasVideo = false;
    bool m_hasAudio = false;
    bool m_muted = false;
    double m_rate = 1.0;
    qint64 m_durationMs = -1;
    qint64 m_pendingSeekMs = -1;
    qint64 m_lastSeekMs = 0;
    QDateTime m_recordedAt;
};

} // namespace Jiandu
