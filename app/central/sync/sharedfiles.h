#pragma once

#include "../accounts/accountsapi.h"
#include "../http/httpserver.h"

#include <QString>
#include <mutex>
#include <optional>

namespace Jiandu::Central {

class ConnectionPool;

//! The files the workstations share — problem attachments, patrol findings' snapshots —
//! known by the SHA-256 of their content: a file is stored once however many records name
//! it, sent in pieces so a broken upload goes on where it stopped, and kept only once its
//! content hashes to its name.
//!
//! GET  /api/sync/files/SHA                 — {"sha256", "received", "complete", "bytes"}:
//!                                            how much of it the service holds.
//! POST /api/sync/files/SHA?offset=N[&last=1] (application/octet-stream) — the bytes from N
//!      on; N must be what the service holds (else code 10 with "received", to go on from).
//!      With last=1 the file is checked: its SHA-256 must be its name, else it is dropped.
//! GET  /api/sync/files/SHA/content?offset=N&length=M — up to kMaxPiece bytes of a complete
//!      file, for a caller whose scope holds a record naming it (a finding's snapshot, a
//!      problem step's attachment).
//!
//! Files lie in the configured directory, complete ones under "ab/abcdef…", pieces under
//! "incoming/" (appended and flushed before the answer, so a kill loses at most the piece in
//! hand).
class SharedFiles
{
public:
    static constexpr qint64 kMaxPiece = 8 * 1024 * 1024;

    //! \a directory empty: the service keeps no files and says so.
    SharedFiles(ConnectionPool &pool, AccountsApi &accounts, QString directory,
                qint64 maxFileBytes);

    //! Routes under /api/sync/files; nullopt if \a request is not one of them.
    std::optional<HttpResponse> handle(const HttpRequest &request);

    static bool isSha256(const QString &text);

private:
    HttpResponse status(const QString &sha) const;
    HttpResponse receive(const QString &sha, const HttpRequest &request);
    HttpResponse send(const AccountsApi::User &user, const QString &sha,
                      const HttpRequest &request) const;
    QString completePath(const QString &sha) const;
    QString incomingPath(const QString &sha) const;

    ConnectionPool &m_pool;
    AccountsApi &m_accounts;
    QString m_directory;
    qint64 m_maxFileBytes;
    std::mutex m_receiving; // one piece at a time: pieces of one file must not interleave
};

} // namespace Jiandu::Central
