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
        QVERIFY(NmeaStream::checksumMatches(
            sentence("GPGGA,120000.00,3757.0000,N,11236.0000,E,1,8,0.9,800,M,,,,")));
        QVERIFY(!NmeaStream::checksumMatches("$GPGGA,120000.00,3757.0000,N*00"));
        QVERIFY(!NmeaStream::checksumMatches("GPGGA,no dollar*12"));
        QVERIFY(!NmeaStream::checksumMatches("$GPGGA,no star"));
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

    void aWrongFirstFixDoesNotHoldBackTheRestForEver()
    {
        // The first fix heard was 100 km off; the receiver then agrees with itself.
        QByteArray log =
            sentence("GPRMC,120000.00,A,3851.0000,N,11236.0000,E,0.0,0.0,011226,,,A") + "\r\n";
        for (int second = 1; second <= 8; ++second)
            log += sentence("GPRMC,12000" + QByteArray::number(second) +
                            ".00,A,3757.0000,N,11236.0000,E,0.0,0.0,011226,,,A") +
                   "\r\n";
        NmeaLog::Counts counts;
        const QList<Fix> fixes = NmeaLog::read(log, &counts);
        QCOMPARE(counts.jumps, 4);
        QCOMPARE(fixes.size(), 1 + 4); // the wrong one, then from the fifth on
        QCOMPARE(fixes[1].position.lat, 37.95);
        QCOMPARE(fixes[1].at.time(), QTime(12, 0, 5));
    }

    void aStreamReadInPiecesGivesWhatTheWholeLogGives()
    {
        QByteArray log;
        for (int second = 0; second < 20; ++second) {
            const QByteArray time = "1200" + QByteArray::number(second).rightJustified(2, '0');
            const QByteArray lon =
                "11236." + QByteArray::number(second * 10).rightJustified(4, '0');
            log +=
                sentence("GPRMC," + time + ".00,A,3757.0000,N," + lon + ",E,10.0,90.0,011226,,,A") +
                "\r\n";
            log += sentence("GPGGA," + time + ".00,3757.0000,N," + lon + ",E,1,8,0.9,800.0,M,,,,") +
                   "\r\n";
        }
        const QList<Fix> whole = NmeaLog::read(log);
        QCOMPARE(whole.size(), 20);
        for (const int piece : {1, 7, 83, 4096}) {
            NmeaStream stream;
            QList<Fix> fixes;
            for (qsizetype at = 0; at < log.size(); at += piece)
                fixes += stream.append(QByteArrayView(log).sliced(at).first(
                    std::min<qsizetype>(piece, log.size() - at)));
            fixes += stream.finish();
            QCOMPARE(fixes.size(), whole.size());
            for (qsizetype i = 0; i < fixes.size(); ++i) {
                QCOMPARE(fixes[i].at, whole[i].at);
                QCOMPARE(fixes[i].position.lon, whole[i].position.lon);
                QCOMPARE(fixes[i].speedMps, whole[i].speedMps);
            }
            QCOMPARE(stream.counts().sentences, 40);
        }
    }

    void aFloodWithoutLineEndsIsDroppedAsItComes()
    {
        // A wrong device or a stream of zeros: megabytes without a line end are one unreadable
        // line, not a buffer that grows; the sentence after it is read.
        NmeaStream stream;
        const QByteArray zeros(1 << 20, '\0');
        for (int i = 0; i < 16; ++i)
            QVERIFY(stream.append(zeros).isEmpty());
        const QList<Fix> fixes = stream.append(
            "\n" + sentence("GPRMC,120000.00,A,3757.0000,N,11236.0000,E,0.0,0.0,011226,,,A") +
            "\r\n");
        QCOMPARE(fixes.size(), 1);
        QCOMPARE(stream.counts().unreadable, 1);
        QCOMPARE(stream.counts().sentences, 2);
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
