#pragma once

#include <QString>

namespace Jiandu {

//! 发现问题: what an operator saw on a camera during a patrol, with the snapshot as
//! evidence. It is the start of a supervision record.
struct PatrolFinding
{
    qint64 id = 0; //!< assigned when stored
    QString cameraId;
    QString cameraName;
    QString unit;
    qint64 timeMs = 0;
    QString operatorName;
    QString note;
    QString snapshotPath;
    QString snapshotSha256;
    QString uid; //!< the same on every workstation and the central service
};

} // namespace Jiandu
