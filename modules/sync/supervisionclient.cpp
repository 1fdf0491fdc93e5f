#include "supervisionclient.h"

#include "centraltransport.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {

constexpr int kUnauthorized = 401;
constexpr int kTokenExpired = 40101;
constexpr int kRateLimited = 1;
constexpr int kBadParameters = 10;

//! The envelope {code, message, data} of an answer, or why it is not one.
Result<QJsonObject> envelopeOf(const QByteArray &answer)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(u"code"_s).isDouble())
        return Error{
            SupervisionClient::tr("The central service answered something that is not "
                                  "its API (a proxy or another program at that address?)."),
            QString::fromUtf8(answer.left(200)), u"malformed"_s};
    return document.object();
}

} // namespace

SupervisionClient::SupervisionClient(CentralAccount account, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_transport(new CentralTransport(m_account.server, m_account.pinnedSha256, this))
{}

void SupervisionClient::setTimeout(int ms)
{
    m_transport->setTimeout(ms);
}

void SupervisionClient::abort()
{
    ++m_generation;
    m_transport->abort();
}

void SupervisionClient::answered(QNetworkReply *reply, std::function<void(Result<Envelope>)> done)
{
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, done] {
        if (generation != m_generation)
            return; // aborted meanwhile
        const QByteArray answer = reply->readAll();
        const auto transport = m_transport->transportError(reply);
        if (transport && answer.isEmpty()) {
            done(*transport);
            return;
        }
        if (!transport && reply->header(QNetworkRequest::ContentTypeHeader)
                              .toString()
                              .startsWith(u"application/octet-stream"_s)) {
            done(Envelope{QJsonObject{{u"code"_s, 0}}, answer});
            return;
        }
        // A 5xx with the API's envelope says what failed; without one, the transport does.
        const auto envelope = envelopeOf(answer);
        if (!envelope && transport)
            done(*transport);
        else if (!envelope)
            done(envelope.error());
        else
            done(Envelope{*envelope, {}});
    });
}

void SupervisionClient::login(std::function<void(Result<AccountInfo>)> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"username"_s, m_account.user},
                                                      {u"password"_s, m_account.password}})
                                .toJson(QJsonDocument::Compact);
    answered(
        m_transport->post(u"/api/auth/login"_s, body, "application/json"),
        [this, done](Result<Envelope> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonObject &envelope = answer->object;
            const int code = envelope.value(u"code"_s).toInt();
            const QString message = envelope.value(u"message"_s).toString();
            if (code == kRateLimited) {
                done(Error{tr("Too many sign-in attempts; the central service asks to wait."),
                           message, u"rate-limited"_s});
                return;
            }
            if (code == kUnauthorized || code == kBadParameters) {
                // Only the service's "no" to these credentials: the account kept for offline
                // sign-in goes with it.
                done(Error{tr("The central service refused the sign-in of %1: %2")
                               .arg(m_account.user, message),
                           {},
                           u"refused"_s});
                return;
            }
            if (code != 0) {
                // The service (or what stands in its place) failed: not a verdict on the account.
                done(Error{tr("The central service could not sign you in now: %1").arg(message),
                           {},
                           u"server"_s});
                return;
            }
            const QJsonObject data = envelope.value(u"data"_s).toObject();
            m_token = data.value(u"accessToken"_s).toString();
            m_info = AccountInfo{data.value(u"user"_s).toString(), data.value(u"role"_s).toString(),
                                 data.value(u"unit"_s).toString()};
            done(*m_info);
        });
}

void SupervisionClient::call(const Request &request, std::function<void(Result<Answer>)> done,
                             bool retried)
{
    if (m_token.isEmpty()) {
        login([this, request, done, retried](Result<AccountInfo> signedIn) {
            if (!signedIn)
                done(signedIn.error());
            else
                call(request, done, retried);
        });
        return;
    }
    answered(request.post
                 ? m_transport->post(request.path, request.body, request.contentType, m_token)
                 : m_transport->get(request.path, m_token),
             [this, done, request, retried](Result<Envelope> answer) {
                 if (!answer) {
                     done(answer.error());
                     return;
                 }
                 const QJsonObject &envelope = answer->object;
                 const int code = envelope.value(u"code"_s).toInt();
                 const QString message = envelope.value(u"message"_s).toString();
                 if ((code == kTokenExpired || code == kUnauthorized) && !retried) {
                     // Expired mid-sync (or the service restarted with a new key): sign in
                     // again and ask once more. A disabled account is refused at sign-in.
                     m_token.clear();
                     call(request, done, true);
                     return;
                 }
                 if (code == kRateLimited) {
                     done(Error{tr("The central service limits the request rate; waiting."),
                                message, u"rate-limited"_s});
                     return;
                 }
                 if (code != 0) {
                     done(Error{tr("The central service refused the request: %1").arg(message),
                                request.path, code == kUnauthorized ? u"refused"_s : u"server"_s});
                     return;
                 }
                 done(Answer{envelope.value(u"data"_s), answer->bytes});
             });
}

void SupervisionClient::changes(qint64 after, int limit,
                                std::function<void(Result<ChangePage>)> done)
{
    call({false, u"/api/sync/changes?after=%1&limit=%2"_s.arg(after).arg(limit)},
         [done](Result<Answer> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             const QJsonObject page = answer->data.toObject();
             const QJsonValue next = page.value(u"next"_s);
             const QJsonValue list = page.value(u"changes"_s);
             if (!next.isDouble() || !list.isArray()) {
                 done(Error{tr("The central service sent a page of changes without its "
                               "position or its list."),
                            {},
                            u"malformed"_s});
                 return;
             }
             ChangePage result;
             result.next = qint64(next.toDouble());
             result.head = qint64(page.value(u"head"_s).toDouble(next.toDouble()));
             result.scope = page.value(u"scope"_s).toString();
             for (const QJsonValue &value : list.toArray()) {
                 const QJsonObject c = value.toObject();
                 RemoteChange change;
                 change.kind = c.value(u"kind"_s).toString();
                 change.key = c.value(u"key"_s).toString();
                 change.deleted = c.value(u"deleted"_s).toBool();
                 change.body = c.value(u"body"_s).toObject();
                 if (change.kind.isEmpty() || change.key.isEmpty()) {
                     done(Error{tr("The central service sent a change without its kind or key."),
                                {},
                                u"malformed"_s});
                     return;
                 }
                 result.changes.append(change);
             }
             done(result);
         });
}

void SupervisionClient::push(const QJsonArray &operations,
                             std::function<void(Result<QJsonArray>)> done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"ops"_s, operations}}).toJson(QJsonDocument::Compact);
    call({true, u"/api/sync/push"_s, body},
         [done, count = operations.size()](Result<Answer> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             const QJsonArray results = answer->data.toObject().value(u"results"_s).toArray();
             if (results.size() != count) {
                 done(Error{tr("The central service answered %1 of %2 operations.")
                                .arg(results.size())
                                .arg(count),
                            {},
                            u"malformed"_s});
                 return;
             }
             done(results);
         });
}

void SupervisionClient::fileStatus(const QString &sha256,
                                   std::function<void(Result<QJsonObject>)> done)
{
    call({false, u"/api/sync/files/"_s + sha256}, [done](Result<Answer> answer) {
        if (!answer)
            done(answer.error());
        else
            done(answer->data.toObject());
    });
}

void SupervisionClient::sendPiece(const QString &sha256, qint64 offset, const QByteArray &bytes,
                                  bool last, std::function<void(Result<QJsonObject>)> done)
{
    call({true,
          u"/api/sync/files/%1?offset=%2%3"_s.arg(sha256).arg(offset).arg(last ? u"&last=1"_s
                                                                               : QString()),
          bytes, "application/octet-stream"},
         [done](Result<Answer> answer) {
             if (!answer)
                 done(answer.error());
             else
                 done(answer->data.toObject());
         });
}

void SupervisionClient::fetchPiece(const QString &sha256, qint64 offset, qint64 length,
                                   std::function<void(Result<QByteArray>)> done)
{
    call({false,
          u"/api/sync/files/%1/content?offset=%2&length=%3"_s.arg(sha256).arg(offset).arg(length)},
         [done](Result<Answer> answer) {
             if (!answer)
                 done(answer.error());
             else
                 done(answer->bytes);
         });
}

} // namespace Jiandu::Sync
