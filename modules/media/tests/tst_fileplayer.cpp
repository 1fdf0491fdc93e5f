// Playing an interrogation's recording file for review: exact seeks (to the frame asked for,
// fast), speed with the pitch kept, sound-only and picture-only files, bad files in words.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <media/fileplayer.h>
#include <media/gstreamer.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;

namespace {

bool make(const QString &description)
{
    return Gst::runToEnd(description, 60).ok();
}

FilePlayer::Options quiet()
{
    FilePlayer::Options options;
    options.audioSink = u"fakesink sync=true"_s;
    return options;
}

} // namespace

class TestFilePlayer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_recording; // 20 s, 25 fps, keyframe every 2 s, with sound
    QString m_soundOnly;
    const QDateTime m_began{QDate(2026, 12, 1), QTime(9, 2, 7)}; // when it was "recorded"

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Gst::ensureInitialized());
        m_recording = m_dir.filePath(u"讯问 同录.mkv"_s);
        QVERIFY(
            Gst::runToEnd(
                u"videotestsrc num-buffers=500 ! video/x-raw,width=320,height=240,framerate=25/1 "
                "! x264enc speed-preset=ultrafast key-int-max=50 ! h264parse "
                "! matroskamux name=mux ! filesink location=%1 "
                "audiotestsrc num-buffers=200 samplesperbuffer=1600 ! audio/x-raw,rate=16000 "
                "! audioconvert ! vorbisenc ! mux."_s.arg(Gst::quoted(m_recording)),
                60,
                [this](GstElement *pipeline) { Gst::setCreationTime(pipeline, "mux", m_began); })
                .ok());
        m_soundOnly = m_dir.filePath(u"audio.ogg"_s);
        QVERIFY(make(u"audiotestsrc num-buffers=50 samplesperbuffer=1600 ! audio/x-raw,rate=16000 "
                     "! audioconvert ! vorbisenc ! oggmux ! filesink location=%1"_s.arg(
                         Gst::quoted(m_soundOnly))));
    }

    void opensPausedOnItsFirstFrame()
    {
        FilePlayer player;
        QSignalSpy opened(&player, &FilePlayer::opened);
        QSignalSpy frames(&player, &FilePlayer::frame);
        player.open(m_recording, quiet());
        QVERIFY(opened.wait(10000));
        QVERIFY(player.hasVideo());
        QVERIFY(player.hasAudio());
        QVERIFY(std::abs(player.durationMs() - 20000) < 100);
        QTRY_COMPARE(player.recordedAt(), m_began); // as the container says
        QVERIFY(frames.count() > 0 || frames.wait(5000));
        QCOMPARE(frames.constLast().at(1).toLongLong(), 0);
        QCOMPARE(frames.constLast().at(0).value<QImage>().size(), QSize(320, 240));
    }

    void seeksLandOnTheFrameAskedForQuickly()
    {
        FilePlayer player;
        QSignalSpy opened(&player, &FilePlayer::opened);
        player.open(m_recording, quiet());
        QVERIFY(opened.wait(10000));
        QSignalSpy frames(&player, &FilePlayer::frame);
        for (const qint64 target : {13370, 3010, 19960, 7000}) {
            frames.clear();
            QElapsedTimer timer;
            timer.start();
            player.seek(target);
            // Between keyframes: not the keyframe before, the frame at (or just after) it.
            QTRY_VERIFY_WITH_TIMEOUT(
                !frames.isEmpty() && frames.constLast().at(1).toLongLong() >= target - 1, 5000);
            const qint64 shown = frames.constLast().at(1).toLongLong();
            QVERIFY2(shown - target < 40, qPrintable(u"%1 for %2"_s.arg(shown).arg(target)));
            QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        }
    }

    void speedKeepsTime()
    {
        FilePlayer player;
        QSignalSpy opened(&player, &FilePlayer::opened);
        player.open(m_recording, quiet());
        QVERIFY(opened.wait(10000));
        player.seek(2000);
        player.setRate(2.0);
        QCOMPARE(player.rate(), 2.0);
        QTest::qWait(300);
        const qint64 from = player.positionMs();
        player.play();
        QTest::qWait(1000);
        const qint64 advanced = player.positionMs() - from;
        QVERIFY2(advanced > 1500 && advanced < 2600, qPrintable(QString::number(advanced)));
        player.setRate(7.0);
        QCOMPARE(player.rate(), FilePlayer::kMaxRate);
        player.setRate(0.1);
        QCOMPARE(player.rate(), FilePlayer::kMinRate);
        player.pause();
    }

    void soundOnlyPlaysToTheEnd()
    {
        FilePlayer player;
        QSignalSpy opened(&player, &FilePlayer::opened);
        QSignalSpy finished(&player, &FilePlayer::finished);
        player.open(m_soundOnly, quiet());
        QVERIFY(opened.wait(10000));
        QVERIFY(!player.hasVideo());
        QVERIFY(player.hasAudio());
        player.seek(4000);
        player.play();
        QVERIFY(finished.wait(5000));
        QVERIFY(!player.isPlaying());
    }

    void badFilesAreSaid()
    {
        FilePlayer player;
        QSignalSpy failed(&player, &FilePlayer::failed);
        player.open(m_dir.filePath(u"absent.mkv"_s), quiet());
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.constFirst().at(0).toString().contains(u"absent.mkv"_s));

        const QString garbage = m_dir.filePath(u"garbage.mp4"_s);
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
        f.close();
        failed.clear();
        player.open(garbage, quiet());
        QVERIFY(failed.wait(10000));
        QVERIFY(!player.isOpen());
        // The player is still usable.
        QSignalSpy opened(&player, &FilePlayer::opened);
        player.open(m_soundOnly, quiet());
        QVERIFY(opened.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestFilePlayer)
#include "tst_fileplayer.moc"
