#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

//! `jiandu-cli modules`: which modules an installation has and whether each loads.
Command modulesCommand();

} // namespace Jiandu::Cli
