#include "simulatorprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <media/framestamp.h>
#include <media/livestream.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;
using Jiandu::Testing::Simulator;

namespace {

LiveStream::Options smallTile()
{
    LiveStream::Options o;
    o.frameSize = QSize(320, 180);
    o.stallTimeoutMs = 2000;
    o.firstBackoffMs = 200;
    o.maxBackoffMs = 1000;
    return o;
}

} // namespace

class tst_LiveStream : public QObject
{
    Q_OBJECT
private slots:
    void saysWhyInTheOperatorsWords()
    {
        // No one listens: the operator reads why, not GStreamer's sentence.
        LiveStream refused;
        refused.start(QUrl(u"rtsp://127.0.0.1:1/cam/1"_s), smallTile());
        QTRY_COMPARE_WITH_TIMEOUT(refused.state(), LiveStream::State::Reconnecting, 10000);
        QCOMPARE(refused.lastError(), u"the camera cannot be reached"_s);
        refused.stop();

        // A server without that stream.
        Simulator sim(1);
        QUrl missing = sim.url(1);
        missing.setPath(u"/cam/9"_s);
        LiveStream absent;
        absent.start(missing, smallTile());
        QTRY_COMPARE_WITH_TIMEOUT(absent.state(), LiveStream::State::Reconnecting, 10000);
        QCOMPARE(absent.lastError(), u"the camera has no stream at this address"_s);
        absent.stop();
    }

    void playsScaledFramesWithTheirCaptureTime()
    {
        Simulator sim(1);
        QVERIFY(sim.url(1).isValid());
        LiveStream stream;
        QSignalSpy frames(&stream, &LiveStream::frameReady);
        stream.start(sim.url(1), smallTile());
        QCOMPARE(stream.state(), LiveStream::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LiveStream::State::Playing, 15000);
        // The very first decoded picture may predate a complete stamp; the next ones carry it.
        QTRY_VERIFY_WITH_TIMEOUT(FrameStamp::read(stream.latestFrame()) > 0, 5000);
        const QImage frame = stream.latestFrame();
        QCOMPARE(frame.size(), QSize(320, 180));
        const qint64 stamp = FrameStamp::read(frame);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(stamp > now - 3000 && stamp <= now, qPrintable(QString::number(now - stamp)));
        const qint64 before = stream.framesReceived();
        QTest::qWait(1000);
        QVERIFY2(stream.framesReceived() - before >= 15, "fewer than 15 frames in a second");
        QVERIFY(frames.size() >= 1);
        stream.stop();
        QCOMPARE(stream.state(), LiveStream::State::Stopped);
    }

    void comesBackAfterTheCameraDrops()
    {
        Simulator sim(2);
        LiveStream stream;
        stream.start(sim.url(2), smallTile());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LiveStream::State::Playing, 15000);
        sim.command("drop 2");
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LiveStream::State::Reconnecting, 10000);
        QVERIFY(!stream.lastError().isEmpty());
        QTest::qWait(1500); // several attempts fail while the camera is away
        QVERIFY(stream.state() != LiveStream::State::Playing);
        sim.command("restore 2");
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LiveStream::State::Playing, 20000);
        QVERIFY(stream.reconnects() >= 1);
        QVERIFY(FrameStamp::read(stream.latestFrame()) > 0);
    }

    void aCameraThatNeverAnswersIsRetriedWithBackoff()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        LiveStream stream;
        stream.start(QUrl(u"rtsp://127.0.0.1:%1/cam/1"_s.arg(port)), smallTile());
        QTRY_VERIFY_WITH_TIMEOUT(stream.reconnects() >= 3, 15000);
        QCOMPARE(stream.state(), LiveStream::State::Reconnecting);
        QVERIFY(!stream.lastError().isEmpty());
        QVERIFY(stream.nextAttemptInMs() <= 1000); // capped by maxBackoffMs
        stream.stop();
        QCOMPARE(stream.state(), LiveStream::State::Stopped);
    }

    void aRecordingPlaysOnceAtItsOwnPace()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"three-seconds.mkv"_s);
        QProcess make;
        make.start(u"gst-launch-1.0"_s,
                   {u"-q"_s, u"videotestsrc"_s, u"num-buffers=75"_s, u"!"_s,
                    u"video/x-raw,width=320,height=180,framerate=25/1"_s, u"!"_s, u"x264enc"_s,
                    u"!"_s, u"h264parse"_s, u"!"_s, u"matroskamux"_s, u"!"_s, u"filesink"_s,
                    u"location="_s + file});
        QVERIFY(make.waitForFinished(30000) && make.exitCode() == 0);
        LiveStream replay;
        QSignalSpy ended(&replay, &LiveStream::ended);
        LiveStream::Options options = smallTile();
        options.playOnce = true;
        QElapsedTimer timer;
        timer.start();
        replay.start(QUrl::fromLocalFile(file), options);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
        QVERIFY2(timer.elapsed() >= 2500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(replay.framesReceived() >= 60);
        QCOMPARE(replay.state(), LiveStream::State::Stopped);
        QCOMPARE(replay.reconnects(), 0);
    }

    void garbageFromTheCameraIsAFailureNotACrash()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write(QByteArray(4096, '\x17') + "RTSP/9.9 999 ???\r\n\r\n");
            });
        });
        LiveStream stream;
        stream.start(QUrl(u"rtsp://127.0.0.1:%1/cam/1"_s.arg(server.serverPort())), smallTile());
        QTRY_VERIFY_WITH_TIMEOUT(stream.reconnects() >= 2, 20000);
        QCOMPARE(stream.framesReceived(), 0);
        stream.stop();
    }

    void stoppingNeverWaitsForTheCamera()
    {
        // A camera that accepts the connection and then says nothing: tearing rtspsrc down
        // waits for the network, but not on the caller's (the UI) thread.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, &silent,
                [&] { held.append(silent.nextPendingConnection()); });
        for (int i = 0; i < 3; ++i) {
            LiveStream stream;
            stream.start(QUrl(u"rtsp://127.0.0.1:%1/cam/1"_s.arg(silent.serverPort())),
                         smallTile());
            QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 5000);
            QElapsedTimer timer;
            timer.start();
            stream.stop();
            QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        }
        // And a playing stream stops at once too, and keeps its last picture.
        Simulator sim(1, 320, 180);
        LiveStream stream;
        stream.start(sim.url(1), smallTile());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LiveStream::State::Playing, 15000);
        QElapsedTimer timer;
        timer.start();
        stream.stop();
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!stream.latestFrame().isNull());
        const qint64 frames = stream.framesReceived();
        QTest::qWait(300);
        QVERIFY(stream.framesReceived() <= frames + 1); // nothing after stop (one in flight)
    }

    void followsACameraThatChangesResolution()
    {
        Simulator sim(1, 320, 180);
        LiveStream stream;
        LiveStream::Options native = smallTile();
        native.frameSize = QSize(); // as sent: the new size shows
        stream.start(sim.url(1), native);
        QTRY_COMPARE_WITH_TIMEOUT(stream.latestFrame().size(), QSize(320, 180), 15000);
        const qint64 reconnects = stream.reconnects();
        sim.command("resize 1 640 360");
        QTRY_COMPARE_WITH_TIMEOUT(stream.latestFrame().size(), QSize(640, 360), 15000);
        // Still live and still stamped: the picture kept coming, at the new size.
        const qint64 before = stream.framesReceived();
        QTRY_VERIFY_WITH_TIMEOUT(stream.framesReceived() > before + 10, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(FrameStamp::read(stream.latestFrame()) > 0, 5000);
        QCOMPARE(stream.state(), LiveStream::State::Playing);
        qInfo("reconnects while changing size: %lld", stream.reconnects() - reconnects);
        // A tile that scales keeps its size whatever the camera sends.
        LiveStream tile;
        tile.start(sim.url(1), smallTile());
        QTRY_COMPARE_WITH_TIMEOUT(tile.latestFrame().size(), QSize(320, 180), 15000);
        sim.command("resize 1 480 270");
        QTest::qWait(1500);
        QCOMPARE(tile.latestFrame().size(), QSize(320, 180));
        QCOMPARE(tile.state(), LiveStream::State::Playing);
    }
};

QTEST_GUILESS_MAIN(tst_LiveStream)
#include "tst_livestream.moc"
