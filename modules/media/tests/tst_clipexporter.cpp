#include "simulatorprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gst/gst.h>
#include <media/clipexporter.h>
#include <media/gstreamer.h>
#include <media/recorder.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;
using Jiandu::Testing::Simulator;

namespace {

struct Contents
{
    int frames = 0;
    int keyframes = 0;
    qint64 durationMs = 0;
    bool startsOnKeyframe = false;
};

// What a Matroska H.264 file holds, read without decoding.
Contents inspect(const QString &path)
{
    Contents c;
    auto pipeline = Gst::parsePipeline(
        u"filesrc location=\"%1\" ! matroskademux ! h264parse name=p ! fakesink sync=false"_s.arg(
            path));
    if (!pipeline)
        return c;
    struct Scan
    {
        Contents *c;
        GstClockTime first = GST_CLOCK_TIME_NONE;
        GstClockTime last = 0;
    } scan{&c};
    GstElement *parse = gst_bin_get_by_name(GST_BIN(pipeline->get()), "p");
    GstPad *pad = gst_element_get_static_pad(parse, "src");
    gst_pad_add_probe(
        pad, GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer data) {
            auto *s = static_cast<Scan *>(data);
            GstBuffer *b = gst_pad_probe_info_get_buffer(info);
            const bool key = !GST_BUFFER_FLAG_IS_SET(b, GST_BUFFER_FLAG_DELTA_UNIT);
            if (!GST_CLOCK_TIME_IS_VALID(s->first)) {
                s->first = GST_BUFFER_PTS(b);
                s->c->startsOnKeyframe = key;
            }
            s->last = std::max<GstClockTime>(s->last, GST_BUFFER_PTS(b));
            s->c->frames++;
            s->c->keyframes += key ? 1 : 0;
            return GST_PAD_PROBE_OK;
        },
        &scan, nullptr);
    gst_object_unref(pad);
    gst_object_unref(parse);
    gst_element_set_state(pipeline->get(), GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline->get());
    GstMessage *m = gst_bus_timed_pop_filtered(bus, 30 * GST_SECOND,
                                               GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    if (m)
        gst_message_unref(m);
    gst_object_unref(bus);
    gst_element_set_state(pipeline->get(), GST_STATE_NULL);
    c.durationMs = qint64((scan.last - scan.first) / GST_MSECOND);
    return c;
}

} // namespace

class tst_ClipExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<MediaSegment> m_segments;

private Q_SLOTS:
    void initTestCase()
    {
        Simulator sim(1, 320, 180);
        Recorder recorder;
        QSignalSpy closed(&recorder, &Recorder::segmentClosed);
        Recorder::Options o;
        o.directory = m_dir.path();
        o.cameraId = u"cam-a"_s;
        o.segmentSeconds = 1;
        recorder.start(sim.url(1), o);
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 6, 30000);
        recorder.stop();
        for (const QList<QVariant> &args : closed)
            m_segments.append(args.at(0).value<MediaSegment>());
        QVERIFY(m_segments.size() >= 6);
    }

    void clipsAcrossSegmentsFromTheKeyframeBefore()
    {
        const qint64 from = m_segments[1].startMs + 300;
        const qint64 to = m_segments[4].startMs + 500;
        const QString out = m_dir.filePath(u"clip.mkv"_s);
        auto clip = ClipExporter::exportRange(m_segments, from, to, out, u"tester"_s);
        QVERIFY2(clip.ok(), qPrintable(clip.ok() ? QString() : clip.error().text()));
        QVERIFY(clip->actualStartMs <= from && clip->actualStartMs >= from - 1100);
        QVERIFY(clip->actualEndMs <= to && clip->actualEndMs >= to - 200);

        const Contents c = inspect(out);
        QVERIFY(c.startsOnKeyframe); // plays from its first frame
        const qint64 expected = clip->actualEndMs - clip->actualStartMs;
        QVERIFY2(qAbs(c.durationMs - expected) <= 120,
                 qPrintable(u"%1 vs %2"_s.arg(c.durationMs).arg(expected)));
        QVERIFY2(qAbs(c.frames - (expected / 40 + 1)) <= 3, qPrintable(QString::number(c.frames)));
        QVERIFY(c.keyframes >= 3); // it spans several segments

        auto verified = ClipExporter::verify(out);
        QVERIFY(verified.ok());
        QCOMPARE(verified->value(u"camera"_s).toString(), u"cam-a"_s);
        QCOMPARE(verified->value(u"operator"_s).toString(), u"tester"_s);
        QCOMPARE(verified->value(u"sha256"_s).toString(), clip->sha256);
    }

    void aChangedClipFailsVerification()
    {
        const QString out = m_dir.filePath(u"tampered.mkv"_s);
        QVERIFY(ClipExporter::exportRange(m_segments, m_segments[1].startMs, m_segments[2].endMs,
                                          out, u"tester"_s)
                    .ok());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char byte = f.peek(1).at(0);
        f.write(QByteArray(1, char(byte ^ 0x55)));
        f.close();
        auto verified = ClipExporter::verify(out);
        QVERIFY(!verified.ok());
        QVERIFY(verified.error().message.contains(u"changed after export"_s));
        QVERIFY(!ClipExporter::verify(m_dir.filePath(u"nothing.mkv"_s)).ok());
    }

    void aRangeWithoutFootageIsAClearError()
    {
        auto none = ClipExporter::exportRange(m_segments, m_segments.constLast().endMs + 60000,
                                              m_segments.constLast().endMs + 120000,
                                              m_dir.filePath(u"none.mkv"_s), u"tester"_s);
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(u"no recording"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.mkv"_s)));
        QVERIFY(
            !ClipExporter::exportRange(m_segments, 2000, 1000, m_dir.filePath(u"x.mkv"_s), u"t"_s)
                 .ok());
    }
};

QTEST_GUILESS_MAIN(tst_ClipExporter)
#include "tst_clipexporter.moc"
