#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

//! `jiandu-cli map`: the command map's coordinates and queries without the map.
Command mapCommand();

} // namespace Jiandu::Cli
