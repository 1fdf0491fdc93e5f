#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <rules/ruleset.h>
#include <sys/stat.h>

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
        QCOMPARE(r.tier, Tier::Alarm);
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
        // Parts add up, but never past 200 years (no counter can wrap).
        QVERIFY(!Duration::parse(u"100000y"_s.repeated(1800)));
        QVERIFY(!Duration::parse(u"201y"_s));
        QCOMPARE(Duration::parse(u"200y"_s)->months, 2400);
    }

    void hostileFilesAreRefusedQuickly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("30,000 levels") << QByteArray(30000, '[') << u"nested deeper than 64"_s;
        QTest::newRow("100,000 levels of objects")
            << QByteArray("{\"a\":").repeated(100000) << u"nested deeper than 64"_s;
        QTest::newRow("not UTF-8") << QByteArray("{\"format\":\n \"\xff\xfe\"}")
                                   << u"line 2, column 1: the file is not UTF-8"_s;
        QTest::newRow("no format")
            << QByteArray("{\n\"rules\": []}") << u"x.json:1: \"format\" must be"_s;
    }

    void hostileFilesAreRefusedQuickly()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QElapsedTimer timer;
        timer.start();
        auto set = RuleSet::parse(text, u"x.json"_s);
        QVERIFY(!set.ok());
        QVERIFY2(set.error().message.contains(expected), qPrintable(set.error().message));
        QVERIFY2(timer.elapsed() < 2000, "refused slowly");
    }

    void readingGrowsLinearlyWithTheFile()
    {
        // A 2 MB rule file (17 copies of the rules, each a line of its own) is read in well
        // under the time the old reader took for 1 MB (more than a minute).
        QByteArray rules;
        for (int i = 0; i < 12000; ++i)
            rules += (i ? ",\n" : "") +
                     u"{\"id\": \"r%1\", \"element\": \"person\", \"tier\": \"alarm\", "
                     "\"name\": \"规则\", \"start\": {\"event\": \"e\"}, \"key\": \"k\", "
                     "\"deadline\": \"3d\", \"message\": \"m\"}"_s.arg(i)
                         .toUtf8();
        const QByteArray text = "{\"format\": \"jiandu-rules/1\", \"version\": \"x\",\n"
                                "\"rules\": [\n" +
                                rules + "]}";
        QVERIFY(text.size() > 1'500'000);
        QElapsedTimer timer;
        timer.start();
        auto set = RuleSet::parse(text, u"big.json"_s);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        QCOMPARE(set->rules.size(), 12000);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void devicesAndPipesAreNotRuleFiles()
    {
        auto zero = RuleSet::load(u"/dev/zero"_s);
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error().message.contains(u"not a regular file"_s),
                 qPrintable(zero.error().message));
        QTemporaryDir dir;
        const QByteArray fifo = (dir.path() + u"/rules.json"_s).toLocal8Bit();
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        QVERIFY(!RuleSet::load(QString::fromLocal8Bit(fifo)).ok()); // and does not block
    }

    void aByteOrderMarkIsNotAMistake()
    {
        QVERIFY(RuleSet::parse("\xEF\xBB\xBF" + kGood, u"bom.json"_s).ok());
    }

    void aLeadLongerThanItsDeadlineIsRefused()
    {
        QByteArray text = kGood;
        text.replace(R"("lead": "12h",)", R"("lead": "4d",)");
        auto set = RuleSet::parse(text, u"good.json"_s);
        QVERIFY(!set.ok());
        QVERIFY2(set.error().message.contains(u"good.json:27: \"lead\" must be shorter"_s),
                 qPrintable(set.error().message));
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
