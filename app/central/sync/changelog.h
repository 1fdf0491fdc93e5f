#pragma once

namespace Jiandu::Central::ChangeLog {

//! Taken by every transaction that changes a record workstations sync (alerts, problems)
//! before it locks any of their rows. The change log's triggers take it too, to number the
//! changes in commit order; taken first, it also keeps two such transactions from waiting
//! for each other's rows and lock (a deadlock).
inline constexpr const char *kLock = "SELECT pg_advisory_xact_lock(hashtext('jiandu_sync_change'))";

} // namespace Jiandu::Central::ChangeLog
