// The sound of a recording for speech recognition: 16 kHz mono PCM, whatever the container,
// with progress, cancel, and a clear reason when there is no sound to take.
#include <QTemporaryDir>
#include <QTest>
#include <media/audioextraction.h>
#include <media/gstreamer.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;

namespace {

bool make(const QString &description)
{
    return Gst::runToEnd(description, 60).ok();
}

} // namespace

class TestAudioExtraction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_video; // 12 s of video with 48 kHz stereo sound, in Matroska
    QString m_silentVideo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Gst::ensureInitialized());
        m_video = m_dir.filePath(u"interrogation with spaces.mkv"_s);
        QVERIFY(
            make(u"videotestsrc num-buffers=300 ! video/x-raw,width=320,height=240,framerate=25/1 "
                 "! x264enc speed-preset=ultrafast ! h264parse ! matroskamux name=mux "
                 "! filesink location=%1 "
                 "audiotestsrc num-buffers=563 samplesperbuffer=1024 wave=sine "
                 "! audio/x-raw,rate=48000,channels=2 ! audioconvert ! vorbisenc ! mux."_s.arg(
                     Gst::quoted(m_video))));
        m_silentVideo = m_dir.filePath(u"no-sound.mkv"_s);
        QVERIFY(make(u"videotestsrc num-buffers=50 ! x264enc speed-preset=ultrafast ! h264parse "
                     "! matroskamux ! filesink location=%1"_s.arg(Gst::quoted(m_silentVideo))));
    }

    void soundIsTakenAt16kMono()
    {
        const QString wav = m_dir.filePath(u"a.wav"_s);
        QList<double> seen;
        const auto audio = AudioExtraction::toWav(m_video, wav, [&](double f) {
            seen << f;
            return true;
        });
        QVERIFY2(audio.ok(), qPrintable(audio ? QString() : audio.error().text()));
        QVERIFY2(std::abs(audio->durationMs - 12010) < 200,
                 qPrintable(QString::number(audio->durationMs)));
        QCOMPARE(QFileInfo(wav).size(), 44 + audio->samples * 2);
        QVERIFY(!seen.isEmpty());
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(seen.constLast() > 0.95);
        const auto pcm = AudioExtraction::pcmOf(wav);
        QVERIFY(pcm.ok());
        QCOMPARE(pcm->size(), audio->samples * 2);
        // A sine: the samples swing, they are not silence.
        const auto *samples = reinterpret_cast<const qint16 *>(pcm->constData());
        int loud = 0;
        for (qsizetype i = 0; i < pcm->size() / 2; i += 97)
            loud += std::abs(samples[i]) > 1000;
        QVERIFY(loud > 100);
    }

    void cancelLeavesNothing()
    {
        const QString wav = m_dir.filePath(u"cancelled.wav"_s);
        int calls = 0;
        const auto audio =
            AudioExtraction::toWav(m_video, wav, [&](double) { return ++calls < 3; });
        QVERIFY(!audio.ok());
        QCOMPARE(audio.error().code, u"cancelled"_s);
        QVERIFY(!QFileInfo::exists(wav));
    }

    void noSoundSaysSo_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("video without sound") << u"silent"_s << u"no-audio"_s;
        QTest::newRow("garbage") << u"garbage"_s << u"no-audio"_s;
        QTest::newRow("missing") << u"missing"_s << u"unreadable"_s;
        QTest::newRow("fifo") << u"fifo"_s << u"unreadable"_s;
        QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"unreadable"_s;
    }
    void noSoundSaysSo()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QString path = input;
        if (input == u"silent"_s)
            path = m_silentVideo;
        else if (input == u"garbage"_s) {
            path = m_dir.filePath(u"garbage.mp4"_s);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 4096; ++i)
                f.write(QByteArray::number(i * 7919));
        } else if (input == u"missing"_s)
            path = m_dir.filePath(u"absent.mkv"_s);
        else if (input == u"fifo"_s) {
            path = m_dir.filePath(u"pipe"_s);
            QCOMPARE(::mkfifo(path.toLocal8Bit().constData(), 0600), 0);
        }
        const QString wav = m_dir.filePath(u"out.wav"_s);
        QElapsedTimer timer;
        timer.start();
        const auto audio = AudioExtraction::toWav(path, wav);
        QVERIFY(!audio.ok());
        QCOMPARE(audio.error().code, code);
        QVERIFY(!audio.error().message.isEmpty());
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(!QFileInfo::exists(wav));
    }

    void aDeviceIsNeverWrittenOver()
    {
        const auto audio = AudioExtraction::toWav(m_video, u"/dev/full"_s);
        QVERIFY(!audio.ok());
        QVERIFY(QFileInfo(u"/dev/full"_s).exists() && !QFileInfo(u"/dev/full"_s).isFile());
    }
};

QTEST_GUILESS_MAIN(TestAudioExtraction)
#include "tst_audioextraction.moc"
