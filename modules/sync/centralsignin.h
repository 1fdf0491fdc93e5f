#pragma once

#include "api/icentralaccount.h"
#include "syncexport.h"

#include <QObject>
#include <core/result.h>
#include <functional>
#include <memory>

namespace Jiandu {
class CacheThread;
class LocalCache;
} // namespace Jiandu

namespace Jiandu::Sync {

class SupervisionClient;

//! Signing in with a central-service account: the service decides when it can be reached
//! (and its answer is kept for offline sign-in, or, a refusal, the kept account forgotten);
//! when it cannot be reached, the verifier kept in the cache decides, for a limited number of
//! days after the last confirmation. The same check unlocks a locked screen.
class JIANDU_SYNC_EXPORT CentralSignIn : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        AccountInfo info;
        bool online = false;   //!< confirmed by the service now (else by the kept verifier)
        QString offlineReason; //!< why the service was not asked, when offline
    };

    explicit CentralSignIn(const LocalCache &cache, QObject *parent = nullptr);
    ~CentralSignIn() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    //! Signs \a account in; \a done on this object's thread. Offline sign-in is refused once
    //! the last confirmation is older than \a offlineDays.
    void signIn(const CentralAccount &account, int offlineDays,
                std::function<void(Result<Outcome>)> done);
    //! A server's name in the cache (the accounts kept are per server).
    static QString serverKey(const QUrl &server);

private:
    void offline(const CentralAccount &account, int offlineDays, const Error &why,
                 std::function<void(Result<Outcome>)> done);

    std::unique_ptr<CacheThread> m_cache;
    SupervisionClient *m_client = nullptr;
    int m_timeoutMs = 8000;
};

} // namespace Jiandu::Sync
