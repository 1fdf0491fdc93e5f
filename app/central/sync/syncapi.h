#pragma once

#include "../accounts/accountsapi.h"
#include "../http/httpserver.h"

#include <QJsonObject>
#include <optional>

namespace Jiandu::Central {

class ConnectionPool;
class PgConnection;

//! The workstations' sync API for the supervision data (alerts, closed-loop problems, patrol
//! findings, named layouts, wall pushes).
//!
//! GET /api/sync/changes?after=SEQ&limit=N — the records of the caller's scope changed after
//!   SEQ, oldest first, each with its server-assigned sequence number; deletes come as
//!   tombstones. `next` is where to continue: the last number returned, or, when the page is
//!   not full, the newest number of the whole log (nothing of the caller's scope lies below
//!   it that was not returned). `scope` names the caller's part of the tree: when it changes
//!   (the account moved to another unit), a position taken in the old one is worth nothing.
//! POST /api/sync/push {"ops": [...]} — the operations a workstation made, each with the id it
//!   gave it. Each is applied under a savepoint of the request's transaction, with the closed
//!   loop's checks run here whatever the workstation believed, and answered "applied", "conflict"
//!   (someone else changed the record first: the answer says who and what, and carries the record
//!   as it is) or "refused" (not allowed, in words). An operation sent again gets its first answer.
class SyncApi
{
public:
    static constexpr int kMaxChanges = 1000;
    static constexpr int kMaxOperations = 500;

    SyncApi(ConnectionPool &pool, AccountsApi &accounts);

    //! Routes under /api/sync; nullopt if \a request is not one of them.
    std::optional<HttpResponse> handle(const HttpRequest &request);

private:
    HttpResponse changes(const AccountsApi::User &user, const HttpRequest &request);
    HttpResponse push(const AccountsApi::User &user, const HttpRequest &request);
    //! The answer to one operation (stored with it), inside the request's transaction.
    QJsonObject apply(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op);
    QJsonObject openProblem(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op);
    QJsonObject stepProblem(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op);
    QJsonObject acknowledgeAlert(PgConnection &c, const AccountsApi::User &user,
                                 const QJsonObject &op);
    QJsonObject addFinding(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op);
    //! layout.save / layout.delete: the account's unit's named layout, on the version seen.
    QJsonObject saveLayout(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op);
    //! wall.push: a camera first on the account's unit's video wall.
    QJsonObject pushToWall(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op);
    QJsonObject changeRule(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op);
    //! plan.save: a floor plan of the account's unit's case-handling area, on the version seen,
    //! checked as the workstations' tracker reads it.
    QJsonObject saveAreaPlan(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op);
    //! area.step: a step of a stay recorded at a desk of the account's unit, stored once.
    QJsonObject addAreaStep(PgConnection &c, const AccountsApi::User &user, const QJsonObject &op);
    //! reservation.request: an officer asks for rooms of an area (场所预约).
    QJsonObject requestReservation(PgConnection &c, const AccountsApi::User &user,
                                   const QJsonObject &op);
    //! reservation.decide: the station leader, then the legal head (who assigns the rooms),
    //! or the asking officer taking it back — by the same rules as the workstations.
    QJsonObject decideReservation(PgConnection &c, const AccountsApi::User &user,
                                  const QJsonObject &op);
    //! 指令下发 and 情况发布: sent by an operator of the unit, answered by each recipient (or
    //! recorded on their behalf by an account in scope), cancelled by whoever sent it.
    QJsonObject sendInstruction(PgConnection &c, const AccountsApi::User &user,
                                const QJsonObject &op);
    QJsonObject stepInstruction(PgConnection &c, const AccountsApi::User &user,
                                const QJsonObject &op);

    ConnectionPool &m_pool;
    AccountsApi &m_accounts;
};

} // namespace Jiandu::Central
