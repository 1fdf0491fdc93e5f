#include "qsqlcipherdriver.h"

#include "sqlcipherlibrary.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

QMetaType metaTypeOfDeclared(const QString &declared)
{
    const QString t = declared.toLower();
    if (t.contains(u"int"))
        return QMetaType(QMetaType::LongLong);
    if (t.contains(u"real") || t.contains(u"floa") || t.contains(u"doub") || t.contains(u"num"))
        return QMetaType(QMetaType::Double);
    if (t.contains(u"blob"))
        return QMetaType(QMetaType::QByteArray);
    if (t.contains(u"bool"))
        return QMetaType(QMetaType::Bool);
    return QMetaType(QMetaType::QString);
}

QSqlError::ErrorType errorTypeFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
    case SQLITE_AUTH:
    case SQLITE_PERM:
        return QSqlError::ConnectionError;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return QSqlError::StatementError;
    default:
        return QSqlError::UnknownError;
    }
}

// "x'<64 hex digits>'": a raw 256-bit key, handed to SQLCipher as is.
bool isRawKey(const QString &password)
{
    static const QRegularExpression raw(u"^x'[0-9A-Fa-f]{64}'$"_s);
    return raw.match(password).hasMatch();
}

} // namespace

// ---------------------------------------------------------------------------------------

//! One statement of a SqlCipherDriver connection; rows are read forward as they are stepped.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;
    void finalize();

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;
    QVariant handle() const override;

private:
    const SqlCipherDriver *driver() const
    {
        return static_cast<const SqlCipherDriver *>(QSqlResult::driver());
    }
    void setStatementError(const QString &text, int code);
    bool bindAll();
    //! Steps once; true if a row is now current.
    bool step();

    const SqlCipherLibrary *m_api;
    sqlite3_stmt *m_statement = nullptr;
    QSqlRecord m_record;
    int m_rowsAffected = -1;
    bool m_firstRowReady = false; // exec() stepped onto the first row already
    bool m_done = false;
};

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
    , m_api(driver->m_api)
{
    driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver *d = driver())
        d->m_results.removeOne(this);
    finalize();
}

void SqlCipherResult::finalize()
{
    if (m_statement)
        m_api->finalize(m_statement);
    m_statement = nullptr;
}

void SqlCipherResult::setStatementError(const QString &text, int code)
{
    sqlite3 *db = driver()->m_db;
    setLastError(QSqlError(text, db ? QString::fromUtf8(m_api->errmsg(db)) : QString(),
                           errorTypeFor(code), QString::number(code)));
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();
    m_rowsAffected = -1;
    if (!driver() || !driver()->isOpen() || driver()->isOpenError())
        return false;
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = m_api->prepare_v2(driver()->m_db, sql.constData(), int(sql.size() + 1),
                                     &m_statement, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(QStringLiteral("Unable to prepare statement"), rc);
        finalize();
        return false;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        setLastError(QSqlError(QStringLiteral("Only one statement may be executed at a time"),
                               QString(), QSqlError::StatementError));
        finalize();
        return false;
    }
    return true;
}

bool SqlCipherResult::bindAll()
{
    const int expected = m_api->bind_parameter_count(m_statement);
    const QList<QVariant> values = boundValues();
    if (values.size() != expected) {
        setLastError(QSqlError(QStringLiteral("Parameter count mismatch: %1 bound, %2 expected")
                                   .arg(values.size())
                                   .arg(expected),
                               QString(), QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = m_api->bind_null(m_statement, index);
        } else {
            switch (v.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
                rc = m_api->bind_int64(m_statement, index, v.toLongLong());
                break;
            case QMetaType::ULongLong:
            case QMetaType::ULong:
                rc = m_api->bind_int64(m_statement, index, qint64(v.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = m_api->bind_double(m_statement, index, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                rc = m_api->bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                                      SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime:
                rc = m_api->bind_text(
                    m_statement, index,
                    v.toDateTime().toString(Qt::ISODateWithMs).toUtf8().constData(), -1,
                    SQLITE_TRANSIENT);
                break;
            default: {
                const QByteArray text = v.toString().toUtf8();
                rc = m_api->bind_text(m_statement, index, text.constData(), int(text.size()),
                                      SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setStatementError(QStringLiteral("Unable to bind parameter %1").arg(index), rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::step()
{
    const int rc = m_api->step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc != SQLITE_DONE) {
        setStatementError(QStringLiteral("Unable to fetch row"), rc);
        m_api->reset(m_statement);
    }
    return false;
}

bool SqlCipherResult::exec()
{
    if (!m_statement)
        return false;
    m_api->reset(m_statement);
    m_api->clear_bindings(m_statement);
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    m_done = false;
    m_firstRowReady = false;
    if (!bindAll())
        return false;

    const int rc = m_api->step(m_statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        setStatementError(QStringLiteral("Unable to execute statement"), rc);
        m_api->reset(m_statement);
        return false;
    }
    const int columns = m_api->column_count(m_statement);
    m_record.clear();
    for (int i = 0; i < columns; ++i) {
        const char *declared = m_api->column_decltype(m_statement, i);
        QSqlField field(QString::fromUtf8(m_api->column_name(m_statement, i)),
                        metaTypeOfDeclared(QString::fromUtf8(declared ? declared : "")));
        m_record.append(field);
    }
    setSelect(columns > 0);
    m_firstRowReady = rc == SQLITE_ROW;
    m_done = rc == SQLITE_DONE;
    m_rowsAffected = columns > 0 ? -1 : m_api->changes(driver()->m_db);
    setActive(true);
    return true;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::fetchNext()
{
    if (!m_statement || !isSelect())
        return false;
    if (m_firstRowReady) {
        m_firstRowReady = false;
        setAt(0);
        return true;
    }
    if (m_done || !step()) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(at() + 1);
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    // Rows are streamed: only forward moves are possible.
    if (index == at())
        return at() >= 0;
    if (index < at())
        return false;
    while (at() < index) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (at() == 0)
        return true;
    if (at() == QSql::BeforeFirstRow)
        return fetchNext();
    return false;
}

bool SqlCipherResult::fetchLast()
{
    bool any = false;
    while (fetchNext())
        any = true;
    if (!any)
        return false;
    // The statement is past its last row now; SQLite cannot step back.
    return false;
}

QVariant SqlCipherResult::data(int field)
{
    if (!m_statement || at() < 0 || field < 0 || field >= m_record.count())
        return {};
    switch (m_api->column_type(m_statement, field)) {
    case SQLITE_INTEGER: {
        const qint64 v = m_api->column_int64(m_statement, field);
        if (m_record.field(field).metaType().id() == QMetaType::Bool)
            return v != 0;
        return v;
    }
    case SQLITE_FLOAT:
        return m_api->column_double(m_statement, field);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(m_api->column_blob(m_statement, field)),
                          m_api->column_bytes(m_statement, field));
    case SQLITE_NULL:
        return QVariant(m_record.field(field).metaType());
    default:
        return QString::fromUtf8(
            reinterpret_cast<const char *>(m_api->column_text(m_statement, field)),
            m_api->column_bytes(m_statement, field));
    }
}

bool SqlCipherResult::isNull(int field)
{
    return !m_statement || at() < 0 || field < 0 || field >= m_record.count() ||
           m_api->column_type(m_statement, field) == SQLITE_NULL;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!driver() || !driver()->m_db)
        return {};
    const qint64 id = m_api->last_insert_rowid(driver()->m_db);
    return id ? QVariant(id) : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_statement)
        m_api->reset(m_statement);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_statement));
}

// ---------------------------------------------------------------------------------------

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError SqlCipherDriver::makeError(const QString &text, QSqlError::ErrorType type) const
{
    const int code = m_db ? m_api->extended_errcode(m_db) : 0;
    return QSqlError(text, m_db ? QString::fromUtf8(m_api->errmsg(m_db)) : QString(), type,
                     QString::number(code));
}

bool SqlCipherDriver::execute(const char *sql, const QString &what)
{
    char *message = nullptr;
    const int rc = m_api->exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    setLastError(QSqlError(what, QString::fromUtf8(message ? message : m_api->errstr(rc)),
                           errorTypeFor(rc), QString::number(rc)));
    m_api->free(message);
    return false;
}

bool SqlCipherDriver::open(const QString &database, const QString &, const QString &password,
                           const QString &, int, const QString &options)
{
    if (isOpen())
        close();
    QString loadError;
    m_api = SqlCipherLibrary::instance(&loadError);
    if (!m_api) {
        setLastError(QSqlError(QStringLiteral("SQLCipher is not available"), loadError,
                               QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }

    int busyTimeoutMs = 5000;
    int kdfIterations = 256000;
    int pageSize = 0; // SQLCipher's default (1024 in SQLCipher 3)
    bool readOnly = false;
    for (const QString &raw : options.split(u';', Qt::SkipEmptyParts)) {
        const QString option = raw.trimmed();
        if (option.startsWith(u"QSQLITE_BUSY_TIMEOUT="))
            busyTimeoutMs = option.section(u'=', 1).toInt();
        else if (option.startsWith(u"QSQLCIPHER_KDF_ITER="))
            kdfIterations = option.section(u'=', 1).toInt();
        else if (option.startsWith(u"QSQLCIPHER_PAGE_SIZE="))
            pageSize = option.section(u'=', 1).toInt();
        else if (option == u"QSQLITE_OPEN_READONLY")
            readOnly = true;
    }

    const auto fail = [this](const QString &text) {
        setLastError(makeError(text, QSqlError::ConnectionError));
        if (m_db)
            m_api->close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    };

    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_FULLMUTEX;
    if (m_api->open_v2(database.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("Cannot open database file"));
    m_api->extended_result_codes(m_db, 1);
    m_api->busy_timeout(m_db, busyTimeoutMs);

    m_encrypted = !password.isEmpty();
    if (m_encrypted) {
        const QByteArray key = password.toUtf8();
        if (m_api->key(m_db, key.constData(), int(key.size())) != SQLITE_OK)
            return fail(QStringLiteral("Cannot set the database key"));
        if (!isRawKey(password)) {
            const QByteArray pragma = "PRAGMA kdf_iter = " + QByteArray::number(kdfIterations);
            if (!execute(pragma.constData(), QStringLiteral("Cannot set the key derivation")))
                return fail(lastError().driverText());
        }
        if (pageSize > 0) {
            const QByteArray pragma = "PRAGMA cipher_page_size = " + QByteArray::number(pageSize);
            if (!execute(pragma.constData(), QStringLiteral("Cannot set the page size")))
                return fail(lastError().driverText());
        }
        // Refuse to run if the calls did not reach SQLCipher: the data would be written in
        // plain text.
        if (cipherVersion().isEmpty())
            return fail(QStringLiteral("SQLCipher is not active in this process; refusing to "
                                       "open an encrypted database without encryption"));
    }
    // Reading the schema checks the key: a wrong key or a file that is not a database
    // fails here, not later with an apparently empty database.
    if (m_api->exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) !=
        SQLITE_OK) {
        const int code = m_api->extended_errcode(m_db);
        return fail(code == SQLITE_NOTADB
                        ? QStringLiteral("The key is wrong, or the file is not a database")
                        : QStringLiteral("Cannot read the database"));
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalize();
    m_api->close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so a writer waits (busy timeout) at BEGIN rather
    // than failing half-way through its batch.
    return isOpen() && execute("BEGIN IMMEDIATE", QStringLiteral("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execute("COMMIT", QStringLiteral("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execute("ROLLBACK", QStringLiteral("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << u"'table'"_s;
    if (type & QSql::Views)
        kinds << u"'view'"_s;
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        q.exec(
            u"SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE 'sqlite_%'"_s.arg(
                kinds.join(u',')));
        while (q.next())
            result.append(q.value(0).toString());
    }
    if (type & QSql::SystemTables)
        result.append(u"sqlite_master"_s);
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!isOpen())
        return record;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(u"PRAGMA table_info("_s + escapeIdentifier(tableName, TableName) + u')');
    while (q.next()) {
        QSqlField field(q.value(1).toString(), metaTypeOfDeclared(q.value(2).toString()),
                        tableName);
        field.setRequired(q.value(3).toInt() != 0);
        field.setDefaultValue(q.value(4));
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(u"PRAGMA table_info("_s + escapeIdentifier(tableName, TableName) + u')');
    while (q.next()) {
        if (q.value(5).toInt() > 0)
            index.append(QSqlField(q.value(1).toString(), metaTypeOfDeclared(q.value(2).toString()),
                                   tableName));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}

QString SqlCipherDriver::cipherVersion() const
{
    if (!m_db)
        return {};
    QString version;
    m_api->exec(
        m_db, "PRAGMA cipher_version",
        [](void *out, int columns, char **values, char **) {
            if (columns > 0 && values[0])
                *static_cast<QString *>(out) = QString::fromUtf8(values[0]);
            return 0;
        },
        &version, nullptr);
    return version;
}

} // namespace Jiandu
