#include "shareclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QTimer>
#include <core/sharesignature.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {

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
    , m_transport(new CentralTransport(m_endpoint.server, m_endpoint.pinnedSha256, this))
{}

void ShareClient::setTimeout(int ms)
{
    m_transport->setTimeout(ms);
}

QNetworkReply *ShareClient::post(const QString &path, const QByteArray &form)
{
    return m_transport->post(path, form, "application/x-www-form-urlencoded");
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
    m_transport->abort();
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
            const auto transport = m_transport->transportError(reply);
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
            const auto transport = m_transport->transportError(reply);
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
    const int pauseMs =
        why.code == u"token"_s
            ? 0
            : CentralTransport::backoffMs(request->attempt, m_firstBackoffMs, m_maxBackoffMs);
    emit retrying(why.text(), request->attempt, pauseMs);
    QTimer::singleShot(pauseMs, this, [this, request] {
        if (request->generation == m_generation)
            send(request);
    });
}

} // namespace Jiandu::Sync
