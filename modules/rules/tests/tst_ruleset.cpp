#include <QTest>
#include <rules/ruleset.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kGood = R"({
  "format": "jiandu-rules/1",
  "version": "2026.11",
  "rules": [
    {
      "id": "person.detention.overdue",
      "element": "person",
      "stage": "强制措施",
      "tier": "alarm",
      "name": "3日刑事拘留超期报警",
      "score": 3,
      "start": {"event": "measure.started", "where": {"measure": "刑事拘留"}},
      "key": "personId",
      "deadline": "3d",
      "stop": [{"event": "measure.ended", "where": {"measure": "刑事拘留"}}],
      "unless": {"status": ["在逃"]},
      "message": "{name}，{idCard}，{personId}，{alertTime}，刑事拘留已超过3日"
    },
    {
      "id": "person.detention.due-soon",
      "element": "person",
      "tier": "warning",
      "name": "3日刑事拘留即将超期预警",
      "start": {"event": "measure.started", "where": {"measure": "刑事拘留"}},
      "key": "personId",
      "deadline": "3d",
      "lead": "12h",
      "message": "{name} 的刑事拘留将于 {deadline} 到期"
    }
  ]
})";

} // namespace

class tst_RuleSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAValidFile()
    {
        auto set = RuleSet::parse(kGood, u"good.json"_s);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        QCOMPARE(set->version, u"2026.11"_s);
        QCOMPARE(set->rules.size(), 2);
        const Rule &r = set->rules[0];
        QCOMPARE(r.tier, Rule::Tier::Alarm);
        QCOMPARE(r.colour, u"red"_s); // by tier when not given
        QCOMPARE(r.deadline->ms, 3 * 86400000LL);
        QCOMPARE(r.unless.value(u"status"_s), QStringList{u"在逃"_s});
        QCOMPARE(r.stop.size(), 1);
        QCOMPARE(set->rules[1].lead->ms, 12 * 3600000LL);
        QCOMPARE(set->find(u"person.detention.due-soon"_s)->colour, u"yellow"_s);
    }

    void durationsFollowTheCalendar()
    {
        const auto year = Duration::parse(u"12mo"_s);
        QVERIFY(year);
        const qint64 from = QDateTime(QDate(2026, 1, 31), QTime(10, 0)).toMSecsSinceEpoch();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(year->after(from)).date(), QDate(2027, 1, 31));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(Duration::parse(u"1mo"_s)->after(from)).date(),
                 QDate(2026, 2, 28)); // the end of a shorter month
        QCOMPARE(Duration::parse(u"30min"_s)->ms, 1800000);
        QVERIFY(!Duration::parse(u"3 weeks"_s));
        QCOMPARE(Duration::parse(u"2d12h"_s)->ms, 60 * 3600000LL);
        QCOMPARE(Duration::parse(u"1y6mo"_s)->months, 18);
        QCOMPARE(Duration::parse(u"2h30min"_s)->ms, 150 * 60000LL);
        QVERIFY(!Duration::parse(u"2h and 30min"_s));
        QVERIFY(!Duration::parse(u""_s));
    }

    void mistakesAreReportedWithTheirLines_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad duration")
            << QByteArray(R"("deadline": "3d",)") << QByteArray(R"("deadline": "3 days",)")
            << u"good.json:14: \"deadline\" must be a length"_s;
        QTest::newRow("unknown field")
            << QByteArray(R"("deadline": "3d",)") << QByteArray(R"("deadlin": "3d",)")
            << u"good.json:14: unknown field \"deadlin\""_s;
        QTest::newRow("bad tier") << QByteArray(R"("tier": "alarm",)")
                                  << QByteArray(R"("tier": "loud",)")
                                  << u"good.json:9: \"tier\" is guidance"_s;
        QTest::newRow("duplicate id") << QByteArray(R"("id": "person.detention.due-soon",)")
                                      << QByteArray(R"("id": "person.detention.overdue",)")
                                      << u"good.json:20: the id \"person.detention.overdue\""_s;
        QTest::newRow("bad repeat") << QByteArray(R"("lead": "12h",)")
                                    << QByteArray(R"("lead": "12h", "repeat": {"count": 1},)")
                                    << u"good.json:27: \"count\" is a whole number 2–1000"_s;
        QTest::newRow("syntax") << QByteArray(R"("key": "personId",)")
                                << QByteArray(R"("key": "personId")")
                                << u"good.json: line 14, column 7: expected '}'"_s;
        QTest::newRow("missing message")
            << QByteArray(R"(,
      "message": "{name} 的刑事拘留将于 {deadline} 到期")")
            << QByteArray() << u"good.json:19: \"message\" is missing"_s;
    }

    void mistakesAreReportedWithTheirLines()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray text = kGood;
        QVERIFY(text.contains(from));
        text.replace(from, to);
        auto set = RuleSet::parse(text, u"good.json"_s);
        QVERIFY(!set.ok());
        QVERIFY2(set.error().message.contains(expected), qPrintable(set.error().message));
    }

    void everyMistakeAtOnce()
    {
        QByteArray text = kGood;
        text.replace(R"("tier": "alarm",)", R"("tier": "loud",)");
        text.replace(R"("lead": "12h",)", R"("lead": "soon",)");
        auto set = RuleSet::parse(text, u"good.json"_s);
        QVERIFY(!set.ok());
        QVERIFY(set.error().message.contains(u"good.json:9: \"tier\""_s));
        QVERIFY(set.error().message.contains(u"good.json:27: \"lead\" must be a length"_s));
        QVERIFY(!RuleSet::parse("[]", u"x.json"_s).ok());
        QVERIFY(!RuleSet::parse("", u"x.json"_s).ok());
        QVERIFY(!RuleSet::load(u"/nonexistent/rules.json"_s).ok());
    }
};

QTEST_GUILESS_MAIN(tst_RuleSet)
#include "tst_ruleset.moc"
