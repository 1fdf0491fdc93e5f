#include "systemstatuswidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QStorageInfo>
#include <core/clock.h>
#include <core/loghub.h>
#include <moduleapi/ishell.h>

namespace Jiandu {

SystemStatusWidget::SystemStatusWidget(IShell &shell, qint64 startedMs, Presentation presentation,
                                       QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_startedMs(startedMs)
    , m_modules(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_disk(new QLabel(this))
    , m_uptime(new QLabel(this))
{
    setObjectName(QStringLiteral("systemStatus"));
    setAccessibleName(tr("Workstation status"));
    const bool wall = presentation == Presentation::Wall;
    QFont big = font();
    if (wall) {
        setAutoFillBackground(true);
        QPalette p = palette();
        p.setColor(QPalette::Window, QColor(0x0b, 0x1a, 0x2e));
        p.setColor(QPalette::WindowText, QColor(0xe8, 0xf1, 0xff));
        setPalette(p);
        big.setPointSize(30);
    }
    auto *title = new QLabel(tr("Workstation status"), this);
    QFont titleFont = big;
    titleFont.setPointSize(wall ? 44 : big.pointSize() + 3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(wall ? Qt::AlignCenter : Qt::AlignLeft);

    auto *grid = new QGridLayout(this);
    grid->setRowStretch(0, wall ? 1 : 0);
    grid->addWidget(title, 1, 0, 1, 2);
    const QString captions[] = {tr("Modules running"), tr("Warnings and errors (last hour)"),
                                tr("Free space for data"), tr("Up for")};
    QLabel *values[] = {m_modules, m_problems, m_disk, m_uptime};
    for (int i = 0; i < 4; ++i) {
        auto *caption = new QLabel(captions[i], this);
        caption->setFont(big);
        caption->setAlignment((wall ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        values[i]->setFont(big);
        grid->addWidget(caption, i + 2, 0);
        grid->addWidget(values[i], i + 2, 1);
    }
    grid->setRowStretch(6, wall ? 1 : 0);
    if (!wall)
        grid->setColumnStretch(2, 1); // keep captions and values together on the left
    grid->setHorizontalSpacing(wall ? 40 : 24);

    m_tick.setInterval(5000);
    connect(&m_tick, &QTimer::timeout, this, &SystemStatusWidget::refresh);
    m_tick.start();
    refresh();
}

void SystemStatusWidget::refresh()
{
    m_modules->setText(QString::number(m_shell.runningModules().size()));

    const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    const int problems = LogHub::instance().countSince(hourAgo, QtWarningMsg);
    m_problems->setText(QString::number(problems));
    m_problems->setStyleSheet(problems > 0 ? QStringLiteral("color: #ffb74d;") : QString());

    const QStorageInfo storage(m_shell.context().dataDirectory);
    m_disk->setText(storage.isValid()
                        ? tr("%1 GB").arg(double(storage.bytesAvailable()) / 1e9, 0, 'f', 1)
                        : tr("unknown"));

    const qint64 seconds = (m_shell.clock().nowMs() - m_startedMs) / 1000;
    m_uptime->setText(tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60));
}

} // namespace Jiandu
