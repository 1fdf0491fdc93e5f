#include "centralsignin.h"

#include "accountverifier.h"
#include "supervisionclient.h"
#include "syncschema.h"

#include <QDateTime>
#include <storage/cachethread.h>
#include <storage/schema.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {

Result<bool> prepared(QSqlDatabase &db)
{
    if (auto migrated = Schema::migrate(db, SyncSchema::module(), SyncSchema::migrations());
        !migrated)
        return migrated.error();
    return true;
}

} // namespace

CentralSignIn::CentralSignIn(const LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::make_unique<CacheThread>(cache, u"sync-signin"_s))
{}

CentralSignIn::~CentralSignIn()
{
    if (m_client)
        m_client->abort();
    m_cache.reset();
}

QString CentralSignIn::serverKey(const QUrl &server)
{
    return server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

void CentralSignIn::signIn(const CentralAccount &account, int offlineDays,
                           std::function<void(Result<Outcome>)> done)
{
    if (m_client) {
        m_client->abort();
        m_client->deleteLater();
    }
    m_client = new SupervisionClient(account, this);
    m_client->setTimeout(m_timeoutMs);
    m_client->login([this, account, offlineDays, done](Result<AccountInfo> info) {
        if (info) {
            // Confirmed: kept (with a new verifier) for the days without a network.
            const QString server = serverKey(account.server);
            m_cache->run<bool>(
                this,
                [server, password = account.password, info = *info](QSqlDatabase &db) {
                    auto ready = prepared(db);
                    if (!ready)
                        return ready;
                    if (auto kept = AccountVerifier(db).remember(
                            server, password, info, QDateTime::currentMSecsSinceEpoch());
                        !kept)
                        return Result<bool>(kept.error());
                    return Result<bool>(true);
                },
                [done, info = *info](Result<bool> kept) {
                    Outcome outcome{info, true, {}};
                    Q_UNUSED(kept); // not kept: the session still opens; offline sign-in waits
                    done(outcome);
                });
            return;
        }
        if (info.error().code == u"refused"_s) {
            // Disabled, removed, or the password changed: not usable offline either.
            const QString server = serverKey(account.server);
            m_cache->run<bool>(
                this,
                [server, user = account.user](QSqlDatabase &db) {
                    auto ready = prepared(db);
                    if (!ready)
                        return ready;
                    if (auto forgotten = AccountVerifier(db).forget(server, user); !forgotten)
                        return Result<bool>(forgotten.error());
                    return Result<bool>(true);
                },
                [done, why = info.error()](Result<bool>) { done(why); });
            return;
        }
        if (info.error().code == u"certificate-changed"_s) {
            done(info.error()); // never a reason to trust the cache instead
            return;
        }
        offline(account, offlineDays, info.error(), done);
    });
}

void CentralSignIn::offline(const CentralAccount &account, int offlineDays, const Error &why,
                            std::function<void(Result<Outcome>)> done)
{
    const QString server = serverKey(account.server);
    m_cache->run<AccountInfo>(
        this,
        [server, account, offlineDays](QSqlDatabase &db) -> Result<AccountInfo> {
            if (auto ready = prepared(db); !ready)
                return ready.error();
            return AccountVerifier(db).verify(server, account.user, account.password,
                                              QDateTime::currentMSecsSinceEpoch(), offlineDays);
        },
        [done, why](Result<AccountInfo> info) {
            if (!info) {
                Error error = info.error();
                error.detail = why.text();
                done(error);
                return;
            }
            done(Outcome{*info, false, why.message});
        });
}

} // namespace Jiandu::Sync
