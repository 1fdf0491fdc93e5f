#pragma once

#include <QtCore/qglobal.h>

#if defined(JIANDU_MEDIA_LIBRARY)
#define JIANDU_MEDIA_EXPORT Q_DECL_EXPORT
#else
#define JIANDU_MEDIA_EXPORT Q_DECL_IMPORT
#endif
