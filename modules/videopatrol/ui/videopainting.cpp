#include "videopainting.h"

#include <QDateTime>
#include <QHash>
#include <QPainter>
#include <QPolygonF>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Jiandu::VideoPainting {

void paintFrame(QPainter &p, const QRect &area, const QImage &frame)
{
    if (frame.isNull())
        return;
    const QSize fitted = frame.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.topLeft() + QPoint((area.width() - fitted.width()) / 2,
                                               (area.height() - fitted.height()) / 2),
                       fitted);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, frame);
}

void paintWatermark(QPainter &p, const QRect &area, const QString &operatorName,
                    const QString &workstation)
{
    const QString mark = u"%1 · %2 · %3"_s.arg(
        operatorName, workstation, QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    p.save();
    p.setClipRect(area);
    p.setPen(QColor(255, 255, 255, 30));
    p.translate(area.center());
    p.rotate(-20);
    const int step = p.fontMetrics().horizontalAdvance(mark) + 60;
    for (int y = -area.height(); y < area.height(); y += 130)
        for (int x = -area.width(); x < area.width(); x += step)
            p.drawText(x, y, mark);
    p.restore();
    p.save();
    p.setPen(QColor(255, 255, 255, 170));
    p.drawText(area.adjusted(8, 6, -8, -6), Qt::AlignRight | Qt::AlignBottom, mark);
    p.restore();
}

QIcon tileIcon(TileIcon which)
{
    // Drawn once (a grid has 25 tiles, a wall as many), at 2× so that they stay sharp on a
    // high-density wall screen.
    static QHash<int, QIcon> drawn;
    if (const auto it = drawn.constFind(int(which)); it != drawn.cend())
        return it.value();
    QPixmap pixmap(36, 36);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor light(0xe8, 0xf1, 0xff);
    p.setPen(QPen(light, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (which) {
    case TileIcon::Snapshot: // a camera body and its lens
        p.drawRoundedRect(QRectF(2, 5, 14, 10), 2, 2);
        p.drawRect(QRectF(6, 3, 5, 2));
        p.drawEllipse(QPointF(9, 10), 3, 3);
        break;
    case TileIcon::Record:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xff, 0x52, 0x52));
        p.drawEllipse(QPointF(9, 9), 5.5, 5.5);
        break;
    case TileIcon::Clip: // a strip of film between brackets
        p.drawLine(QPointF(4, 3), QPointF(4, 15));
        p.drawLine(QPointF(14, 3), QPointF(14, 15));
        p.drawLine(QPointF(4, 3), QPointF(7, 3));
        p.drawLine(QPointF(4, 15), QPointF(7, 15));
        p.drawLine(QPointF(14, 3), QPointF(11, 3));
        p.drawLine(QPointF(14, 15), QPointF(11, 15));
        p.drawLine(QPointF(8, 7), QPointF(11, 9));
        p.drawLine(QPointF(11, 9), QPointF(8, 11));
        break;
    case TileIcon::Replay: // an arrow turning back
        p.drawArc(QRectF(3, 3, 12, 12), 90 * 16, 270 * 16);
        p.drawLine(QPointF(9, 3), QPointF(6, 1));
        p.drawLine(QPointF(9, 3), QPointF(6, 5.5));
        break;
    case TileIcon::Sound: // a speaker and a wave
        p.drawPolygon(QPolygonF({QPointF(2, 7), QPointF(5, 7), QPointF(9, 3), QPointF(9, 15),
                                 QPointF(5, 11), QPointF(2, 11)}));
        p.drawArc(QRectF(8, 5, 6, 8), -60 * 16, 120 * 16);
        p.drawArc(QRectF(8, 2, 9, 14), -60 * 16, 120 * 16);
        break;
    case TileIcon::FullScreen: // four corners
        for (const auto &[x, y, dx, dy] :
             {std::tuple{2, 2, 1, 1}, {16, 2, -1, 1}, {2, 16, 1, -1}, {16, 16, -1, -1}}) {
            p.drawLine(QPointF(x, y), QPointF(x + 4 * dx, y));
            p.drawLine(QPointF(x, y), QPointF(x, y + 4 * dy));
        }
        break;
    case TileIcon::ToWall: // a screen on a stand
        p.drawRect(QRectF(2, 3, 14, 9));
        p.drawLine(QPointF(9, 12), QPointF(9, 15));
        p.drawLine(QPointF(5, 15), QPointF(13, 15));
        break;
    case TileIcon::Close:
        p.drawLine(QPointF(4, 4), QPointF(14, 14));
        p.drawLine(QPointF(14, 4), QPointF(4, 14));
        break;
    case TileIcon::More: // ⋯
        p.setPen(Qt::NoPen);
        p.setBrush(light);
        for (int x : {4, 9, 14})
            p.drawEllipse(QPointF(x, 9), 1.6, 1.6);
        break;
    }
    p.end();
    return *drawn.insert(int(which), QIcon(pixmap));
}

} // namespace Jiandu::VideoPainting
