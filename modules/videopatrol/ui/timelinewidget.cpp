#include "timelinewidget.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {
constexpr int kLabelWidth = 110;
constexpr int kRuler = 22;
constexpr int kRow = 22;
constexpr qint64 kMinSpan = 60 * 1000;
constexpr qint64 kMaxSpan = 24 * 3600 * 1000;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"playbackTimeline"_s);
    setAccessibleName(tr("Timeline"));
    setMouseTracking(true);
    setMinimumHeight(kRuler + kRow + 8);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize TimelineWidget::sizeHint() const
{
    return {800, kRuler + kRow * int(std::max<qsizetype>(1, m_tracks.size())) + 8};
}

void TimelineWidget::setWindow(qint64 fromMs, qint64 toMs)
{
    const qint64 span = std::clamp(toMs - fromMs, kMinSpan, kMaxSpan);
    const qint64 centre = fromMs + (toMs - fromMs) / 2;
    m_fromMs = centre - span / 2;
    m_toMs = m_fromMs + span;
    update();
    Q_EMIT windowChanged(m_fromMs, m_toMs);
}

void TimelineWidget::setTracks(const QList<Track> &tracks)
{
    m_tracks = tracks;
    setFixedHeight(sizeHint().height());
    update();
}

void TimelineWidget::setBookmarks(const QList<Bookmark> &bookmarks)
{
    m_bookmarks = bookmarks;
    update();
}

void TimelineWidget::setPosition(qint64 ms)
{
    if (ms == m_positionMs)
        return;
    m_positionMs = ms;
    update();
}

int TimelineWidget::recordedStretches() const
{
    int n = 0;
    for (const Track &t : m_tracks)
        n += int(t.recorded.size());
    return n;
}

QRect TimelineWidget::barArea() const
{
    return rect().adjusted(kLabelWidth, 0, -8, 0);
}

qint64 TimelineWidget::timeAt(int x) const
{
    const QRect area = barArea();
    const double f = std::clamp(double(x - area.left()) / std::max(1, area.width()), 0.0, 1.0);
    return m_fromMs + qint64(f * double(m_toMs - m_fromMs));
}

int TimelineWidget::xOf(qint64 ms) const
{
    const QRect area = barArea();
    return area.left() + int(double(ms - m_fromMs) * area.width() / double(m_toMs - m_fromMs));
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x14, 0x1b, 0x26));
    const QRect area = barArea();
    // Ruler: a tick every "nice" step, labelled with the time of day.
    const qint64 span = m_toMs - m_fromMs;
    qint64 step = 60000;
    for (qint64 candidate :
         {60000LL, 300000LL, 600000LL, 1800000LL, 3600000LL, 7200000LL, 10800000LL}) {
        step = candidate;
        if (span / candidate <= 12)
            break;
    }
    p.setPen(QColor(0x8a, 0x9b, 0xb4));
    const QDateTime origin = QDateTime::fromMSecsSinceEpoch(m_fromMs);
    const qint64 offset = origin.offsetFromUtc() * 1000LL;
    for (qint64 t = ((m_fromMs + offset) / step + 1) * step - offset; t < m_toMs; t += step) {
        const int x = xOf(t);
        p.drawLine(x, kRuler - 6, x, height());
        p.drawText(x + 3, kRuler - 8, QDateTime::fromMSecsSinceEpoch(t).toString(u"HH:mm"_s));
    }
    p.drawText(QRect(4, 0, kLabelWidth - 8, kRuler), Qt::AlignVCenter | Qt::AlignLeft,
               QDateTime::fromMSecsSinceEpoch(m_fromMs).toString(u"yyyy-MM-dd"_s));
    // One row per camera: recorded stretches.
    for (int i = 0; i < m_tracks.size(); ++i) {
        const int y = kRuler + i * kRow;
        p.setPen(QColor(0xe8, 0xf1, 0xff));
        p.drawText(QRect(4, y, kLabelWidth - 8, kRow), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(m_tracks[i].label, Qt::ElideRight, kLabelWidth - 8));
        p.fillRect(QRect(area.left(), y + 4, area.width(), kRow - 8), QColor(0x24, 0x2e, 0x3d));
        for (const auto &[from, to] : m_tracks[i].recorded) {
            if (to < m_fromMs || from > m_toMs)
                continue;
            const int x1 = std::max(area.left(), xOf(from));
            const int x2 = std::min(area.right(), xOf(to));
            p.fillRect(QRect(x1, y + 4, std::max(1, x2 - x1), kRow - 8), QColor(0x2f, 0x7d, 0xe1));
        }
    }
    // Bookmarks: findings, as red markers on the ruler.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe5, 0x48, 0x4d));
    for (const Bookmark &b : m_bookmarks) {
        if (b.timeMs < m_fromMs || b.timeMs > m_toMs)
            continue;
        const int x = xOf(b.timeMs);
        const QPoint triangle[3] = {{x - 5, kRuler - 10}, {x + 5, kRuler - 10}, {x, kRuler - 2}};
        p.drawPolygon(triangle, 3);
    }
    // The playback position.
    if (m_positionMs >= m_fromMs && m_positionMs <= m_toMs) {
        const int x = xOf(m_positionMs);
        p.setPen(QPen(QColor(0xff, 0xd1, 0x4d), 2));
        p.drawLine(x, 0, x, height());
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->position().x() >= kLabelWidth)
        Q_EMIT seekRequested(timeAt(int(event->position().x())));
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && event->position().x() >= kLabelWidth)
        Q_EMIT seekRequested(timeAt(int(event->position().x())));
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const qint64 at = timeAt(int(event->position().x()));
    const double factor = event->angleDelta().y() > 0 ? 0.7 : 1.0 / 0.7;
    const qint64 span = std::clamp(qint64(double(m_toMs - m_fromMs) * factor), kMinSpan, kMaxSpan);
    const double f = double(at - m_fromMs) / double(m_toMs - m_fromMs);
    const qint64 from = at - qint64(f * double(span));
    setWindow(from, from + span);
    event->accept();
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int x = help->pos().x();
        QString text = QDateTime::fromMSecsSinceEpoch(timeAt(x)).toString(u"HH:mm:ss"_s);
        for (const Bookmark &b : m_bookmarks) {
            if (qAbs(xOf(b.timeMs) - x) <= 5)
                text += u'\n' + b.text;
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Jiandu
