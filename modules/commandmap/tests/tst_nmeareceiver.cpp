// A vehicle's receiver read live, over TCP and over a serial line (a pseudo-terminal stands in
// for the USB adapter): its sentences become the vehicle's fixes as they arrive, a receiver
// that drops or is unplugged is said to be lost and is tried again until it is back, one that
// is connected but sends no usable position is said to be silent; a recorded log is played
// again at its pace, in the present.
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <commandmap/positions/nmeareceiver.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CommandMap;
using State = NmeaReceiverSource::State;

namespace {

QByteArray sentence(const QByteArray &body)
{
    quint8 sum = 0;
    for (char ch : body)
        sum ^= quint8(ch);
    return '$' + body + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper() + "\r\n";
}

//! The RMC of 12:00:SS on 1 December 2026, \a second × 10 m east of 37.95 N 112.6 E.
QByteArray rmc(int second)
{
    const QByteArray time = "1200" + QByteArray::number(second).rightJustified(2, '0');
    const QByteArray minutes = QByteArray::number(36.0 + second * 0.0068, 'f', 4);
    return sentence("GPRMC," + time + ".00,A,3757.0000,N,112" + minutes.rightJustified(7, '0') +
                    ",E,10.0,90.0,011226,,,A");
}

} // namespace

class TestNmeaReceiver : public QObject
{
    Q_OBJECT

private slots:
    void addressesAreReadOrRefusedWithTheEntryNamed()
    {
        auto list = NmeaReceiverEntry::parseList(
            u"巡逻车3 = tcp://10.1.2.3:10110; 沪A-1234=serial:/dev/ttyUSB0@9600 ;"
            u"V7=serial:/dev/ttyS1"_s);
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).id, u"巡逻车3"_s);
        QCOMPARE(list->at(0).address.host, u"10.1.2.3"_s);
        QCOMPARE(list->at(0).address.port, 10110);
        QCOMPARE(list->at(1).address.device, u"/dev/ttyUSB0"_s);
        QCOMPARE(list->at(1).address.baud, 9600);
        QCOMPARE(list->at(2).address.baud, 4800);
        QCOMPARE(list->at(2).address.toString(), u"serial:/dev/ttyS1"_s);
        QVERIFY(NmeaReceiverEntry::parseList({})->isEmpty());
        QCOMPARE(NmeaAddress::parse(u"replay:/var/log/patrol.nmea"_s)->kind,
                 NmeaAddress::Kind::Replay);

        for (const QString &bad :
             {u"V1"_s, u"=tcp://a:1"_s, u"V1=http://a:1"_s, u"V1=tcp://host"_s,
              u"V1=tcp://host:99999"_s, u"V1=serial:ttyUSB0"_s, u"V1=serial:/dev/ttyS0@fast"_s,
              u"V1=serial:/dev/ttyS0@99999999999"_s, u"V1=tcp://a:1;V1=tcp://b:2"_s,
              u"V1=replay:"_s}) {
            const auto refused = NmeaReceiverEntry::parseList(bad);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY2(!refused.error().message.isEmpty(), qPrintable(bad));
        }
        QVERIFY(NmeaReceiverEntry::parseList(u"V1=tcp://host:99999"_s)
                    .error()
                    .message.contains(u"tcp://host:99999"_s));
    }

    void aTcpReceiverIsReadLiveLostAndFoundAgain()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        NmeaReceiverSource source(
            {u"巡逻车3"_s, *NmeaAddress::parse(u"tcp://127.0.0.1:%1"_s.arg(server.serverPort()))});
        QList<FleetFix> received;
        connect(&source, &NmeaReceiverSource::fixes,
                [&](const QList<FleetFix> &fixes) { received += fixes; });
        source.start();
        QCOMPARE(source.state(), State::Connecting);
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *terminal = server.nextPendingConnection();
        // A sentence split across two writes, then two more at once.
        const QByteArray first = rmc(0);
        terminal->write(first.left(20));
        terminal->flush();
        QTest::qWait(50);
        terminal->write(first.mid(20) + rmc(1) + rmc(2));
        QTRY_COMPARE(received.size(), 3);
        QCOMPARE(received[0].id, u"巡逻车3"_s);
        QCOMPARE(received[0].kind, u"vehicle"_s);
        QCOMPARE(received[0].fix.at, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(received[2].fix.at.time(), QTime(12, 0, 2));
        QVERIFY(received[2].fix.position.lon > received[0].fix.position.lon);
        QCOMPARE(source.state(), State::Receiving);

        // The terminal drops: lost, with the reason, and connected to again when it is back.
        terminal->close();
        QTRY_COMPARE(source.state(), State::Lost);
        QVERIFY(!source.detail().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        terminal = server.nextPendingConnection();
        terminal->write(rmc(10));
        QTRY_COMPARE(received.size(), 4);
        QCOMPARE(source.state(), State::Receiving);
    }

    void aConnectedReceiverWithoutAPositionIsSilent()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        NmeaReceiverSource source(
            {u"V1"_s, *NmeaAddress::parse(u"tcp://127.0.0.1:%1"_s.arg(server.serverPort()))});
        source.setSilentAfterMs(500);
        QList<FleetFix> received;
        connect(&source, &NmeaReceiverSource::fixes,
                [&](const QList<FleetFix> &fixes) { received += fixes; });
        source.start();
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *terminal = server.nextPendingConnection();
        terminal->write(rmc(0));
        QTRY_COMPARE(source.state(), State::Receiving);
        // In a tunnel: the receiver goes on talking, with no fix; then a flood of zeros.
        for (int i = 0; i < 5; ++i)
            terminal->write(
                sentence("GPRMC,12000" + QByteArray::number(i + 1) + ".00,V,,,,,,,011226,,,N"));
        terminal->write(QByteArray(4 << 20, '\0'));
        QTRY_COMPARE(source.state(), State::Silent);
        QVERIFY2(source.detail().contains(u"5"_s), qPrintable(source.detail()));
        QCOMPARE(received.size(), 1);
        // Out of the tunnel.
        terminal->write("\r\n" + rmc(30));
        QTRY_COMPARE(source.state(), State::Receiving);
        QCOMPARE(received.size(), 2);
        QCOMPARE(source.counts().unreadable, 1);
    }

    void aTcpLinkDeadWithoutAWordIsDroppedAndConnectedToAgain()
    {
        // The converter switched off: no reset comes, the socket stays "connected".
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        NmeaReceiverSource source(
            {u"V8"_s, *NmeaAddress::parse(u"tcp://127.0.0.1:%1"_s.arg(server.serverPort()))});
        source.setSilentAfterMs(300);
        source.start();
        QTRY_VERIFY(server.hasPendingConnections());
        QTcpSocket *terminal = server.nextPendingConnection();
        terminal->write(rmc(0));
        QTRY_COMPARE(source.state(), State::Receiving);
        QTRY_COMPARE(source.state(), State::Silent);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), State::Lost, 3000);
        QVERIFY2(source.detail().contains(u"nothing received"_s), qPrintable(source.detail()));
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
    }

    void aHostThatNeverAnswersIsLost()
    {
        // A port nothing listens on is refused at once; lost, and tried again.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        NmeaReceiverSource source(
            {u"V2"_s, *NmeaAddress::parse(u"tcp://127.0.0.1:%1"_s.arg(port))});
        QSignalSpy changes(&source, &NmeaReceiverSource::stateChanged);
        source.start();
        QTRY_COMPARE(source.state(), State::Lost);
        QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 3, 5000); // connecting again, lost again
    }

    void aSerialReceiverIsReadAndItsUnpluggingSeen()
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const QString device = QString::fromLocal8Bit(::ptsname(master));
        NmeaReceiverSource source({u"V3"_s, *NmeaAddress::parse(u"serial:%1@9600"_s.arg(device))});
        QList<FleetFix> received;
        connect(&source, &NmeaReceiverSource::fixes,
                [&](const QList<FleetFix> &fixes) { received += fixes; });
        source.start();
        const QByteArray sentences = rmc(0) + rmc(1);
        QCOMPARE(::write(master, sentences.constData(), size_t(sentences.size())),
                 ssize_t(sentences.size()));
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received[1].id, u"V3"_s);
        QCOMPARE(source.state(), State::Receiving);
        ::close(master); // the adapter pulled out
        QTRY_COMPARE(source.state(), State::Lost);
        QVERIFY(!source.detail().isEmpty());
    }

    void aRecordedLogIsPlayedAgainAtItsPaceInThePresent()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"patrol.nmea"_s);
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(rmc(0) + "$GPRMC,garbage*00\r\n" + rmc(1) + rmc(2));
        file.close();
        NmeaReceiverSource source({u"V5"_s, *NmeaAddress::parse(u"replay:"_s + log)});
        QList<FleetFix> received;
        QList<qint64> arrived;
        connect(&source, &NmeaReceiverSource::fixes, [&](const QList<FleetFix> &fixes) {
            received += fixes;
            for (qsizetype i = 0; i < fixes.size(); ++i)
                arrived.append(QDateTime::currentMSecsSinceEpoch());
        });
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        source.start();
        QCOMPARE(source.state(), State::Receiving);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 5000);
        // A second apart as recorded, and dated now, not on the day of the recording.
        QVERIFY2(arrived[2] - arrived[0] >= 1900,
                 qPrintable(QString::number(arrived[2] - arrived[0])));
        QCOMPARE(received[0].fix.at.msecsTo(received[2].fix.at), 2000);
        QVERIFY(std::abs(received[0].fix.at.toMSecsSinceEpoch() - started) < 1000);
        QCOMPARE(received[1].id, u"V5"_s);
        QTRY_COMPARE(source.state(), State::Silent);
        QVERIFY(source.detail().contains(u"ended"_s));

        // Nothing usable, nothing there, a pipe: lost, saying why, and nothing blocks.
        QFile empty(dir.filePath(u"empty.nmea"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("$GPRMC,garbage*00\r\n");
        empty.close();
        const QString fifo = dir.filePath(u"pipe.nmea"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &bad : {empty.fileName(), dir.filePath(u"none.nmea"_s), fifo}) {
            NmeaReceiverSource lost({u"V6"_s, *NmeaAddress::parse(u"replay:"_s + bad)});
            lost.start();
            QCOMPARE(lost.state(), State::Lost);
            QVERIFY2(!lost.detail().isEmpty(), qPrintable(bad));
        }
    }

    void aSerialDeviceThatIsNotThereIsLost()
    {
        NmeaReceiverSource source({u"V4"_s, *NmeaAddress::parse(u"serial:/dev/ttyJIANDU9"_s)});
        source.start();
        QTRY_COMPARE(source.state(), State::Lost);
        QVERIFY(!source.detail().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNmeaReceiver)
#include "tst_nmeareceiver.moc"
