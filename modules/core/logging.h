#pragma once

#include "coreexport.h"

#include <QLoggingCategory>

// One category per module: "jiandu.<module>". Operators switch debug output per module
// in the log settings page; the rules are applied with QLoggingCategory::setFilterRules.
JIANDU_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcCore)
