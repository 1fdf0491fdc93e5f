#include "dutyclockwidget.h"

#include <QLabel>
#include <QVBoxLayout>
#include <core/clock.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

DutyClockWidget::DutyClockWidget(const Clock &clock, const QString &siteName, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_time(new QLabel(this))
    , m_date(new QLabel(this))
{
    setObjectName(QStringLiteral("dutyClock"));
    setAccessibleName(tr("Duty clock"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x0b, 0x1a, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xf1, 0xff));
    setPalette(p);

    auto *site = new QLabel(siteName, this);
    for (QLabel *label : {site, m_date, m_time})
        label->setAlignment(Qt::AlignCenter);
    QFont f = font();
    f.setPointSize(28);
    site->setFont(f);
    f.setPointSize(36);
    m_date->setFont(f);
    f.setPointSize(120);
    f.setBold(true);
    m_time->setFont(f);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(site);
    layout->addWidget(m_time);
    layout->addWidget(m_date);
    layout->addStretch(3);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DutyClockWidget::refresh);
    m_tick.start();
    refresh();
}

void DutyClockWidget::refresh()
{
    m_time->setText(timeText());
    m_date->setText(dateText());
}

QString DutyClockWidget::timeText() const
{
    return m_clock.now().toLocalTime().toString(u"HH:mm:ss"_s);
}

QString DutyClockWidget::dateText() const
{
    const QDateTime now = m_clock.now().toLocalTime();
    const QString weekdays[] = {tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                                tr("Friday"), tr("Saturday"), tr("Sunday")};
    //: Date on the duty clock: %1 year, %2 month, %3 day, %4 weekday
    return tr("%4, %2/%3/%1")
        .arg(now.date().year())
        .arg(now.date().month())
        .arg(now.date().day())
        .arg(weekdays[now.date().dayOfWeek() - 1]);
}

} // namespace Jiandu
