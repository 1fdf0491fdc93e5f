#pragma once

#include <QMap>
#include <QStringList>

namespace Jiandu::Central {

class PgConnection;

//! "--name value" options after the command words; the rest stays positional.
struct Arguments
{
    QStringList positional;
    QMap<QString, QString> options;
    QString error;

    static Arguments parse(const QStringList &args);
    //! False (with error) if an option is not one of \a known.
    bool onlyKnown(const QStringList &known);
};

enum Exit { Ok = 0, Failure = 1, Usage = 2, BadConfig = 3, NoDatabase = 4 };

//! The administration commands: share and intake keys, the organisation's units, users.
//! They print what they did, or the reason they did not, and return an Exit.
int keyCommand(PgConnection &connection, const Arguments &args);
int unitCommand(PgConnection &connection, const Arguments &args);
int userCommand(PgConnection &connection, const Arguments &args);
//! The demo city's units (seed/democity.h), those not there yet; how many were added.
int addDemoUnits(PgConnection &connection);

} // namespace Jiandu::Central
