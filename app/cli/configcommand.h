#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

//! `jiandu-cli config check FILE`: is a workstation configuration file usable?
Command configCommand();

} // namespace Jiandu::Cli
