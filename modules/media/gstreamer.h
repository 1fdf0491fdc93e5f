#pragma once

#include "mediaexport.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>
#include <core/result.h>
#include <functional>
#include <memory>

typedef struct _GstElement GstElement;
typedef struct _GstBus GstBus;
typedef struct _GstMessage GstMessage;
typedef struct _GstAppSink GstAppSink;
typedef struct _GstSample GstSample;

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
//! parsePipeline() on a worker thread (parsing, finding plugins and linking take tens of
//! milliseconds, more on a busy machine: a grid starting many cameras must not hold the UI
//! thread), then \a done on \a context's thread while it exists; a pipeline nobody takes
//! is released.
JIANDU_MEDIA_EXPORT void parseInBackground(QObject *context, const QString &description,
                                           std::function<void(Result<ElementPtr>)> done);
//! Logs that \a url failed with \a reason and is tried again in \a backoffMs: a warning for
//! the first failure of an outage, information for the retries that follow (\a again).
JIANDU_MEDIA_EXPORT void logRetry(const QUrl &url, const QString &reason, bool again,
                                  int backoffMs);

//! Builds the pipeline \a description and runs it to its end (files made by a pipeline that
//! ends: a demo recording, a test's footage); GStreamer's reason when it fails or takes
//! longer than \a timeoutSeconds.
JIANDU_MEDIA_EXPORT Result<void> runToEnd(const QString &description, int timeoutSeconds = 600,
                                          const std::function<void(GstElement *)> &prepare = {});

//! Sets the creation time a muxer named \a muxer in \a pipeline writes (Matroska's DateUTC,
//! MP4's creation time): when the recording began, as the review reads it back.
JIANDU_MEDIA_EXPORT void setCreationTime(GstElement *pipeline, const char *muxer,
                                         const QDateTime &at);

//! \a text as a quoted value in a pipeline description (a path with spaces or quotes).
JIANDU_MEDIA_EXPORT QString quoted(const QString &text);

//! The error waiting on \a pipeline's bus, in words (Gst::errorText), or empty; never waits.
JIANDU_MEDIA_EXPORT QString pendingError(GstElement *pipeline);

//! The next sample of \a sink; null at the end, on an error (then \a error says which) or
//! when nothing came for 30 s (\a error says so). Errors end the wait at once.
JIANDU_MEDIA_EXPORT GstSample *pullSample(GstElement *pipeline, GstAppSink *sink, QString *error);

} // namespace Jiandu::Gst
