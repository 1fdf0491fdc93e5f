#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace Jiandu::Central {

//! A statement PostgreSQL refused, or a connection that failed; sqlState is the five-letter
//! SQLSTATE ("" when the connection itself failed).
class PgError : public std::runtime_error
{
public:
    PgError(const std::string &what, std::string sqlState, bool connectionLost)
        : std::runtime_error(what)
        , m_sqlState(std::move(sqlState))
        , m_connectionLost(connectionLost)
    {}
    const std::string &sqlState() const { return m_sqlState; }
    bool connectionLost() const { return m_connectionLost; }

private:
    std::string m_sqlState;
    bool m_connectionLost = false;
};

//! The rows of a statement (text format). Owns the libpq result.
class PgResult
{
public:
    explicit PgResult(pg_result *result = nullptr);
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    ~PgResult();

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    std::string_view view(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const;
    qint64 number(int row, int column) const;
    //! Rows a data-changing statement touched.
    qint64 affected() const;

private:
    pg_result *m_result = nullptr;
};

//! A parameter: text, or NULL.
using PgParam = std::optional<QByteArray>;
inline PgParam pgText(const QString &s)
{
    return s.toUtf8();
}
inline PgParam pgNumber(qint64 n)
{
    return QByteArray::number(n);
}

//! A text[] (or bigint[], jsonb[] …) parameter in PostgreSQL's array syntax, for statements
//! that take a whole batch at once (INSERT … SELECT FROM unnest($1::text[], …)).
QByteArray pgArray(const QList<QByteArray> &items);
QByteArray pgArray(const QList<qint64> &items);

//! One libpq connection. Statements take their values as parameters, never spliced into the
//! text. Not shared between threads; the pool hands it to one at a time.
class PgConnection
{
public:
    //! Connects to \a url (postgresql://user:password@host:port/db); throws PgError.
    explicit PgConnection(const std::string &url);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    PgResult exec(const char *sql, const std::vector<PgParam> &params = {});
    PgResult exec(const char *sql, std::initializer_list<PgParam> params)
    {
        return exec(sql, std::vector<PgParam>(params));
    }
    //! The same, prepared once per connection under \a name (a statement run often: its
    //! plan is kept).
    PgResult execPrepared(const char *name, const char *sql, const std::vector<PgParam> &params);
    //! Several statements at once, no parameters (migrations).
    void execScript(const QByteArray &sql);
    //! Rows for COPY … FROM STDIN in text format.
    void copyIn(const char *sql, const QByteArray &rows);
    //! Waits up to \a timeoutMs for a notification of a channel this connection LISTENs
    //! to; true if one came (all pending are consumed).
    bool waitForNotification(int timeoutMs);
    bool healthy() const;
    //! Reconnects a broken connection; false if the server is still away.
    bool reset();

private:
    [[noreturn]] void fail(const char *what, pg_result *result = nullptr);
    pg_conn *m_conn = nullptr;
    std::vector<std::string> m_prepared;
};

//! BEGIN … COMMIT; rolled back if left without commit() (an exception on the way).
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();
    void commit();

private:
    PgConnection &m_connection;
    bool m_done = false;
};

} // namespace Jiandu::Central
