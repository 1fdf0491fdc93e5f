#pragma once

#include <QList>
#include <QString>

namespace Jiandu {

//! One step of a module's tables in the cache: SQL run in one transaction with the record
//! that the module's data now has this version. A module's steps are numbered 1, 2, 3, …
//! and append only: a released step is never edited, a change is a new step.
struct Migration
{
    int version = 0;
    QList<QString> statements;
};

} // namespace Jiandu
