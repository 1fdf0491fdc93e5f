#pragma once

#include <QtCore/qglobal.h>

#if defined(JIANDU_CORE_LIBRARY)
#define JIANDU_CORE_EXPORT Q_DECL_EXPORT
#else
#define JIANDU_CORE_EXPORT Q_DECL_IMPORT
#endif
