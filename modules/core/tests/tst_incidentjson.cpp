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
