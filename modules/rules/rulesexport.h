#pragma once

#include <QtCore/qglobal.h>

#if defined(JIANDU_RULES_LIBRARY)
#define JIANDU_RULES_EXPORT Q_DECL_EXPORT
#else
#define JIANDU_RULES_EXPORT Q_DECL_IMPORT
#endif
