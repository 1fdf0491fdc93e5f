#pragma once

#include "centraltransport.h"
#include "sharefeed.h"
#include "syncexport.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkReply;

namespace Jiandu::Sync {

//! Where the 警情中心 share API is and how this consumer proves who it is.
struct ShareEndpoint
{
    QUrl server;             //!< http(s)://host:port
    QString key;             //!< the share key the centre issued
    QString secret;          //!< its secret (signs the token request; never sent)
    QByteArray pinnedSha256; //!< SHA-256 of the server certificate (DER), if pinned
};

//! A consumer of the share API as seed 004 describes it: a jwtToken for a signed key, then
//! pages. Retries what may pass (rate limit, 5xx, timeouts, a malformed answer, a lost
//! connection) with growing pauses, takes a new token when the old one expires (40101), and
//! gives up with a reason a user can act on after \a maxAttempts.
class JIANDU_SYNC_EXPORT ShareClient : public QObject
{
    Q_OBJECT

public:
    struct Statistics
    {
        qint64 requests = 0;
        qint64 retries = 0;
        qint64 tokens = 0;
        qint64 rateLimited = 0;
        qint64 requestMs = 0; //!< summed wall time of the page requests (server + network)
        qint64 parseMs = 0;   //!< summed time reading the pages
        qint64 bytes = 0;
    };

    explicit ShareClient(ShareEndpoint endpoint, QObject *parent = nullptr);
    ~ShareClient() override;

    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    //! The first pause after a failure; it doubles up to \a maxMs (tests make it short).
    void setBackoff(int firstMs, int maxMs);
    void setTimeout(int ms);

    //! Asks for the page of \a feed from \a startMs to \a endMs (both inclusive, seconds);
    //! \a done runs on this object's thread with the page or the reason there is none.
    void page(ShareFeed feed, qint64 startMs, qint64 endMs,
              std::function<void(Result<SharePage>)> done);
    //! Drops everything in flight; their callbacks do not run.
    void abort();

    Statistics statistics() const { return m_statistics; }
    //! A share-API time: "yyyy-MM-dd HH:mm:ss" in China Standard Time.
    static QString timeText(qint64 ms);

signals:
    //! A failure that will be retried (for the log and the sync page).
    void retrying(const QString &reason, int attempt, int pauseMs);

private:
    struct Request;
    void send(std::shared_ptr<Request> request);
    void withToken(std::function<void(Result<QString>)> then);
    void requestToken();
    void retryLater(std::shared_ptr<Request> request, const Error &why);
    QNetworkReply *post(const QString &path, const QByteArray &form);

    ShareEndpoint m_endpoint;
    CentralTransport *m_transport;
    QString m_token;
    bool m_tokenRequested = false;
    QList<std::function<void(Result<QString>)>> m_waitingForToken;
    int m_maxAttempts = 8;
    int m_firstBackoffMs = 500;
    int m_maxBackoffMs = 30000;
    quint64 m_generation = 0; // abort() makes callbacks of older requests stale
    Statistics m_statistics;
};

} // namespace Jiandu::Sync
