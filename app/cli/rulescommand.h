#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

Command rulesCommand();

} // namespace Jiandu::Cli
