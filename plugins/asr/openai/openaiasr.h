#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <review/asr/asrengine.h>

class QFile;
class QNetworkReply;

namespace Jiandu::Review {

//! The OpenAI-compatible transcription endpoint, served by faster-whisper-server, whisper.cpp's
//! server, FunASR's OpenAI API and others: the WAV posted as multipart form data with
//! response_format=verbose_json, the timed segments read from the answer.
class OpenAiAsrEngine : public QObject, public AsrEngine
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID Jiandu_Review_AsrEngine_iid FILE "openai.json")
    Q_INTERFACES(Jiandu::Review::AsrEngine)

public:
    QString id() const override { return QStringLiteral("openai"); }
    QString displayName() const override;
    AsrJob *transcribe(const QString &wavPath, const AsrSettings &settings,
                       QObject *parent) override;

    //! The transcription URL for \a endpoint: /v1/audio/transcriptions added to a bare server
    //! address or to one ending in /v1.
    static QUrl transcriptionUrl(const QUrl &endpoint);
};

class OpenAiAsrJob : public AsrJob
{
    Q_OBJECT

public:
    OpenAiAsrJob(const QString &wavPath, const AsrSettings &settings, QObject *parent);
    void cancel() override;

private:
    void start();
    void done();

    QString m_wavPath;
    AsrSettings m_settings;
    QNetworkAccessManager m_network;
    QNetworkReply *m_reply = nullptr;
    bool m_cancelled = false;
    bool m_tooLarge = false;
};

} // namespace Jiandu::Review
