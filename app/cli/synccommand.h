#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

Command syncCommand();

} // namespace Jiandu::Cli
