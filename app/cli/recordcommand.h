#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

//! `jiandu-cli record`: written records (笔录) read and checked by seed 004's rules.
Command recordCommand();

} // namespace Jiandu::Cli
