#pragma once

#include "../config/centralconfig.h"
#include "../db/postgres.h"
#include "../http/httpserver.h"

#include <QHash>
#include <QString>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace Jiandu::Central {

class ConnectionPool;
class RateLimiter;

//! The supervision side's users: login (a 15-minute access token and a rotating refresh
//! token), and the records a user may read — those of their unit and every unit below it
//! (市局 → 分局 → 派出所 / 办案区), whatever their role. Administrators manage the users of
//! their own part of the tree.
class AccountsApi
{
public:
    struct User
    {
        QString name;
        QString role; //!< operator, legal, unit_officer, leader, admin
        QString unit; //!< the unit's code
        QString path; //!< the unit's path of codes from the root
        bool root = false;
    };
    static constexpr int kAccessLifetimeSeconds = 900;
    //! A user's part of the tree as SQL, the user's unit path as $1: the codes and names of
    //! their unit and every unit below it (a record names its unit by either).
    static constexpr const char *kScopeUnits =
        "SELECT code FROM unit WHERE path = $1 OR path LIKE $1 || '/%' "
        "UNION ALL SELECT name FROM unit WHERE path = $1 OR path LIKE $1 || '/%'";
    static constexpr int kRefreshLifetimeDays = 7;
    static const QStringList &roles();

    AccountsApi(ConnectionPool &pool, const CentralConfig &config, RateLimiter &limiter);

    //! Routes under /api/auth, /api/me, /api/alerts, /api/incidents, /api/admin; nullopt if
    //! \a request is not one of them.
    std::optional<HttpResponse> handle(const HttpRequest &request);

    //! The user a request's bearer token names, if it is valid and the user still enabled;
    //! otherwise \a refusal says why.
    std::optional<User> authenticate(const HttpRequest &request, HttpResponse &refusal);

private:
    HttpResponse login(const HttpRequest &request);
    HttpResponse refresh(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse me(const User &user);
    HttpResponse alerts(const User &user, const HttpRequest &request);
    HttpResponse incidents(const User &user, const HttpRequest &request);
    HttpResponse listUsers(const User &user);
    HttpResponse addUser(const User &user, const HttpRequest &request);
    HttpResponse listUnits(const User &user);
    //! The JSON one statement makes (the first column of its row), as a successful answer.
    HttpResponse answer(const char *statement, const char *sql, const std::vector<PgParam> &params);
    HttpResponse addUnit(const User &user, const HttpRequest &request);
    //! A fresh access and refresh token for \a user (the refresh token in \a family).
    HttpResponse issue(const User &user, const QString &family);
    std::optional<User> load(const QString &name);

    ConnectionPool &m_pool;
    const CentralConfig &m_config;
    RateLimiter &m_limiter;
    //! Password guessing: per name ten tries at once, then one every five seconds; per
    //! address (many users may share one behind a gateway) a hundred, then five a second.
    std::unique_ptr<RateLimiter> m_loginsByName;
    std::unique_ptr<RateLimiter> m_loginsByAddress;
    std::mutex m_mutex;
    QHash<QString, std::pair<qint64, std::optional<User>>> m_users; // name → (checked, user)
};

} // namespace Jiandu::Central
