#include "postgres.h"

#include <algorithm>
#include <libpq-fe.h>
#include <poll.h>

namespace Jiandu::Central {

PgResult::PgResult(pg_result *result)
    : m_result(result)
{}
PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}
PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}
PgResult::~PgResult()
{
    PQclear(m_result);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}
int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}
bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column);
}
std::string_view PgResult::view(int row, int column) const
{
    return {PQgetvalue(m_result, row, column), size_t(PQgetlength(m_result, row, column))};
}
QByteArray PgResult::bytes(int row, int column) const
{
    const std::string_view v = view(row, column);
    return QByteArray(v.data(), qsizetype(v.size()));
}
QString PgResult::text(int row, int column) const
{
    const std::string_view v = view(row, column);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}
qint64 PgResult::number(int row, int column) const
{
    return bytes(row, column).toLongLong();
}
qint64 PgResult::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

QByteArray pgArray(const QList<QByteArray> &items)
{
    QByteArray out = "{";
    for (const QByteArray &item : items) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        for (const char c : item) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + '}';
}

QByteArray pgArray(const QList<qint64> &items)
{
    QByteArray out = "{";
    for (const qint64 item : items) {
        if (out.size() > 1)
            out += ',';
        out += QByteArray::number(item);
    }
    return out + '}';
}

PgConnection::PgConnection(const std::string &url)
{
    m_conn = PQconnectdb(url.c_str());
    if (PQstatus(m_conn) != CONNECTION_OK)
        fail("cannot connect to PostgreSQL");
    // Timestamps as text are "yyyy-MM-dd HH:mm:ss" (the share API's form) whatever the
    // server's default.
    PQclear(PQexec(m_conn, "SET application_name = 'jiandu-central'; SET DateStyle = 'ISO, YMD'"));
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

void PgConnection::fail(const char *what, pg_result *result)
{
    std::string state;
    if (result) {
        if (const char *s = PQresultErrorField(result, PG_DIAG_SQLSTATE))
            state = s;
    }
    std::string message = what;
    message += ": ";
    const char *detail = result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn);
    message += (detail && *detail) ? detail : PQerrorMessage(m_conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    PQclear(result);
    const bool lost = PQstatus(m_conn) != CONNECTION_OK || state.starts_with("08") ||
                      state == "57P01" || state == "57P02" || state == "57P03";
    throw PgError(message, state, lost);
}

PgResult PgConnection::exec(const char *sql, const std::vector<PgParam> &params)
{
    std::vector<const char *> values(params.size());
    std::vector<int> lengths(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
        values[i] = params[i] ? params[i]->constData() : nullptr;
        lengths[i] = params[i] ? int(params[i]->size()) : 0;
    }
    pg_result *result = PQexecParams(m_conn, sql, int(params.size()), nullptr, values.data(),
                                     lengths.data(), nullptr, 0);
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail("statement failed", result);
    return PgResult(result);
}

PgResult PgConnection::execPrepared(const char *name, const char *sql,
                                    const std::vector<PgParam> &params)
{
    if (std::find(m_prepared.begin(), m_prepared.end(), name) == m_prepared.end()) {
        pg_result *prepared = PQprepare(m_conn, name, sql, int(params.size()), nullptr);
        if (!prepared || PQresultStatus(prepared) != PGRES_COMMAND_OK)
            fail("statement failed", prepared);
        PQclear(prepared);
        m_prepared.emplace_back(name);
    }
    std::vector<const char *> values(params.size());
    std::vector<int> lengths(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
        values[i] = params[i] ? params[i]->constData() : nullptr;
        lengths[i] = params[i] ? int(params[i]->size()) : 0;
    }
    pg_result *result =
        PQexecPrepared(m_conn, name, int(params.size()), values.data(), lengths.data(), nullptr, 0);
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail("statement failed", result);
    return PgResult(result);
}

void PgConnection::execScript(const QByteArray &sql)
{
    pg_result *result = PQexec(m_conn, sql.constData());
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail("script failed", result);
    PQclear(result);
}

void PgConnection::copyIn(const char *sql, const QByteArray &rows)
{
    pg_result *start = PQexec(m_conn, sql);
    if (!start || PQresultStatus(start) != PGRES_COPY_IN)
        fail("COPY failed", start);
    PQclear(start);
    if (PQputCopyData(m_conn, rows.constData(), int(rows.size())) != 1 ||
        PQputCopyEnd(m_conn, nullptr) != 1)
        fail("COPY failed");
    pg_result *end = PQgetResult(m_conn);
    const bool ok = end && PQresultStatus(end) == PGRES_COMMAND_OK;
    if (!ok)
        fail("COPY failed", end);
    PQclear(end);
    while (pg_result *more = PQgetResult(m_conn))
        PQclear(more);
}

bool PgConnection::waitForNotification(int timeoutMs)
{
    const auto drain = [this] {
        bool any = false;
        while (PGnotify *n = PQnotifies(m_conn)) {
            PQfreemem(n);
            any = true;
        }
        return any;
    };
    if (drain())
        return true;
    const int socket = PQsocket(m_conn);
    if (socket < 0)
        fail("the connection is closed");
    pollfd poll{socket, POLLIN, 0};
    if (::poll(&poll, 1, timeoutMs) > 0 && !PQconsumeInput(m_conn))
        fail("the connection failed");
    return drain();
}

bool PgConnection::healthy() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::reset()
{
    PQreset(m_conn);
    m_prepared.clear(); // a new session knows none of them
    return healthy();
}

PgTransaction::PgTransaction(PgConnection &connection)
    : m_connection(connection)
{
    m_connection.exec("BEGIN");
}

PgTransaction::~PgTransaction()
{
    if (!m_done && m_connection.healthy()) {
        try {
            m_connection.exec("ROLLBACK");
        } catch (const PgError &) {
        }
    }
}

void PgTransaction::commit()
{
    m_connection.exec("COMMIT");
    m_done = true;
}

} // namespace Jiandu::Central
