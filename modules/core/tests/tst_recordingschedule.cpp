// 录像计划 as a site description writes it: continuous, manual, or daily windows (also past
// midnight); anything else is refused with what to write instead.
#include <QDateTime>
#include <QTest>
#include <core/recordingschedule.h>
#include <core/sitedescription.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 29), QTime(hour, minute), Qt::LocalTime);
}

} // namespace

class tst_RecordingSchedule : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatASiteWrites()
    {
        QCOMPARE(RecordingSchedule::fromText({})->mode, RecordingSchedule::Mode::Manual);
        QCOMPARE(RecordingSchedule::fromText(u"manual"_s)->mode, RecordingSchedule::Mode::Manual);
        const auto always = RecordingSchedule::fromText(u" continuous "_s);
        QCOMPARE(always->mode, RecordingSchedule::Mode::Continuous);
        const auto onAlert = RecordingSchedule::fromText(u"on alert"_s);
        QCOMPARE(onAlert->mode, RecordingSchedule::Mode::OnAlert);
        QCOMPARE(onAlert->toText(), u"on alert"_s);
        QVERIFY(!onAlert->recordsAt(at(12, 0))); // the alerts decide, not the clock
        QVERIFY(always->recordsAt(at(3, 0)));

        const auto office = RecordingSchedule::fromText(u"08:00-12:00, 14:00-18:30"_s);
        QVERIFY(office.ok());
        QVERIFY(!office->recordsAt(at(7, 59)));
        QVERIFY(office->recordsAt(at(8, 0)));
        QVERIFY(!office->recordsAt(at(12, 0))); // the end is not in it
        QVERIFY(office->recordsAt(at(18, 29)));
        QVERIFY(!office->recordsAt(at(18, 30)));
        QCOMPARE(office->toText(), u"08:00-12:00, 14:00-18:30"_s);
        QCOMPARE(*RecordingSchedule::fromText(office->toText()), *office);

        const auto night = RecordingSchedule::fromText(u"22:00-06:00"_s);
        QVERIFY(night->recordsAt(at(23, 30)));
        QVERIFY(night->recordsAt(at(0, 10)));
        QVERIFY(!night->recordsAt(at(6, 0)));
        QVERIFY(!night->recordsAt(at(12, 0)));
        QVERIFY(RecordingSchedule::fromText(u"18:00-24:00"_s)->recordsAt(at(23, 59)));

        QVERIFY(!RecordingSchedule().recordsAt(at(12, 0))); // manual: only when asked
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"always", "8:00-12:00", "08:00-08:00", "25:00-26:00", "08:00",
                                "08:00-12:00,", "08:60-09:00", "12:00-24:01"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
        QTest::newRow("huge") << QStringList(100, u"08:00-09:00"_s).join(u',');
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QString, text);
        const auto read = RecordingSchedule::fromText(text);
        QVERIFY(!read.ok());
        QVERIFY(!read.error().message.isEmpty());
        QVERIFY(read.error().message.size() < 400);
    }

    void aSiteSaysWhichCamerasRecordThemselves()
    {
        const auto site = SiteDescription::fromJson(
            "{\"code\": \"s\", \"name\": \"site\", \"cameras\": ["
            "{\"id\": \"a\", \"url\": \"rtsp://x/a\", \"recording\": \"continuous\"},"
            "{\"id\": \"b\", \"url\": \"rtsp://x/b\"}]}");
        QVERIFY(site.ok());
        QCOMPARE(site->cameras[0].recording.mode, RecordingSchedule::Mode::Continuous);
        QCOMPARE(site->cameras[1].recording.mode, RecordingSchedule::Mode::Manual);
        const auto bad = SiteDescription::fromJson(
            "{\"code\": \"s\", \"name\": \"site\", \"cameras\": ["
            "{\"id\": \"a\", \"url\": \"rtsp://x/a\", \"recording\": \"sometimes\"}]}");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(u"Camera a"_s), qPrintable(bad.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_RecordingSchedule)
#include "tst_recordingschedule.moc"
