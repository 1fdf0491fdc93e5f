#pragma once

#include "postgres.h"

#include <QString>
#include <QStringList>

namespace Jiandu::Central {

//! The versioned SQL migrations built into the service (db/migrations/NNNN_name.sql), applied
//! in order, each in its own transaction, recorded in schema_migration. Several instances
//! starting at once take turns (an advisory lock); a database newer than the service is
//! refused rather than half-understood.
class Migrations
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QByteArray sql;
    };
    static QList<Step> builtIn();
    static int latestVersion();

    //! Brings the database at \a connection up to date. Returns what was applied ("0001_share"…);
    //! throws PgError, or std::runtime_error for a database newer than this service.
    static QStringList apply(PgConnection &connection);
    //! The version the database is at (0: none yet).
    static int currentVersion(PgConnection &connection);
};

} // namespace Jiandu::Central
