// A receiver's NMEA log read into fixes: RMC and GGA of one moment are one fix, sentences
// with a wrong checksum or no fix are counted and left out, so are positions outside the
// world and a 100 km jump between two seconds.
#include <QTest>
#include <QTimeZone>
#include <commandmap/positions/nmealog.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CommandMap;

namespace {

//! \a body ("GPRMC,…") as a sentence with its checksum.
QByteArray sentence(const QByteArray &body)
{
    quint8 sum = 0;
    for (char ch : body)
        sum ^= quint8(ch);
    return '$' + body + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper();
}

} // namespace

class TestNmeaLog : public QObject
{
    Q_OBJECT

private slots:
    void checksums()
    {
        QVERIFY(NmeaLog::checksumMatches(
            sentence("GPGGA,120000.00,3757.0000,N,11236.0000,E,1,8,0.9,800,M,,,,")));
        QVERIFY(!NmeaLog::checksumMatches("$GPGGA,120000.00,3757.0000,N*00"));
        QVERIFY(!NmeaLog::checksumMatches("GPGGA,no dollar*12"));
        QVERIFY(!NmeaLog::checksumMatches("$GPGGA,no star"));
    }

    void aPatrolLogBecomesFixes()
    {
        QByteArray log;
        // 12:00:00 at 37°57'N 112°36'E, 10 knots heading 90°, with its GGA.
        log += sentence("GPRMC,120000.00,A,3757.0000,N,11236.0000,E,10.0,90.0,011226,,,A") + "\r\n";
        log += sentence("GPGGA,120000.00,3757.0000,N,11236.0000,E,1,8,0.9,800.0,M,,,,") + "\r\n";
        // A sentence damaged on the line, one with no fix, garbage.
        log += "$GPRMC,120001.00,A,3757.0100,N,11236.0000,E,10.0,90.0,011226,,,A*00\r\n";
        log += sentence("GPRMC,120002.00,V,,,,,,,011226,,,N") + "\r\n";
        log += "\x01\x02 not nmea at all\r\n";
        // 12:00:03, 100 km north: no car does that in 3 s.
        log += sentence("GPRMC,120003.00,A,3851.0000,N,11236.0000,E,10.0,0.0,011226,,,A") + "\r\n";
        // 12:00:10, 50 m east of the first: fine.
        log += sentence("GPRMC,120010.00,A,3757.0000,N,11236.0340,E,10.0,90.0,011226,,,A") + "\r\n";
        NmeaLog::Counts counts;
        const QList<Fix> fixes = NmeaLog::read(log, &counts);
        QCOMPARE(fixes.size(), 2);
        QCOMPARE(fixes[0].at, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(fixes[0].position.lat, 37.95);
        QCOMPARE(fixes[0].position.lon, 112.6);
        QVERIFY(std::abs(fixes[0].speedMps - 5.144) < 0.01); // 10 knots
        QCOMPARE(fixes[0].headingDegrees, 90.0);
        QCOMPARE(fixes[1].at.time(), QTime(12, 0, 10));
        QCOMPARE(counts.sentences, 7);
        QCOMPARE(counts.badChecksum, 1);
        QCOMPARE(counts.noFix, 1);
        QCOMPARE(counts.unreadable, 1);
        QCOMPARE(counts.jumps, 1);
    }

    void aGgaAfterMidnightBelongsToTheNextDay()
    {
        QByteArray log;
        log += sentence("GPRMC,235959.00,A,3757.0000,N,11236.0000,E,0.0,0.0,011226,,,A") + "\r\n";
        log += sentence("GPGGA,000001.00,3757.0000,N,11236.0000,E,1,8,0.9,800.0,M,,,,") + "\r\n";
        const QList<Fix> fixes = NmeaLog::read(log);
        QCOMPARE(fixes.size(), 2);
        QCOMPARE(fixes[1].at, QDateTime(QDate(2026, 12, 2), QTime(0, 0, 1), Qt::UTC));
    }

    void nothingUsableIsNoCrash()
    {
        NmeaLog::Counts counts;
        QVERIFY(NmeaLog::read({}, &counts).isEmpty());
        QVERIFY(NmeaLog::read(QByteArray(100000, '$'), &counts).isEmpty());
        QCOMPARE(counts.sentences, 1);
        QVERIFY(NmeaLog::read(
                    sentence("GPGGA,120000.00,9999.0000,N,11236.0000,E,1,8,0.9,800,M,,,,"), &counts)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNmeaLog)
#include "tst_nmealog.moc"
