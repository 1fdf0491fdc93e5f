#include "shareclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>
#include <core/sharesignature.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {

constexpr char kPinMismatch[] = "jianduPinMismatch";

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

bool retryable(const Error &error)
{
    return error.code != u"certificate-changed"_s && error.code != u"refused"_s &&
           error.code != u"bad-request"_s;
}

} // namespace

struct ShareClient::Request
{
    ShareFeed feed;
    qint64 startMs;
    qint64 endMs;
    std::function<void(Result<SharePage>)> done;
    int attempt = 0;
    quint64 generation = 0;
    QString usedToken;
};

ShareClient::ShareClient(ShareEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

ShareClient::~ShareClient() = default;

void ShareClient::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = std::max(1, firstMs);
    m_maxBackoffMs = std::max(m_firstBackoffMs, maxMs);
}

QString ShareClient::timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 8 * 3600)
        .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

void ShareClient::abort()
{
    ++m_generation;
    m_waitingForToken.clear();
    m_tokenRequested = false;
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

QNetworkReply *ShareClient::post(const QString &path, const QByteArray &body)
{
    QNetworkRequest request(m_endpoint.server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_network->post(request, body);
    if (!m_endpoint.pinnedSha256.isEmpty()) {
        const QByteArray pin = m_endpoint.pinnedSha256;
        const auto matchesPin = [pin](QNetworkReply *r) {
            const QSslCertificate peer = r->sslConfiguration().peerCertificate();
            return !peer.isNull() &&
                   QCryptographicHash::hash(peer.toDer(), QCryptographicHash::Sha256) == pin;
        };
        // A pinned certificate is trusted for itself (a site's own, often self-signed);
        // any other is refused even if a CA vouches for it.
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
    }
    return reply;
}

std::optional<Error> ShareClient::transportError(QNetworkReply *reply) const
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
                QString::fromLatin1(m_endpoint.pinnedSha256.toHex())),
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
                 m_endpoint.server.toString(), u"network"_s};
}

void ShareClient::page(ShareFeed feed, qint64 startMs, qint64 endMs,
                       std::function<void(Result<SharePage>)> done)
{
    auto request = std::make_shared<Request>();
    request->feed = feed;
    request->startMs = startMs;
    request->endMs = endMs;
    request->done = std::move(done);
    request->generation = m_generation;
    send(request);
}

void ShareClient::send(std::shared_ptr<Request> request)
{
    withToken([this, request](Result<QString> token) {
        if (request->generation != m_generation)
            return;
        if (!token) {
            if (retryable(token.error()))
                retryLater(request, token.error());
            else
                request->done(token.error());
            return;
        }
        request->usedToken = *token;
        const QByteArray body = form({{u"startDateTime"_s, timeText(request->startMs)},
                                      {u"endDateTime"_s, timeText(request->endMs)},
                                      {u"jwtToken"_s, *token}});
        ++m_statistics.requests;
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = post(shareFeedInfo(request->feed).path, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, request, timer] {
            if (request->generation != m_generation)
                return;
            m_statistics.requestMs += timer.elapsed();
            const QByteArray answer = reply->readAll();
            m_statistics.bytes += answer.size();
            const auto transport = transportError(reply);
            if (transport && answer.isEmpty()) {
                if (retryable(*transport))
                    retryLater(request, *transport);
                else
                    request->done(*transport);
                return;
            }
            QElapsedTimer parsing;
            parsing.start();
            Result<SharePage> page = SharePageReader::read(request->feed, answer);
            m_statistics.parseMs += parsing.elapsed();
            if (!page) {
                retryLater(request, transport ? *transport : page.error());
                return;
            }
            switch (page->code) {
            case SharePage::Ok:
                request->done(std::move(page));
                return;
            case SharePage::TokenExpired:
            case SharePage::Unauthorized:
                // A new token, then the same page again. A key the centre disabled is
                // refused at the token request, which ends it.
                if (m_token == request->usedToken)
                    m_token.clear();
                retryLater(request, Error{tr("The share token expired; a new one is taken."),
                                          page->message, u"token"_s});
                return;
            case SharePage::RateLimited:
                ++m_statistics.rateLimited;
                retryLater(request, Error{tr("The server limits the request rate; waiting."),
                                          page->message, u"rate-limited"_s});
                return;
            case SharePage::BadParameters:
                request->done(Error{tr("The server refused the request: %1").arg(page->message),
                                    u"code 10"_s, u"bad-request"_s});
                return;
            default:
                retryLater(request, Error{tr("The server could not answer: %1").arg(page->message),
                                          u"code %1"_s.arg(page->code), u"server"_s});
                return;
            }
        });
    });
}

void ShareClient::withToken(std::function<void(Result<QString>)> then)
{
    if (!m_token.isEmpty()) {
        then(m_token);
        return;
    }
    m_waitingForToken.append(std::move(then));
    if (!m_tokenRequested)
        requestToken();
}

void ShareClient::requestToken()
{
    m_tokenRequested = true;
    const QString timestamp =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).toString(u"yyyyMMddHHmmss"_s);
    const QString sign = ShareSignature::compute(
        {{u"key"_s, m_endpoint.key}, {u"timestamp"_s, timestamp}}, m_endpoint.secret);
    ++m_statistics.tokens;
    QNetworkReply *reply =
        post(u"/api/openapi/token/get"_s,
             form({{u"key"_s, m_endpoint.key}, {u"timestamp"_s, timestamp}, {u"sign"_s, sign}}));
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        m_tokenRequested = false;
        const QByteArray answer = reply->readAll();
        Result<QString> token = [&]() -> Result<QString> {
            const auto transport = transportError(reply);
            if (transport && answer.isEmpty())
                return *transport;
            int code = 0;
            Result<QString> read = SharePageReader::readToken(answer, &code);
            if (!read && transport)
                return *transport;
            return read;
        }();
        if (token)
            m_token = *token;
        const auto waiting = std::exchange(m_waitingForToken, {});
        for (const auto &then : waiting)
            then(token);
    });
}

void ShareClient::retryLater(std::shared_ptr<Request> request, const Error &why)
{
    ++request->attempt;
    if (request->attempt >= m_maxAttempts) {
        Error error = why;
        error.message += u" "_s + tr("Gave up after %n attempts.", nullptr, request->attempt);
        request->done(error);
        return;
    }
    ++m_statistics.retries;
    // A token that expired is replaced at once; anything else waits, longer each time, with
    // a little randomness so that many clients do not come back together.
    int pauseMs = 0;
    if (why.code != u"token"_s) {
        const qint64 base = qint64(m_firstBackoffMs) << std::min(request->attempt - 1, 16);
        pauseMs = int(std::min<qint64>(base, m_maxBackoffMs));
        pauseMs += int(QRandomGenerator::global()->bounded(pauseMs / 4 + 1));
    }
    emit retrying(why.text(), request->attempt, pauseMs);
    QTimer::singleShot(pauseMs, this, [this, request] {
        if (request->generation == m_generation)
            send(request);
    });
}

} // namespace Jiandu::Sync
