#pragma once

#include "syncexport.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>
#include <core/result.h>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Jiandu::Sync {

//! HTTP(S) to the central service for the share client and the supervision sync alike: the
//! requests, the pinned certificate (trusted for itself, any other refused even if a CA
//! vouches for it), and what went wrong in words a user can act on.
class JIANDU_SYNC_EXPORT CentralTransport : public QObject
{
    Q_OBJECT

public:
    CentralTransport(QUrl server, QByteArray pinnedSha256, QObject *parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    const QUrl &server() const { return m_server; }

    //! \a path may carry a query; \a bearer, if given, goes as "Authorization: Bearer".
    QNetworkReply *post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                        const QString &bearer = {});
    QNetworkReply *get(const QString &path, const QString &bearer = {});
    //! Why \a reply failed on the way (a changed certificate: code "certificate-changed",
    //! "timeout", "server" for 5xx, "network"); nullopt if it was answered.
    std::optional<Error> transportError(QNetworkReply *reply) const;
    //! Aborts everything in flight.
    void abort();

    //! The pause before attempt \a attempt (1, 2, …): doubling from \a firstMs up to \a maxMs,
    //! with up to a quarter more at random so many clients do not come back together.
    static int backoffMs(int attempt, int firstMs, int maxMs);

private:
    QNetworkReply *watch(QNetworkReply *reply);

    QUrl m_server;
    QByteArray m_pinnedSha256;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
};

} // namespace Jiandu::Sync
