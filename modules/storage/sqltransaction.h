#pragma once

#include <QSqlDatabase>

namespace Jiandu {

//! BEGIN … COMMIT on a cache connection; rolled back if left without commit() (an error on
//! the way returned early).
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {}
    ~SqlTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace Jiandu
