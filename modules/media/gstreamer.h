#pragma once

#include "mediaexport.h"

#include <QString>
#include <core/result.h>
#include <memory>

typedef struct _GstElement GstElement;
typedef struct _GstBus GstBus;
typedef struct _GstMessage GstMessage;

namespace Jiandu::Gst {

//! Initialises GStreamer once per process; false (with the reason logged) if it cannot.
JIANDU_MEDIA_EXPORT bool ensureInitialized();

//! Owns a GstElement reference (pipelines, elements from gst_bin_get_by_name).
struct JIANDU_MEDIA_EXPORT ElementDeleter
{
    void operator()(GstElement *element) const;
};
using ElementPtr = std::unique_ptr<GstElement, ElementDeleter>;

//! The text of an ERROR message (GStreamer's words, logged with its debug detail).
JIANDU_MEDIA_EXPORT QString errorText(GstMessage *message);

//! Stops \a pipeline and drops it on a background thread (stopping can block for seconds on
//! a network source); \a keepAlive (its callbacks' data) is released after it has stopped.
//! Waited for when the process exits.
JIANDU_MEDIA_EXPORT void retire(ElementPtr pipeline, std::shared_ptr<void> keepAlive = {});

//! The pipeline \a description (gst-launch syntax) builds, or GStreamer's reason why not.
JIANDU_MEDIA_EXPORT Result<ElementPtr> parsePipeline(const QString &description);

} // namespace Jiandu::Gst
