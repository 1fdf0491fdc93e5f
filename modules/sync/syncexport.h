#pragma once

#include <QtCore/qglobal.h>

#if defined(JIANDU_SYNC_LIBRARY)
#define JIANDU_SYNC_EXPORT Q_DECL_EXPORT
#else
#define JIANDU_SYNC_EXPORT Q_DECL_IMPORT
#endif
