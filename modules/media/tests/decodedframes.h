#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace Jiandu::Testing {

// One decoded frame of a recorded file.
struct DecodedFrame
{
    qint64 ptsNs = 0;
    qint64 stamp = -1; //!< the capture time the simulator drew into the frame
    bool keyframe = false;
    QImage picture;
};

// Every frame of a file, decoded as fast as it goes (not at playing pace), in
// presentation order: its timestamp and its stamp.
QList<DecodedFrame> decodeAll(const QString &path, bool keepPictures = false);

} // namespace Jiandu::Testing
