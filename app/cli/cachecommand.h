#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

//! `jiandu-cli cache init|check|stats|passwd|rekey`: the encrypted local cache.
Command cacheCommand();

} // namespace Jiandu::Cli
