#include "playbackview.h"

#include "videopainting.h"

#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Jiandu {

PlaybackView::PlaybackView(const SiteCamera &camera, const QString &operatorName,
                           const QString &workstation, QWidget *parent)
    : QWidget(parent)
    , m_camera(camera)
    , m_operator(operatorName)
    , m_workstation(workstation)
{
    setObjectName(u"playbackView"_s);
    setAccessibleName(camera.name);
    setFocusPolicy(Qt::ClickFocus);
    setMinimumSize(160, 90);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PlaybackView::showFrame(const QImage &frame, qint64 timeMs)
{
    m_frame = frame;
    m_frameTimeMs = timeMs;
    update();
}

void PlaybackView::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    setAccessibleDescription(status);
    update();
}

void PlaybackView::clear()
{
    m_frame = QImage();
    m_frameTimeMs = -1;
    update();
}

void PlaybackView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x10, 0x14, 0x1a));
    VideoPainting::paintFrame(p, rect(), m_frame);
    if (!m_status.isEmpty() && !m_frame.isNull())
        p.fillRect(rect(), QColor(0, 0, 0, 140));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(QColor(0xe8, 0xf1, 0xff));
    p.drawText(rect().adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignTop, m_camera.name);
    if (m_frameTimeMs > 0) {
        p.setPen(QColor(0xff, 0xd1, 0x4d));
        p.drawText(
            rect().adjusted(8, 6, -8, -6), Qt::AlignRight | Qt::AlignTop,
            QDateTime::fromMSecsSinceEpoch(m_frameTimeMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    }
    p.setFont(font());
    if (!m_status.isEmpty()) {
        p.setPen(QColor(0xe8, 0xf1, 0xff));
        p.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap, m_status);
    }
    VideoPainting::paintWatermark(p, rect(), m_operator, m_workstation);
    p.setPen(hasFocus() ? QColor(0x40, 0xc4, 0xff) : QColor(0x30, 0x38, 0x44));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void PlaybackView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

} // namespace Jiandu
