#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

//! `jiandu-cli media probe URL`: connect to a camera and report what arrives.
Command mediaCommand();

} // namespace Jiandu::Cli
