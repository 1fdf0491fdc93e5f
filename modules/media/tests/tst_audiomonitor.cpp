#include "simulatorprocess.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <media/audiomonitor.h>
#include <media/chime.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;
using Jiandu::Testing::Simulator;

// 同步监听 against jiandu-sim: its cameras send a quiet tone (Opus), or no sound at all.
class tst_AudioMonitor : public QObject
{
    Q_OBJECT

    static AudioMonitor::Options quietOptions()
    {
        AudioMonitor::Options o;
        o.sink = u"fakesink sync=true"_s; // no sound card needed; plays at the real pace
        o.noSoundTimeoutMs = 4000;
        return o;
    }

private Q_SLOTS:
    void hearsTheCameraAndMeasuresItsLevel()
    {
        Simulator sim(1, 320, 180);
        AudioMonitor audio;
        QSignalSpy levels(&audio, &AudioMonitor::levelChanged);
        QSignalSpy failures(&audio, &AudioMonitor::failed);
        audio.start(sim.url(1), quietOptions());
        QTRY_VERIFY_WITH_TIMEOUT(levels.size() >= 10, 10000);
        // The tone is at 5 % of full scale: about -26 dB, far above silence.
        const double peak = levels.constLast().at(0).toDouble();
        QVERIFY2(peak > -35 && peak < -15, qPrintable(QString::number(peak)));
        // Muted, the meter still moves: the operator sees there is sound to turn on.
        audio.setMuted(true);
        QVERIFY(audio.isMuted());
        const qsizetype before = levels.size();
        QTRY_VERIFY_WITH_TIMEOUT(levels.size() >= before + 5, 5000);
        QVERIFY(levels.constLast().at(0).toDouble() > -35);
        QCOMPARE(failures.size(), 0);
        audio.stop();
        QVERIFY(!audio.isRunning());
    }

    void aCameraWithoutSoundIsSaidInWords()
    {
        Simulator sim(1, 320, 180, {u"--audio"_s, u"0"_s});
        AudioMonitor audio;
        QSignalSpy failures(&audio, &AudioMonitor::failed);
        audio.start(sim.url(1), quietOptions());
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() == 1, 10000);
        QVERIFY(!audio.isRunning());
        QVERIFY(!audio.lastError().isEmpty());
    }

    void recordingsAndDeadCamerasAreRefusedCleanly()
    {
        AudioMonitor audio;
        QSignalSpy failures(&audio, &AudioMonitor::failed);
        audio.start(QUrl::fromLocalFile(u"/tmp/x.mkv"_s), quietOptions());
        QCOMPARE(failures.size(), 1);
        QVERIFY(audio.lastError().contains(u"live camera"_s));
        audio.start(QUrl(u"rtsp://127.0.0.1:1/none"_s), quietOptions());
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() == 2, 10000);
    }

    void anAlertToneEndsWithItsOwner()
    {
        // Whatever the sound output does, nothing of the tone runs once its owner is gone (a
        // sound library's thread alive at exit crashes the client).
        const auto chimeThreads = [] {
            int n = 0;
            for (const QFileInfo &task :
                 QDir(u"/proc/self/task"_s).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile comm(task.filePath() + u"/comm"_s);
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "chime")
                    ++n;
            }
            return n;
        };
        for (int round = 0; round < 3; ++round) {
            {
                Chime chime;
                chime.play();
                chime.play(); // one at a time
                QVERIFY(chimeThreads() <= 1);
            }
            QCOMPARE(chimeThreads(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_AudioMonitor)
#include "tst_audiomonitor.moc"
