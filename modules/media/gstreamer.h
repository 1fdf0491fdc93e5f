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

//! What an ERROR message means for the operator, in a short translated reason ("the camera
//! cannot be reached"); GStreamer's own words and debug detail go to the log.
JIANDU_MEDIA_EXPORT QString errorText(GstMessage *message);
//! The reason for an error of \a domain and \a code (a GError's), \a raw when none fits.
JIANDU_MEDIA_EXPORT QString reasonFor(quint32 domain, int code, const QString &raw);

//! Stops \a pipeline and drops it on a background thread (stopping can block for seconds on
//! a network source); \a keepAlive (its callbacks' data) is released after it has stopped.
//! Waited for when the process exits.
JIANDU_MEDIA_EXPORT void retire(ElementPtr pipeline, std::shared_ptr<void> keepAlive = {});

//! The pipeline \a description (gst-launch syntax) builds, or GStreamer's reason why not.
JIANDU_MEDIA_EXPORT Result<ElementPtr> parsePipeline(const QString &description);

} // namespace Jiandu::Gst
