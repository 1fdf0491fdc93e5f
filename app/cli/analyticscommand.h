#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

//! `jiandu-cli analytics`: video analytics without the client (camera health diagnosis).
Command analyticsCommand();

} // namespace Jiandu::Cli
