#include "funasrasr.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {
constexpr qint64 kWavHeaderBytes = 44;
}

QString FunAsrEngine::displayName() const
{
    return tr("FunASR runtime (WebSocket)");
}

AsrJob *FunAsrEngine::transcribe(const QString &wavPath, const AsrSettings &settings,
                                 QObject *parent)
{
    return new FunAsrJob(wavPath, settings, parent);
}

FunAsrJob::FunAsrJob(const QString &wavPath, const AsrSettings &settings, QObject *parent)
    : AsrJob(parent)
    , m_wavPath(wavPath)
    , m_settings(settings)
    , m_wav(wavPath)
{
    m_socket.setMaxAllowedIncomingMessageSize(64 << 20); // no transcript is larger
    m_socket.setMaxAllowedIncomingFrameSize(64 << 20);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_settings.timeoutSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        fail(tr("The FunASR service at %1 did not answer within %2 s.")
                 .arg(m_settings.endpoint.toString())
                 .arg(m_settings.timeoutSeconds),
             {}, u"timeout"_s);
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_idle.start();
        const QJsonObject opening{
            {u"mode"_s, u"offline"_s},   {u"wav_name"_s, QFileInfo(m_wavPath).completeBaseName()},
            {u"wav_format"_s, u"pcm"_s}, {u"audio_fs"_s, 16000},
            {u"is_speaking"_s, true},    {u"itn"_s, true},
            {u"hotwords"_s, u""_s}};
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(opening).toJson(QJsonDocument::Compact)));
        sendMore();
    });
    connect(&m_socket, &QWebSocket::bytesWritten, this, [this] {
        m_idle.start();
        sendMore();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &FunAsrJob::answered);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                fail(tr("The FunASR service at %1 cannot be reached or broke off: %2")
                         .arg(m_settings.endpoint.toString(), m_socket.errorString()),
                     {}, u"unreachable"_s);
            });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        fail(tr("The FunASR service at %1 closed the connection before it answered.")
                 .arg(m_settings.endpoint.toString()),
             m_socket.closeReason(), u"unreachable"_s);
    });
    QTimer::singleShot(0, this, &FunAsrJob::start);
}

void FunAsrJob::start()
{
    if (m_cancelled)
        return;
    const QUrl url = m_settings.endpoint;
    if (!url.isValid() || (url.scheme() != u"ws"_s && url.scheme() != u"wss"_s)) {
        finish(Error{
            tr("The FunASR address “%1” is not a ws:// or wss:// address.").arg(url.toString()),
            {},
            u"bad-settings"_s});
        return;
    }
    if (!m_wav.open(QIODevice::ReadOnly) || !m_wav.seek(kWavHeaderBytes)) {
        finish(Error{tr("The recording's sound cannot be read: %1").arg(m_wav.errorString()),
                     {},
                     u"unreadable"_s});
        return;
    }
    m_total = std::max<qint64>(0, m_wav.size() - kWavHeaderBytes);
    m_idle.start();
    m_socket.open(url);
}

void FunAsrJob::sendMore()
{
    if (m_allSent || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    // A little at a time: the socket's buffer is not the place for hours of sound.
    while (m_sent < m_total && m_socket.bytesToWrite() < kInFlightBytes) {
        const QByteArray chunk = m_wav.read(kChunkBytes);
        if (chunk.isEmpty()) {
            fail(tr("The recording's sound cannot be read: %1").arg(m_wav.errorString()), {},
                 u"unreadable"_s);
            return;
        }
        m_socket.sendBinaryMessage(chunk);
        m_sent += chunk.size();
        report(double(m_sent) / double(std::max<qint64>(1, m_total)), tr("Sending the sound"));
    }
    if (m_sent >= m_total) {
        m_allSent = true;
        m_socket.sendTextMessage(u"{\"is_speaking\": false}"_s);
        report(-1, tr("The service is recognising the speech"));
    }
}

void FunAsrJob::answered(const QString &message)
{
    m_idle.start();
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    // Partial results (2pass/online modes) are not the final answer.
    if (o.contains(u"is_final"_s) && !o.value(u"is_final"_s).toBool() &&
        o.value(u"mode"_s).toString() != u"offline"_s)
        return;
    auto transcript = Transcript::parse(message.toUtf8(), tr("The FunASR service's answer"));
    m_idle.stop();
    m_socket.disconnect(this);
    m_socket.close();
    finish(transcript);
}

void FunAsrJob::fail(const QString &message, const QString &detail, const QString &code)
{
    m_idle.stop();
    m_socket.disconnect(this);
    m_socket.abort();
    finish(Error{m_cancelled ? tr("Cancelled.") : message, detail,
                 m_cancelled ? u"cancelled"_s : code});
}

void FunAsrJob::cancel()
{
    m_cancelled = true;
    fail(tr("Cancelled."), {}, u"cancelled"_s);
}

} // namespace Jiandu::Review
