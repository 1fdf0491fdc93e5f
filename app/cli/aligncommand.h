#pragma once

#include "clicommand.h"

namespace Jiandu::Cli {

//! `jiandu-cli align`: a written record's Q&A pairs placed in a speech transcript.
Command alignCommand();

} // namespace Jiandu::Cli
