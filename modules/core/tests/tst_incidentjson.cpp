#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <core/incidentjson.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_IncidentJson : public QObject
{
    Q_OBJECT
private slots:
    void parsesAShareApiRecord()
    {
        const auto json = QJsonDocument::fromJson(R"({"jqbh": "J4403002026111600032",
            "jjsj": "2026-11-16 01:49:00", "bjr": "朱英敏", "bjbz": "1", "fssj": "",
            "sjc": "2026-11-17 05:00:03", "jqlbMc": "治安案件"})")
                              .object();
        auto incident = IncidentJson::fromShareApi(json);
        QVERIFY(incident.ok());
        QCOMPARE(incident->bjr, u"朱英敏"_s);
        QVERIFY(incident->bjbz);
        QCOMPARE(incident->fssjMs, 0);
        // China Standard Time: 01:49 local is 17:49 UTC the day before.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(incident->jjsjMs, Qt::UTC),
                 QDateTime(QDate(2026, 11, 15), QTime(17, 49), Qt::UTC));
    }

    void readsShareTimesExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
        };
        QTest::newRow("ordinary") << u"2026-11-16 01:49:07"_s << utc(2026, 11, 15, 17, 49, 7);
        QTest::newRow("leap day") << u"2024-02-29 23:59:59"_s << utc(2024, 2, 29, 15, 59, 59);
        QTest::newRow("before 1970 in UTC") << u"1970-01-01 07:00:00"_s << qint64(-3600 * 1000);
        QTest::newRow("empty: no time") << QString() << qint64(0);
        QTest::newRow("no such day") << u"2026-02-30 12:00:00"_s << qint64(-1);
        QTest::newRow("hour 24") << u"2026-11-16 24:00:00"_s << qint64(-1);
        QTest::newRow("second 60") << u"2026-11-16 12:00:60"_s << qint64(-1);
        QTest::newRow("compact") << u"20261116120000"_s << qint64(-1);
        QTest::newRow("T separator") << u"2026-11-16T12:00:00"_s << qint64(-1);
        QTest::newRow("full-width digit") << u"2026-11-16 12:00:0１"_s << qint64(-1);
        QTest::newRow("trailing zone") << u"2026-11-16 12:00:00Z"_s << qint64(-1);
    }
    void readsShareTimesExactly()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(IncidentJson::parseTime(text), expected);
    }
    void refusesWhatItCannotTrust()
    {
        QVERIFY(!IncidentJson::fromShareApi({{u"bjr"_s, u"x"_s}}).ok());
        auto bad =
            IncidentJson::fromShareApi({{u"jqbh"_s, u"J1"_s}, {u"jjsj"_s, u"16/11/2026 01:49"_s}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"jjsj"_s));
    }
};

QTEST_GUILESS_MAIN(tst_IncidentJson)
#include "tst_incidentjson.moc"
