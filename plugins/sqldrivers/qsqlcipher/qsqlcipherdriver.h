#pragma once

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

struct sqlite3;

namespace Jiandu {

class SqlCipherResult;
struct SqlCipherLibrary;

//! A QtSql driver ("QSQLCIPHER") for SQLCipher databases.
//!
//! The password of the connection is the key: `x'<64 hex digits>'` is a raw 256-bit key
//! (no key derivation); any other non-empty text is a passphrase run through PBKDF2 with
//! `QSQLCIPHER_KDF_ITER` iterations (default 256000); an empty password opens a plain,
//! unencrypted SQLite file. Opening checks the key at once: a wrong key or a file that is
//! not a database fails open() with a clear message, never yields an empty database.
//!
//! Connect options (`;`-separated): QSQLCIPHER_KDF_ITER=n, QSQLCIPHER_PAGE_SIZE=bytes
//! (must be the same every time a file is opened), QSQLITE_BUSY_TIMEOUT=ms
//! (default 5000), QSQLITE_OPEN_READONLY. Change the key with `PRAGMA rekey`.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
    friend class SqlCipherResult;

public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &database, const QString &user, const QString &password,
              const QString &host, int port, const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    //! The SQLCipher version in use, empty for a plain connection.
    QString cipherVersion() const;

private:
    bool execute(const char *sql, const QString &what);
    QSqlError makeError(const QString &text, QSqlError::ErrorType type) const;

    const SqlCipherLibrary *m_api = nullptr;
    sqlite3 *m_db = nullptr;
    bool m_encrypted = false;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace Jiandu
