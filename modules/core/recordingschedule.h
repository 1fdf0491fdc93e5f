#pragma once

#include "coreexport.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QDateTime;

namespace Jiandu {

//! 录像计划: when the workstation records a camera by itself, whatever is on screen.
//! Written as text in the site description ("recording" of a camera): "continuous",
//! "manual" (only when an operator presses 录像), "on alert" (for a while after an alert
//! names the camera), or daily windows such as "08:00-12:00, 14:00-18:00" (a window may run
//! past midnight: "22:00-06:00").
struct JIANDU_CORE_EXPORT RecordingSchedule
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::RecordingSchedule)

public:
    enum class Mode { Invalid = 0, Manual, Continuous, Windows, OnAlert };

    Mode mode = Mode::Manual;
    QList<QPair<int, int>> windows; //!< [from, to) in minutes after midnight, local time

    //! Whether it records at \a time (local time of day); "on alert" depends on the alerts,
    //! not on the time, and says false here.
    bool recordsAt(const QDateTime &time) const;
    QString toText() const;
    static Result<RecordingSchedule> fromText(const QString &text);

    friend bool operator==(const RecordingSchedule &, const RecordingSchedule &) = default;
};

} // namespace Jiandu
