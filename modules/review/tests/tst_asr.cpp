// Speech recognition through the engines Jiandu ships, each against a fake service in the
// test speaking the real protocol: the OpenAI-compatible HTTP endpoint and FunASR's
// WebSocket runtime; and a recording's transcript made end to end, cancelled, refused.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <media/audioextraction.h>
#include <media/gstreamer.h>
#include <review/asr/asrengines.h>
#include <review/asr/transcription.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::Review;

namespace {

const QByteArray kVerboseJson = R"({"task":"transcribe","language":"zh","duration":3.0,
 "text":"你叫什么名字？我叫王五。",
 "segments":[{"id":0,"seek":0,"start":0.5,"end":1.8,"text":"你叫什么名字？"},
             {"id":1,"seek":0,"start":2.0,"end":2.9,"text":"我叫王五。"}]})";

//! The OpenAI-compatible endpoint as faster-whisper-server and whisper.cpp's server speak it:
//! one request, multipart form data in; the script's answer out (or none: a hung service).
class FakeOpenAi : public QTcpServer
{
public:
    int status = 200;
    QByteArray answer = kVerboseJson;
    bool hang = false;
    QByteArray lastRequest;

    FakeOpenAi()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

    //! The value of form field \a name in the last request.
    QByteArray field(const QByteArray &name) const
    {
        const QByteArray mark = "name=\"" + name + "\"";
        const qsizetype at = lastRequest.indexOf(mark);
        if (at < 0)
            return {};
        const qsizetype body = lastRequest.indexOf("\r\n\r\n", at) + 4;
        return lastRequest.mid(body, lastRequest.indexOf("\r\n--", body) - body);
    }

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        lastRequest = buffer;
        m_buffers.remove(s);
        if (hang)
            return;
        s->write("HTTP/1.1 " + QByteArray::number(status) +
                 " X\r\nContent-Type: application/json"
                 "\r\nContent-Length: " +
                 QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
        s->disconnectFromHost();
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

//! FunASR's runtime server in offline mode.
class FakeFunAsr : public QObject
{
public:
    QWebSocketServer server{u"funasr"_s, QWebSocketServer::NonSecureMode};
    QJsonObject opening;
    qint64 received = 0;
    enum class Reply { Sentences, Garbage, Close } reply = Reply::Sentences;

    FakeFunAsr()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *s = server.nextPendingConnection();
            connect(s, &QWebSocket::binaryMessageReceived, this,
                    [this](const QByteArray &m) { received += m.size(); });
            connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &m) {
                const QJsonObject o = QJsonDocument::fromJson(m.toUtf8()).object();
                if (o.contains(u"mode"_s)) {
                    opening = o;
                    return;
                }
                if (o.value(u"is_speaking"_s).toBool(true))
                    return;
                switch (reply) {
                case Reply::Sentences:
                    s->sendTextMessage(QString::fromUtf8(R"({"mode":"offline","wav_name":"sound",
 "text":"你叫什么名字？我叫王五。","is_final":true,
 "timestamp":"[[500,700],[700,900]]",
 "stamp_sents":[{"text_seg":"你 叫 什 么 名 字","punc":"？","start":500,"end":1800,"ts_list":[[500,700]]},
                {"text_seg":"我 叫 王 五","punc":"。","start":2000,"end":2900,"ts_list":[[2000,2200]]}]})"));
                    break;
                case Reply::Garbage:
                    s->sendTextMessage(u"<html>502 Bad Gateway</html>"_s);
                    break;
                case Reply::Close:
                    s->close();
                    break;
                }
            });
        });
    }
    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1"_s.arg(server.serverPort())); }
};

//! Runs \a engine on \a wav to the end.
Result<Transcript> run(AsrEngine *engine, const QString &wav, const AsrSettings &settings,
                       QList<double> *progress = nullptr, bool cancelEarly = false)
{
    if (!engine)
        return Error{u"no such engine"_s, {}, u"missing"_s};
    std::optional<Result<Transcript>> result;
    AsrJob *job = engine->transcribe(wav, settings, nullptr);
    job->progressed = [&](double f, const QString &) {
        if (progress)
            progress->append(f);
    };
    job->finished = [&](const Result<Transcript> &r) {
        result = r;
    };
    if (cancelEarly)
        QTimer::singleShot(0, job, [job] { job->cancel(); });
    QDeadlineTimer deadline(20000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    delete job;
    return result ? *result : Result<Transcript>(Error{u"the job never finished"_s, {}, u"hung"_s});
}

bool makeRecording(const QString &path, int seconds)
{
    return Gst::runToEnd(u"audiotestsrc num-buffers=%1 samplesperbuffer=1600 wave=sine "
                         "! audio/x-raw,rate=16000 ! audioconvert ! vorbisenc ! oggmux "
                         "! filesink location=%2"_s.arg(seconds * 10)
                             .arg(Gst::quoted(path)),
                         60)
        .ok();
}

} // namespace

class TestAsr : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_recording;
    QString m_wav;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Gst::ensureInitialized());
        m_recording = m_dir.filePath(u"interrogation.ogg"_s);
        QVERIFY(makeRecording(m_recording, 6));
        m_wav = m_dir.filePath(u"sound.wav"_s);
        QVERIFY(AudioExtraction::toWav(m_recording, m_wav).ok());
    }

    void bothEnginesAreInstalled()
    {
        QVERIFY(AsrEngines::find(u"openai"_s));
        QVERIFY(AsrEngines::find(u"funasr"_s));
        QVERIFY(!AsrEngines::find(u"none"_s));
        QVERIFY(!AsrEngines::find(u"openai"_s)->displayName().isEmpty());
    }

    void openAiCompatible()
    {
        FakeOpenAi service;
        AsrSettings settings{service.url(), u"large-v3"_s, u"s3cret"_s};
        QList<double> progress;
        const auto t = run(AsrEngines::find(u"openai"_s), m_wav, settings, &progress);
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().text()));
        QCOMPARE(t->segments.size(), 2);
        QCOMPARE(t->segments[1].startMs, 2000);
        QCOMPARE(t->segments[1].text, u"我叫王五。"_s);
        QVERIFY(service.lastRequest.startsWith("POST /v1/audio/transcriptions "));
        QVERIFY(service.lastRequest.contains("Authorization: Bearer s3cret"));
        QCOMPARE(service.field("model"), QByteArray("large-v3"));
        QCOMPARE(service.field("language"), QByteArray("zh"));
        QCOMPARE(service.field("response_format"), QByteArray("verbose_json"));
        QVERIFY(service.field("file").startsWith("RIFF"));
        QCOMPARE(service.field("file").size(), QFileInfo(m_wav).size());
        QVERIFY(!progress.isEmpty());
    }

    void openAiFailuresSayWhat_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("refused") << 500
                                 << QByteArray(R"({"error":{"message":"CUDA out of memory"}})")
                                 << u"refused"_s << u"CUDA out of memory"_s;
        QTest::newRow("key") << 401 << QByteArray(R"({"detail":"bad key"})") << u"unauthorised"_s
                             << u"bad key"_s;
        QTest::newRow("garbage") << 200 << QByteArray("<html>proxy</html>") << u"unknown-format"_s
                                 << u"answer"_s;
        QTest::newRow("text only")
            << 200 << QByteArray(R"({"text":"你好"})") << u"no-times"_s << u"verbose_json"_s;
    }
    void openAiFailuresSayWhat()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, answer);
        QFETCH(QString, code);
        QFETCH(QString, says);
        FakeOpenAi service;
        service.status = status;
        service.answer = answer;
        const auto t = run(AsrEngines::find(u"openai"_s), m_wav, {service.url()});
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, code);
        QVERIFY2(t.error().message.contains(says), qPrintable(t.error().message));
    }

    void openAiGoneOrHung()
    {
        quint16 closedPort = 0;
        {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost, 0);
            closedPort = s.serverPort();
        }
        auto t = run(AsrEngines::find(u"openai"_s), m_wav,
                     {QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort))});
        QCOMPARE(t.error().code, u"unreachable"_s);

        FakeOpenAi hung;
        hung.hang = true;
        AsrSettings settings{hung.url()};
        settings.timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        t = run(AsrEngines::find(u"openai"_s), m_wav, settings);
        QCOMPARE(t.error().code, u"timeout"_s);
        QVERIFY(timer.elapsed() < 10000);

        t = run(AsrEngines::find(u"openai"_s), m_wav, {QUrl(u"ftp://x"_s)});
        QCOMPARE(t.error().code, u"bad-settings"_s);
        FakeOpenAi service;
        t = run(AsrEngines::find(u"openai"_s), m_wav, {service.url()}, nullptr, true);
        QCOMPARE(t.error().code, u"cancelled"_s);
    }

    void funAsrRuntime()
    {
        FakeFunAsr service;
        QList<double> progress;
        const auto t = run(AsrEngines::find(u"funasr"_s), m_wav, {service.url()}, &progress);
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().text()));
        QCOMPARE(t->format, u"funasr"_s);
        QCOMPARE(t->segments.size(), 2);
        QCOMPARE(t->segments[0].startMs, 500);
        QCOMPARE(t->segments[1].endMs, 2900);
        QCOMPARE(QString(t->segments[1].text).remove(u' '), u"我叫王五。"_s);
        QCOMPARE(service.opening.value(u"mode"_s).toString(), u"offline"_s);
        QCOMPARE(service.opening.value(u"wav_format"_s).toString(), u"pcm"_s);
        QCOMPARE(service.opening.value(u"audio_fs"_s).toInt(), 16000);
        QCOMPARE(service.received, QFileInfo(m_wav).size() - 44); // the PCM, not the header
        QVERIFY(progress.contains(1.0));
    }

    void funAsrFailures()
    {
        FakeFunAsr garbage;
        garbage.reply = FakeFunAsr::Reply::Garbage;
        auto t = run(AsrEngines::find(u"funasr"_s), m_wav, {garbage.url()});
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, u"unknown-format"_s);

        FakeFunAsr closing;
        closing.reply = FakeFunAsr::Reply::Close;
        t = run(AsrEngines::find(u"funasr"_s), m_wav, {closing.url()});
        QCOMPARE(t.error().code, u"unreachable"_s);

        t = run(AsrEngines::find(u"funasr"_s), m_wav, {QUrl(u"http://127.0.0.1:1"_s)});
        QCOMPARE(t.error().code, u"bad-settings"_s);
    }

    void aRecordingEndToEnd()
    {
        FakeOpenAi service;
        Transcription transcription(AsrEngines::find(u"openai"_s), {service.url()});
        QSignalSpy finished(&transcription, &Transcription::finished);
        QList<double> progress;
        connect(&transcription, &Transcription::progressed,
                [&](double f, const QString &) { progress << f; });
        transcription.start(m_recording);
        QVERIFY(finished.wait(20000));
        QVERIFY2(
            transcription.result().ok(),
            qPrintable(transcription.result() ? QString() : transcription.result().error().text()));
        QCOMPARE(transcription.result()->segments.size(), 2);
        // What reached the service is the recording's sound: 6 s at 16 kHz, 16-bit mono.
        QVERIFY(std::abs(service.field("file").size() - (44 + 6 * 16000 * 2)) < 3200);
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.constFirst() <= 1.0 / 3 + 1e-9);
    }

    void aRecordingWithoutSoundOrCancelled()
    {
        FakeOpenAi service;
        Transcription missing(AsrEngines::find(u"openai"_s), {service.url()});
        QSignalSpy finished(&missing, &Transcription::finished);
        missing.start(m_dir.filePath(u"absent.mkv"_s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(missing.result().error().code, u"unreadable"_s);
        QVERIFY(service.lastRequest.isEmpty());

        FakeOpenAi hung;
        hung.hang = true;
        Transcription cancelled(AsrEngines::find(u"openai"_s), {hung.url()});
        QSignalSpy ended(&cancelled, &Transcription::finished);
        connect(&cancelled, &Transcription::progressed, &cancelled, [&](double f, const QString &) {
            if (f < 0)
                cancelled.cancel(); // while the service works
        });
        cancelled.start(m_recording);
        QVERIFY(ended.wait(20000));
        QCOMPARE(cancelled.result().error().code, u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestAsr)
#include "tst_asr.moc"
