#pragma once

#include <QtCore/qglobal.h>

#if defined(JIANDU_MODULEAPI_LIBRARY)
#define JIANDU_MODULEAPI_EXPORT Q_DECL_EXPORT
#else
#define JIANDU_MODULEAPI_EXPORT Q_DECL_IMPORT
#endif
