#pragma once

#include <QtCore/qglobal.h>

#if defined(JIANDU_MODULELOADER_LIBRARY)
#define JIANDU_MODULELOADER_EXPORT Q_DECL_EXPORT
#else
#define JIANDU_MODULELOADER_EXPORT Q_DECL_IMPORT
#endif
