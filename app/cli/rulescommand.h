#pragma once

#include "clicommand.h"

#include <QJsonObject>
#include <rules/ruleengine.h>

namespace Jiandu::Cli {

Command rulesCommand();
//! An alert raised, suppressed or resolved as one JSON line says it.
QJsonObject alertChangeJson(const AlertChange &change);

} // namespace Jiandu::Cli
