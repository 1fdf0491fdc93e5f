#include "reviewtimeline.h"

#include "reviewmodels.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

ReviewTimeline::ReviewTimeline(const ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setMinimumHeight(28);
    setMouseTracking(true);
    setToolTip(tr("Where each pair was said; red: said but not written down. Click to play "
                  "from there."));
}

void ReviewTimeline::setDuration(qint64 ms)
{
    m_durationMs = ms;
    update();
}

void ReviewTimeline::setPosition(qint64 ms)
{
    m_positionMs = ms;
    update();
}

qint64 ReviewTimeline::length() const
{
    qint64 ms = m_durationMs;
    if (ms <= 0)
        ms = m_session.state().transcript.endMs();
    return std::max<qint64>(ms, 1000);
}

int ReviewTimeline::xAt(qint64 ms) const
{
    return int(double(ms) / double(length()) * width());
}

qint64 ReviewTimeline::msAt(int x) const
{
    return qint64(double(std::clamp(x, 0, width())) / std::max(1, width()) * double(length()));
}

void ReviewTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const auto &state = m_session.state();
    const int h = height();
    for (const UnwrittenPassage &u : state.alignment.unwritten)
        p.fillRect(QRect(xAt(u.startMs), h / 2, std::max(2, xAt(u.endMs) - xAt(u.startMs)), h / 2),
                   QColor(220, 60, 60));
    for (const PairAlignment &a : state.alignment.pairs) {
        if (a.status == PairAlignment::Status::NotFound)
            continue;
        QColor c = a.status == PairAlignment::Status::Manual ? QColor(60, 110, 220)
                   : a.confidence < 0.5                      ? QColor(150, 200, 150)
                                                             : QColor(40, 150, 70);
        p.fillRect(
            QRect(xAt(a.startMs), 2, std::max(2, xAt(a.endMs) - xAt(a.startMs) - 1), h / 2 - 3), c);
    }
    p.setPen(QColor(230, 150, 0));
    for (const Bookmark &b : state.bookmarks) {
        const int x = xAt(b.atMs);
        p.drawLine(x, 0, x, h);
        p.drawLine(x, 0, x + 4, 4);
    }
    p.setPen(QPen(palette().text().color(), 2));
    const int x = xAt(m_positionMs);
    p.drawLine(x, 0, x, h);
    p.setPen(palette().mid().color());
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void ReviewTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT seekRequested(msAt(int(event->position().x())));
}

bool ReviewTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 ms = msAt(help->pos().x());
        QString text = clockText(ms);
        if (const int pair = m_session.pairAt(ms); pair > 0)
            text += u"  "_s + tr("pair %1").arg(pair);
        for (const UnwrittenPassage &u : m_session.state().alignment.unwritten)
            if (u.startMs <= ms && ms <= u.endMs)
                text += u"  "_s + tr("said but not written: %1").arg(u.text.left(40));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Jiandu::Review
