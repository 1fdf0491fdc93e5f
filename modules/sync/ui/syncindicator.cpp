#include "syncindicator.h"

#include "../syncservice.h"

#include <QPainter>
#include <QPixmap>

namespace Jiandu {

namespace {

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

SyncIndicator::SyncIndicator(SyncService &service, QWidget *parent)
    : QToolButton(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(&service, &SyncService::statusChanged, this, &SyncIndicator::refresh);
    refresh();
}

void SyncIndicator::refresh()
{
    const SyncService::Status status = m_service.status();
    setText(SyncService::stateText(status));
    QColor colour(Qt::gray);
    switch (status.state) {
    case SyncService::State::Idle:
        colour = QColor(0x2e, 0x9d, 0x4f);
        break;
    case SyncService::State::Syncing:
        colour = QColor(0x1f, 0x6f, 0xd1);
        break;
    case SyncService::State::Unreachable:
        colour = QColor(0xd9, 0x8c, 0x1a);
        break;
    case SyncService::State::Failed:
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    case SyncService::State::NotConfigured:
    case SyncService::State::Offline:
        break;
    }
    setIcon(dot(colour));
    setToolTip(status.reason.isEmpty() ? text() : text() + QStringLiteral("\n") + status.reason);
}

} // namespace Jiandu
