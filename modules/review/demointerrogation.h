#pragma once

#include <QString>
#include <core/result.h>

namespace Jiandu::Review {

//! The demo site's interrogation: its written record and transcript (from the demo
//! resources) and a recording made to match them — a picture with the words said shown as
//! they are said, and a tone for each voice while it speaks — so the review can be tried
//! without real footage. Slow (seconds of encoding): run it on a worker thread.
namespace DemoInterrogation {

struct Files
{
    QString recording;
    QString record;
    QString transcript;
};

//! Writes the demo's files into \a folder (made if needed), or says why it could not.
Result<Files> make(const QString &folder);

} // namespace DemoInterrogation

} // namespace Jiandu::Review
