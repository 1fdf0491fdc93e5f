#pragma once

#include <QIcon>
#include <QImage>
#include <QRect>
#include <QString>

class QPainter;

namespace Jiandu::VideoPainting {

//! \a frame scaled into \a area, centred, aspect kept.
void paintFrame(QPainter &p, const QRect &area, const QImage &frame);
//! 远程监控水印: who watched, from where, when — faint across the picture and plain in
//! the corner, on every picture an operator sees, live or played back.
void paintWatermark(QPainter &p, const QRect &area, const QString &operatorName,
                    const QString &workstation);

//! The tile buttons' pictures, drawn light for a dark header over video.
enum class TileIcon { Snapshot, Record, Clip, Replay, Sound, FullScreen, ToWall, Close, More };
QIcon tileIcon(TileIcon which);

} // namespace Jiandu::VideoPainting
