#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

//! `jiandu-cli transcribe`: a recording's speech transcript from a recognition service.
Command transcribeCommand();

} // namespace Jiandu::Cli
