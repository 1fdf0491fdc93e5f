#pragma once

#include "../config/centralconfig.h"
#include "../http/httpserver.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <functional>
#include <mutex>

namespace Jiandu::Central {

class ConnectionPool;
class RateLimiter;

//! The 警情中心 share API of seed 004: a JWT for a signed key (/api/openapi/token/get), then
//! pages of at most 200 records of 接报 (jb), 警情 (jq), 下发 (jqxf) and 反馈 (jqfk) over a
//! window of at most 7 days, ordered by the cursor (jb: xgsj, the others: sjc) then the key.
class ShareApi
{
public:
    enum class Dataset { Jb, Jq, Jqxf, Jqfk };
    static constexpr int kPageSize = 200;
    static constexpr qint64 kMaxWindowSeconds = 7 * 24 * 3600;
    static constexpr qint64 kSignatureLifetimeSeconds = 120;

    ShareApi(ConnectionPool &pool, const CentralConfig &config, RateLimiter &limiter);

    HttpResponse token(const HttpRequest &request);
    HttpResponse page(Dataset dataset, const HttpRequest &request);
    //! The key a token \a jwt was issued to, if it is valid, alive, of a key still enabled,
    //! carries \a scope ("share", "intake") and the key is within its rate; otherwise
    //! \a refusal says why (401, 40101, or 1).
    std::optional<QString> authorize(const QString &jwt, const QString &scope,
                                     HttpResponse &refusal);
    //! The dataset a path names ("/api/openapi/share/jq" → Jq).
    static std::optional<Dataset> datasetOf(std::string_view path);

private:
    struct Key
    {
        QString secret;
        QStringList scopes;
        bool enabled = false;
        qint64 checkedMs = 0;
    };
    //! The key's secret and state, from a cache refreshed every few seconds.
    std::optional<Key> key(const QString &name);
    QDateTime parseLocal(const QString &text, const QString &format) const;

    ConnectionPool &m_pool;
    const CentralConfig &m_config;
    RateLimiter &m_limiter;
    const QTimeZone m_zone;
    std::mutex m_keysMutex;
    QHash<QString, Key> m_keys;
};

} // namespace Jiandu::Central
