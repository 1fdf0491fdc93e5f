#pragma once

namespace Jiandu {

//! The whole life of the jiandu process: command line, data directory, logging, language,
//! modules, shell, event loop. Returns the process exit code.
int runApplication(int argc, char *argv[]);

} // namespace Jiandu
