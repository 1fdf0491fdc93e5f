#pragma once

#include <QFile>
#include <QObject>
#include <QTimer>
#include <QWebSocket>
#include <review/asr/asrengine.h>

namespace Jiandu::Review {

//! FunASR's runtime server (funasr-runtime-sdk, WebSocket, offline file transcription): a
//! JSON opening ({"mode": "offline", "wav_format": "pcm", "audio_fs": 16000, …}), the PCM in
//! binary frames, {"is_speaking": false}, then one answer with the text and its sentences'
//! times (stamp_sents) or per-character timestamps.
class FunAsrEngine : public QObject, public AsrEngine
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Jiandu_Review_AsrEngine_iid FILE "funasr.json")
    Q_INTERFACES(Jiandu::Review::AsrEngine)

public:
    QString id() const override { return QStringLiteral("funasr"); }
    QString displayName() const override;
    AsrJob *transcribe(const QString &wavPath, const AsrSettings &settings,
                       QObject *parent) override;
};

class FunAsrJob : public AsrJob
{
    Q_OBJECT

public:
    FunAsrJob(const QString &wavPath, const AsrSettings &settings, QObject *parent);
    void cancel() override;

    static constexpr qint64 kChunkBytes = 64 * 1024; //!< 2 s of sound a frame
    static constexpr qint64 kInFlightBytes = 1 << 20;

private:
    void start();
    void sendMore();
    void answered(const QString &message);
    void fail(const QString &message, const QString &detail, const QString &code);

    QString m_wavPath;
    AsrSettings m_settings;
    QWebSocket m_socket;
    QFile m_wav;
    QTimer m_idle; //!< nothing moving for the timeout: the service is gone
    qint64 m_total = 0;
    qint64 m_sent = 0;
    bool m_allSent = false;
    bool m_cancelled = false;
};

} // namespace Jiandu::Review
