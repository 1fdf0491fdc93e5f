#pragma once

#include <QString>

namespace Jiandu {

//! The whole life of the jiandu process: command line, data directory, logging, language,
//! modules, shell, event loop. Returns the process exit code.
int runApplication(int argc, char *argv[]);

//! Installs Jiandu's and Qt's catalogues for \a language ("zh_CN", "en") into the running
//! application; false if Jiandu's catalogue is missing.
bool installTranslations(const QString &language);

} // namespace Jiandu
