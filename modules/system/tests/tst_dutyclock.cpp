#include "../ui/dutyclockwidget.h"

#include <QLabel>
#include <QTest>
#include <core/clock.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_DutyClock : public QObject
{
    Q_OBJECT
private slots:
    void showsTheInjectedTime()
    {
        VirtualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 59, 58), Qt::LocalTime));
        DutyClockWidget widget(clock, u"演示市公安局城东分局"_s);
        QCOMPARE(widget.timeText(), u"08:59:58"_s);
        QCOMPARE(widget.dateText(), u"Monday, 11/23/2026"_s);
        clock.advanceMs(3 * 1000);
        widget.refresh();
        QCOMPARE(widget.timeText(), u"09:00:01"_s);
        bool siteShown = false;
        for (QLabel *label : widget.findChildren<QLabel *>())
            siteShown |= label->text() == u"演示市公安局城东分局"_s;
        QVERIFY(siteShown);
    }
};

QTEST_MAIN(tst_DutyClock)
#include "tst_dutyclock.moc"
