#include "openaiasr.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {
constexpr qint64 kMaxAnswerBytes = 64LL << 20;

QHttpPart field(const QString &name, const QString &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   u"form-data; name=\"%1\""_s.arg(name));
    part.setBody(value.toUtf8());
    return part;
}
} // namespace

QString OpenAiAsrEngine::displayName() const
{
    return tr("OpenAI-compatible service (faster-whisper, whisper.cpp, FunASR …)");
}

AsrJob *OpenAiAsrEngine::transcribe(const QString &wavPath, const AsrSettings &settings,
                                    QObject *parent)
{
    return new OpenAiAsrJob(wavPath, settings, parent);
}

QUrl OpenAiAsrEngine::transcriptionUrl(const QUrl &endpoint)
{
    QUrl url = endpoint;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = u"/v1/audio/transcriptions"_s;
    else if (path.endsWith(u"/v1"_s))
        path += u"/audio/transcriptions"_s;
    url.setPath(path);
    return url;
}

OpenAiAsrJob::OpenAiAsrJob(const QString &wavPath, const AsrSettings &settings, QObject *parent)
    : AsrJob(parent)
    , m_wavPath(wavPath)
    , m_settings(settings)
{
    // Started from the event loop, so the caller has set the callbacks first.
    QTimer::singleShot(0, this, &OpenAiAsrJob::start);
}

void OpenAiAsrJob::start()
{
    if (m_cancelled)
        return;
    const QUrl url = OpenAiAsrEngine::transcriptionUrl(m_settings.endpoint);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        finish(Error{tr("The speech recognition address “%1” is not an http(s) address.")
                         .arg(m_settings.endpoint.toString()),
                     {},
                     u"bad-settings"_s});
        return;
    }
    auto *file = new QFile(m_wavPath);
    if (!file->open(QIODevice::ReadOnly)) {
        finish(Error{tr("The recording's sound cannot be read: %1").arg(file->errorString()),
                     {},
                     u"unreadable"_s});
        delete file;
        return;
    }
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart audio;
    audio.setHeader(
        QNetworkRequest::ContentDispositionHeader,
        u"form-data; name=\"file\"; filename=\"%1\""_s.arg(QFileInfo(m_wavPath).fileName()));
    audio.setHeader(QNetworkRequest::ContentTypeHeader, u"audio/wav"_s);
    audio.setBodyDevice(file);
    file->setParent(multipart);
    multipart->append(audio);
    if (!m_settings.model.isEmpty())
        multipart->append(field(u"model"_s, m_settings.model));
    if (!m_settings.language.isEmpty())
        multipart->append(field(u"language"_s, m_settings.language));
    multipart->append(field(u"response_format"_s, u"verbose_json"_s));
    multipart->append(field(u"timestamp_granularities[]"_s, u"segment"_s));

    QNetworkRequest request(url);
    request.setTransferTimeout(m_settings.timeoutSeconds * 1000);
    if (!m_settings.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    m_reply = m_network.post(request, multipart);
    multipart->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent < total)
            report(double(sent) / double(total), tr("Sending the sound"));
        else if (total > 0)
            report(-1, tr("The service is recognising the speech"));
    });
    // An answer larger than any transcript is not read to its end.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > kMaxAnswerBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &OpenAiAsrJob::done);
}

void OpenAiAsrJob::done()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QString where = reply->url().toString(QUrl::RemoveUserInfo);
    if (m_cancelled) {
        finish(Error{tr("Cancelled."), {}, u"cancelled"_s});
        return;
    }
    if (m_tooLarge) {
        finish(Error{tr("The speech recognition service at %1 answered with more than %2 MB: "
                        "that is not a transcript.")
                         .arg(where)
                         .arg(kMaxAnswerBytes >> 20),
                     {},
                     u"too-large"_s});
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->read(kMaxAnswerBytes) : QByteArray();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        finish(Error{tr("The speech recognition service at %1 did not answer within %2 s.")
                         .arg(where)
                         .arg(m_settings.timeoutSeconds),
                     reply->errorString(), u"timeout"_s});
        return;
    }
    if (status == 0) {
        finish(Error{tr("The speech recognition service at %1 cannot be reached. Is it running, "
                        "and is the address right?")
                         .arg(where),
                     reply->errorString(), u"unreachable"_s});
        return;
    }
    if (status != 200) {
        // OpenAI-style {"error": {"message": …}} or {"detail": …}; else the body's start.
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QString said = o.value(u"error"_s).toObject().value(u"message"_s).toString();
        if (said.isEmpty())
            said = o.value(u"error"_s).toString();
        if (said.isEmpty())
            said = o.value(u"detail"_s).toVariant().toString();
        if (said.isEmpty())
            said = QString::fromUtf8(body.left(200)).simplified();
        finish(Error{tr("The speech recognition service refused the sound (HTTP %1): %2")
                         .arg(status)
                         .arg(said.left(300)),
                     where, status == 401 || status == 403 ? u"unauthorised"_s : u"refused"_s});
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (!answer.contains(u"segments"_s) && answer.value(u"text"_s).isString()) {
        finish(Error{tr("The service answered with text but no times; Jiandu needs "
                        "response_format=verbose_json, which this service does not offer."),
                     where, u"no-times"_s});
        return;
    }
    auto transcript = Transcript::parse(body, tr("The service's answer"));
    if (!transcript) {
        Error error = transcript.error();
        error.detail = where;
        finish(error);
        return;
    }
    finish(transcript);
}

void OpenAiAsrJob::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else
        finish(Error{tr("Cancelled."), {}, u"cancelled"_s});
}

} // namespace Jiandu::Review
