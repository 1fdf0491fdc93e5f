#include <QTest>
#include <core/clock.h>

using namespace Jiandu;

class tst_Clock : public QObject
{
    Q_OBJECT
private slots:
    void virtualClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
        VirtualClock clock(start);
        QCOMPARE(clock.now(), start);
        QTest::qWait(20);
        QCOMPARE(clock.now(), start);
        clock.advanceMs(30LL * 24 * 3600 * 1000); // a 30-day deadline in no time
        QCOMPARE(clock.now(), start.addDays(30));
        clock.setNowMs(0);
        QCOMPARE(clock.nowMs(), 0);
    }

    void systemClockFollowsTheMachine()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = SystemClock::instance()->nowMs();
        QVERIFY(now >= before && now - before < 1000);
        QCOMPARE(SystemClock::instance()->now().timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(tst_Clock)
#include "tst_clock.moc"
