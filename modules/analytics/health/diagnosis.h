#pragma once

#include "camerahealth.h"

#include <QJsonObject>
#include <core/result.h>
#include <functional>

namespace Jiandu::Analytics {

struct DiagnosisOptions
{
    int pictures = 5;           //!< stills looked at
    int intervalMs = 1000;      //!< between them, in the source's time
    int timeoutMs = 20000;      //!< for all of them
    bool keyframesOnly = false; //!< a live camera: decode key frames only
    std::function<bool()> cancelled;
};

//! One diagnosis of a camera or a recording: its checks after the pictures of this round.
struct Diagnosis
{
    QString source;
    qint64 atMs = 0; //!< when it was made
    HealthVerdict overall = HealthVerdict::CannotJudge;
    QList<CheckResult> checks;
    int pictures = 0;
    int width = 0; //!< of the pictures as decoded for analysis
    int height = 0;
    QString shortBecause; //!< why fewer pictures came than asked for, if so
    cv::Mat lastPicture;  //!< the last picture looked at (BGR, working width), if any

    QJsonObject toJson() const;
};

//! Looks at \a pictures stills of \a source and feeds them to \a health (kept between rounds,
//! so a scheduled diagnosis has its hysteresis across rounds); a source that gives no picture
//! is a loss of signal. Blocking: run it on a worker thread.
Diagnosis diagnose(const QString &source, const DiagnosisOptions &options, CameraHealth &health);

//! The reference view from \a source: a picture file, a recording or a camera's address.
Result<ReferenceView> referenceFrom(const QString &source, int timeoutMs = 20000);

} // namespace Jiandu::Analytics
