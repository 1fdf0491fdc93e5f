#pragma once

#include "api/icentralaccount.h"
#include "api/isyncparticipant.h"
#include "syncexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkReply;

namespace Jiandu::Sync {

class CentralTransport;

//! A page of the service's change log (GET /api/sync/changes).
struct ChangePage
{
    QList<RemoteChange> changes;
    qint64 next = 0; //!< where to continue
    qint64 head = 0; //!< the newest number of the whole log when the page was read
    QString scope;   //!< the account's part of the tree the page was read in
};

//! The workstation's side of the service's sync API: signs in with the account (a 15-minute
//! access token, renewed by signing in again when it expires mid-sync), reads the change log
//! and sends operations. A request that fails says why (Error::code "refused" for a wrong
//! password or a disabled account, "certificate-changed", "network", "timeout", "server",
//! "rate-limited", "malformed"); retrying is the caller's choice.
class JIANDU_SYNC_EXPORT SupervisionClient : public QObject
{
    Q_OBJECT

public:
    explicit SupervisionClient(CentralAccount account, QObject *parent = nullptr);

    void setTimeout(int ms);
    //! Signs in (again); \a done with the account, or why not.
    void login(std::function<void(Result<AccountInfo>)> done);
    void changes(qint64 after, int limit, std::function<void(Result<ChangePage>)> done);
    //! Sends \a operations; \a done with one answer per operation, in their order.
    void push(const QJsonArray &operations, std::function<void(Result<QJsonArray>)> done);
    //! How much of shared file \a sha256 the service holds ({received, complete, bytes}).
    void fileStatus(const QString &sha256, std::function<void(Result<QJsonObject>)> done);
    //! Sends the bytes of file \a sha256 from \a offset; \a last: the service checks it.
    void sendPiece(const QString &sha256, qint64 offset, const QByteArray &bytes, bool last,
                   std::function<void(Result<QJsonObject>)> done);
    //! Fetches \a length bytes of file \a sha256 from \a offset.
    void fetchPiece(const QString &sha256, qint64 offset, qint64 length,
                    std::function<void(Result<QByteArray>)> done);
    //! Drops everything in flight; their callbacks do not run.
    void abort();

    const std::optional<AccountInfo> &account() const { return m_info; }

private:
    //! One API call with the access token; signs in first if there is none, and once more if
    //! the token expired on the way. \a done gets the envelope's data.
    struct Request
    {
        bool post = false;
        QString path;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    //! What the service answered: the envelope's data, or the bytes of a file's piece.
    struct Answer
    {
        QJsonValue data;
        QByteArray bytes;
    };
    void call(const Request &request, std::function<void(Result<Answer>)> done,
              bool retried = false);
    //! The envelope {code, message, data} of an answer; a file's piece comes bare instead.
    struct Envelope
    {
        QJsonObject object;
        QByteArray bytes;
    };
    //! \a reply's envelope, or why there is none (on the way, or not the API's); not at all
    //! once aborted.
    void answered(QNetworkReply *reply, std::function<void(Result<Envelope>)> done);

    CentralAccount m_account;
    CentralTransport *m_transport;
    QString m_token;
    std::optional<AccountInfo> m_info;
    quint64 m_generation = 0;
};

} // namespace Jiandu::Sync
