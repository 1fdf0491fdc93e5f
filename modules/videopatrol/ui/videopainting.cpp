#include "videopainting.h"

#include <QDateTime>
#include <QPainter>

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

} // namespace Jiandu::VideoPainting
