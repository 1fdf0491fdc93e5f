#include "centraltransport.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {
constexpr char kPinMismatch[] = "jianduPinMismatch";
} // namespace

CentralTransport::CentralTransport(QUrl server, QByteArray pinnedSha256, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_pinnedSha256(std::move(pinnedSha256))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

int CentralTransport::backoffMs(int attempt, int firstMs, int maxMs)
{
    const qint64 base = qint64(std::max(1, firstMs)) << std::clamp(attempt - 1, 0, 16);
    const int pause = int(std::min<qint64>(base, std::max(firstMs, maxMs)));
    return pause + int(QRandomGenerator::global()->bounded(pause / 4 + 1));
}

void CentralTransport::abort()
{
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

QNetworkReply *CentralTransport::post(const QString &path, const QByteArray &body,
                                      const QByteArray &contentType, const QString &bearer)
{
    QNetworkRequest request(m_server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    return watch(m_network->post(request, body));
}

QNetworkReply *CentralTransport::get(const QString &path, const QString &bearer)
{
    QNetworkRequest request(m_server.resolved(QUrl(path)));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    return watch(m_network->get(request));
}

QNetworkReply *CentralTransport::watch(QNetworkReply *reply)
{
    if (m_pinnedSha256.isEmpty())
        return reply;
    const QByteArray pin = m_pinnedSha256;
    const auto matchesPin = [pin](QNetworkReply *r) {
        const QSslCertificate peer = r->sslConfiguration().peerCertificate();
        return !peer.isNull() &&
               QCryptographicHash::hash(peer.toDer(), QCryptographicHash::Sha256) == pin;
    };
    // A pinned certificate is trusted for itself (a site's own, often self-signed); any
    // other is refused even if a CA vouches for it.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, matchesPin] {
        if (matchesPin(reply))
            reply->ignoreSslErrors();
        else
            reply->setProperty(kPinMismatch, true);
    });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, matchesPin] {
        if (!matchesPin(reply)) {
            reply->setProperty(kPinMismatch, true);
            reply->abort();
        }
    });
    return reply;
}

std::optional<Error> CentralTransport::transportError(QNetworkReply *reply) const
{
    if (reply->property(kPinMismatch).toBool()) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        return Error{
            tr("The server's certificate is not the one pinned in the settings: it "
               "was replaced, or something sits between this workstation and the "
               "server. Nothing was sent; ask the administrator before trusting the "
               "new certificate."),
            u"server certificate sha256 %1, pinned %2"_s.arg(
                QString::fromLatin1(
                    QCryptographicHash::hash(peer.toDer(), QCryptographicHash::Sha256).toHex()),
                QString::fromLatin1(m_pinnedSha256.toHex())),
            u"certificate-changed"_s};
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status < 500)
        return std::nullopt;
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return Error{tr("The server's certificate is not trusted by this workstation; pin it "
                        "in the settings or install the organisation's CA."),
                     reply->errorString(), u"certificate-changed"_s};
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return Error{tr("The server did not answer in time."), reply->errorString(), u"timeout"_s};
    if (status >= 500)
        return Error{tr("The server failed (HTTP %1).").arg(status), reply->errorString(),
                     u"server"_s};
    return Error{tr("The server cannot be reached: %1").arg(reply->errorString()),
                 m_server.toString(), u"network"_s};
}

} // namespace Jiandu::Sync
