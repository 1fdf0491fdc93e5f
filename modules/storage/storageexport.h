#pragma once

#include <QtCore/qglobal.h>

#if defined(JIANDU_STORAGE_LIBRARY)
#define JIANDU_STORAGE_EXPORT Q_DECL_EXPORT
#else
#define JIANDU_STORAGE_EXPORT Q_DECL_IMPORT
#endif
