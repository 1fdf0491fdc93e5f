// Seed 004's checks of written records, one by one and between records, and the alerts the
// shipped rule catalogue raises from them.
#include <QTest>
#include <review/checks/recordchecks.h>
#include <rules/ruleengine.h>
#include <rules/ruleset.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::Review;

namespace {

struct Head
{
    QString start = u"2026年11月23日09时10分"_s;
    QString end = u"2026年11月23日10时05分"_s;
    QString place = u"城关派出所询问室"_s;
    QString officers = u"张明、李强"_s;
    QString subject = u"王五"_s;
    QString extra; // more lines of the head
};

CheckedRecord recordOf(const Head &h, const QString &body = {}, const QString &id = u"r1"_s)
{
    QString text = u"询问笔录\n"_s;
    if (!h.start.isEmpty() || !h.end.isEmpty())
        text += u"时间：%1至%2\n"_s.arg(h.start, h.end);
    if (!h.place.isEmpty())
        text += u"地点：%1\n"_s.arg(h.place);
    text += u"询问人：%1\n记录人：李强\n被询问人：%2\n"_s.arg(h.officers, h.subject) + h.extra;
    text += body.isEmpty() ? u"问：你叫什么名字？\n答：我叫%1。\n"_s.arg(h.subject) : body;
    CheckedRecord r;
    r.id = id;
    r.name = id + u".txt"_s;
    r.record = WrittenRecord::parse(text);
    return r;
}

QStringList codes(const QList<RecordFinding> &findings)
{
    QStringList list;
    for (const RecordFinding &f : findings)
        list << f.code;
    return list;
}

} // namespace

class TestRecordChecks : public QObject
{
    Q_OBJECT

private slots:
    void aGoodRecordHasNoFinding()
    {
        const auto findings = RecordChecks::check(recordOf({}));
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
    }

    void durationOutsideFiveMinutesToEightHours()
    {
        Head h;
        h.end = u"2026年11月23日09时13分"_s;
        auto f = RecordChecks::check(recordOf(h));
        QCOMPARE(codes(f), QStringList{u"duration"_s});
        QVERIFY(f[0].message.contains(u"3 min"_s));
        h.end = u"2026年11月23日17时11分"_s; // 8 h 1 min
        QCOMPARE(codes(RecordChecks::check(recordOf(h))), QStringList{u"duration"_s});
        h.end = u"2026年11月23日17时10分"_s; // exactly 8 h
        QVERIFY(RecordChecks::check(recordOf(h)).isEmpty());
    }

    void placeAndTimesMustBeThere()
    {
        Head h;
        h.place.clear();
        h.start.clear();
        h.end.clear();
        QCOMPARE(codes(RecordChecks::check(recordOf(h))),
                 (QStringList{u"missing-place"_s, u"missing-times"_s}));
    }

    void formatErrorsNameTheLine()
    {
        const auto f = RecordChecks::check(
            recordOf({}, u"问：你叫什么名字？\n问：你多大了？\n答：二十岁。\n答：还有。\n"_s));
        QCOMPARE(codes(f), QStringList{u"format"_s});
        QCOMPARE(f[0].line, 7);
        QVERIFY(f[0].message.contains(u"and 1 more"_s));
    }

    void aMinorNeedsAGuardian()
    {
        Head h;
        h.extra = u"年龄：16\n"_s;
        QCOMPARE(codes(RecordChecks::check(recordOf(h))), QStringList{u"minor-guardian"_s});
        h.extra = u"年龄：16\n法定代理人：王大山\n"_s;
        QVERIFY(RecordChecks::check(recordOf(h)).isEmpty());
        h.extra = u"法定代理人：无\n身份证件种类及号码：居民身份证 110101201003021236\n"_s;
        QCOMPARE(RecordChecks::ageAt(recordOf(h).record.header).value_or(-1), 16);
        QCOMPARE(codes(RecordChecks::check(recordOf(h))), QStringList{u"minor-guardian"_s});
        h.extra = u"出生日期：2008年11月23日\n"_s; // eighteen that very day
        QVERIFY(RecordChecks::check(recordOf(h)).isEmpty());
    }

    void theSummonsHasItsLimits()
    {
        Head h;
        h.extra = u"（口头传唤的被询问人于11月23日8时50分到达，11月23日21时20分离开）\n"_s;
        QCOMPARE(codes(RecordChecks::check(recordOf(h))), QStringList{u"summons-too-long"_s});
        RecordChecks::Thresholds approved;
        approved.summonsMs = 24 * 3600 * 1000;
        QVERIFY(RecordChecks::check(recordOf(h), approved).isEmpty());

        h.extra = u"（口头传唤的被询问人于11月23日9时30分到达，11月23日11时离开）\n"_s;
        QCOMPARE(codes(RecordChecks::check(recordOf(h))), QStringList{u"outside-summons"_s});

        h.extra = u"（口头传唤的被询问人于  月  日  时  分到达，  月  日  时  分离开）\n"_s;
        QCOMPARE(codes(RecordChecks::check(recordOf(h))), QStringList{u"arrival-missing"_s});

        // A summons (传唤证) given with the case wins over the record's own line.
        CheckedRecord r = recordOf({});
        r.summonsFrom = QDateTime(QDate(2026, 11, 23), QTime(9, 30));
        r.summonsUntil = QDateTime(QDate(2026, 11, 23), QTime(12, 0));
        QCOMPARE(codes(RecordChecks::check(r)), QStringList{u"outside-summons"_s});
    }

    void theRecordingMustCoverTheRecord()
    {
        CheckedRecord r = recordOf({});
        r.recordingStart = QDateTime(QDate(2026, 11, 23), QTime(9, 11));
        r.recordingEnd = QDateTime(QDate(2026, 11, 23), QTime(10, 6));
        QVERIFY(RecordChecks::check(r).isEmpty()); // a minute's slack either way
        r.recordingStart = QDateTime(QDate(2026, 11, 23), QTime(9, 25));
        const auto f = RecordChecks::check(r);
        QCOMPARE(codes(f), QStringList{u"recording-span"_s});
        QVERIFY(f[0].message.contains(u"15 min"_s));
    }

    void oneOfficerInTwoRecordsAtOnce()
    {
        Head other;
        other.start = u"2026年11月23日09时40分"_s;
        other.end = u"2026年11月23日10时30分"_s;
        other.officers = u"张明、赵六"_s;
        other.subject = u"孙七"_s;
        Head later = other;
        later.start = u"2026年11月23日10时05分"_s; // begins as the first ends
        later.subject = u"周八"_s;
        const QList<CheckedRecord> records = {recordOf({}, {}, u"a"_s), recordOf(other, {}, u"b"_s),
                                              recordOf(later, {}, u"c"_s)};
        const auto found = RecordChecks::crossCheck(records, {});
        QCOMPARE(codes(found.value(u"a"_s)), QStringList{u"cross-signature"_s});
        QCOMPARE(found.value(u"a"_s)[0].otherRecord, u"b"_s);
        QVERIFY(found.value(u"a"_s)[0].message.contains(u"张明"_s));
        QCOMPARE(codes(found.value(u"b"_s)),
                 (QStringList{u"cross-signature"_s, u"cross-signature"_s}));
        QCOMPARE(codes(found.value(u"c"_s)), QStringList{u"cross-signature"_s}); // with b
    }

    void answersCopiedBetweenTwoPeople()
    {
        const QString copied =
            u"那天晚上十点左右我在城南的烧烤店，看到一个穿黑衣服的男子从店里跑出来，手里拿着一个黑色的包。"_s;
        Head first;
        Head second;
        second.subject = u"孙七"_s;
        second.officers = u"赵六"_s;
        second.start = u"2026年11月24日09时10分"_s;
        second.end = u"2026年11月24日10时05分"_s;
        const QList<CheckedRecord> records = {
            recordOf(first,
                     u"问：你叫什么？\n答：王五。\n问：你看到了什么？\n答：%1\n"_s.arg(copied),
                     u"a"_s),
            // Punctuation and a changed number do not hide the copy.
            recordOf(
                second,
                u"问：你看到了什么？\n答：%1\n"_s.arg(QString(copied).replace(u"，"_s, u" "_s)),
                u"b"_s),
            // The same person saying it again (another day) is no copy.
            recordOf(Head{u"2026年11月25日09时10分"_s, u"2026年11月25日10时05分"_s},
                     u"问：再说一遍。\n答：%1\n"_s.arg(copied), u"c"_s)};
        const auto found = RecordChecks::crossCheck(records, {});
        QCOMPARE(codes(found.value(u"a"_s)), QStringList{u"copied-answers"_s});
        QCOMPARE(found.value(u"a"_s)[0].pairs, QList<int>{2});
        QCOMPARE(found.value(u"b"_s)[0].pairs, QList<int>{1});
        const auto ofB = found.value(u"b"_s);
        QVERIFY(std::any_of(ofB.cbegin(), ofB.cend(), [](const RecordFinding &f) {
            return f.otherRecord == u"a"_s && f.message.contains(u"a.txt"_s);
        }));
        QCOMPARE(codes(found.value(u"c"_s)), QStringList{u"copied-answers"_s}); // with b only
        QCOMPARE(found.value(u"c"_s)[0].otherRecord, u"b"_s);
    }

    void findingsBecomeAlertsThroughTheCatalogue()
    {
        auto rules = RuleSet::load(QStringLiteral(JIANDU_RULE_CATALOGUE));
        QVERIFY2(rules.ok(), qPrintable(rules ? QString() : rules.error().text()));
        RuleEngine engine(*rules);
        Head h;
        h.extra = u"年龄：15\n"_s;
        CheckedRecord minor = recordOf(h);
        const qint64 t0 = QDateTime(QDate(2026, 11, 23), QTime(11, 0)).toMSecsSinceEpoch();
        QList<AlertChange> changes =
            engine.process(RecordChecks::event(minor, RecordChecks::check(minor), t0));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, AlertChange::Kind::Raised);
        QCOMPARE(changes[0].alert.ruleId, u"record.minor-guardian"_s);
        QCOMPARE(changes[0].alert.tier, Tier::Alarm);
        QVERIFY(changes[0].alert.message.contains(u"王五"_s));

        // The guardian written in and the record checked again: the alert ends.
        h.extra = u"年龄：15\n法定代理人：王大山\n"_s;
        CheckedRecord fixed = recordOf(h);
        changes =
            engine.process(RecordChecks::event(fixed, RecordChecks::check(fixed), t0 + 60000));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, AlertChange::Kind::Resolved);
    }
};

QTEST_GUILESS_MAIN(TestRecordChecks)
#include "tst_recordchecks.moc"
