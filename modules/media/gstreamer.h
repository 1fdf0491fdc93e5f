#pragma once

#include "mediaexport.h"

#include <memory>

typedef struct _GstElement GstElement;
typedef struct _GstBus GstBus;

namespace Jiandu::Gst {

//! Initialises GStreamer once per process; false (with the reason logged) if it cannot.
JIANDU_MEDIA_EXPORT bool ensureInitialized();

//! Owns a GstElement reference (pipelines, elements from gst_bin_get_by_name).
struct ElementDeleter
{
    void operator()(GstElement *element) const;
};
using ElementPtr = std::unique_ptr<GstElement, ElementDeleter>;

} // namespace Jiandu::Gst
