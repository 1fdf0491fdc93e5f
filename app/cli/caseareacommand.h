#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

Command caseAreaCommand();

} // namespace Jiandu::Cli
