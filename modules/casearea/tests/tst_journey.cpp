// The desk's record of a stay: identity numbers read as officers type them, the book's
// refusals in words (a band bound twice, 注销 with belongings held, a return without a leave),
// the events the catalogue's 场所 rules raise from them, and the book restored from the cache.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <casearea/data/caseareaschema.h>
#include <casearea/data/journeyrepository.h>
#include <casearea/data/trackrepository.h>
#include <casearea/journey/journeybook.h>
#include <rules/ruleset.h>
#include <storage/cachedatabase.h>
#include <storage/localcache.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CaseArea;

namespace {
// 2026-12-01 09:00 in the workstation's zone.
const qint64 kT0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toMSecsSinceEpoch();
constexpr qint64 kMinute = 60 * 1000;

QString withCheck(const QString &first17)
{
    return first17 + IdentityCard::checkCharacter(first17);
}

int g_steps = 0;
JourneyStep step(const QString &kind, const QString &stay, qint64 minute, QJsonObject body = {})
{
    return {u"s%1"_s.arg(++g_steps), stay, kind, kT0 + minute * kMinute, u"值班民警"_s, body};
}

JourneyStep entry(const QString &stay, const QString &name, const QString &idCard,
                  const QString &tag, qint64 minute = 0, QJsonObject extra = {})
{
    QJsonObject body{{u"name"_s, name},
                     {u"idCard"_s, idCard},
                     {u"tag"_s, tag},
                     {u"unit"_s, u"440106"_s},
                     {u"reason"_s, u"传唤"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return step(u"area.entered"_s, stay, minute, body);
}

QStringList raisedBy(const QList<RuleEvent> &events, qint64 untilMs)
{
    auto rules = RuleSet::load(QStringLiteral(JIANDU_RULE_CATALOGUE));
    if (!rules)
        return {rules.error().message};
    RuleEngine engine(*rules);
    QStringList raised;
    for (const AlertChange &c : engine.process(events, untilMs)) {
        if (c.kind == AlertChange::Kind::Raised)
            raised.append(c.alert.ruleId);
    }
    raised.sort();
    return raised;
}
} // namespace

class TestJourney : public QObject
{
    Q_OBJECT

private slots:
    void identityNumbersAreReadAsTyped()
    {
        const QString adult = withCheck(u"44010619850312231"_s);
        auto card = IdentityCard::parse(adult);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QCOMPARE(card->birthDate, QDate(1985, 3, 12));
        QVERIFY(card->male); // the 17th digit is odd
        QCOMPARE(card->ageOn(QDate(2026, 3, 11)), 40);
        QCOMPARE(card->ageOn(QDate(2026, 3, 12)), 41);

        // Spaces, full-width digits and a lower-case x as an input method leaves them.
        const QString withX = u"11010519491231002X"_s;
        QCOMPARE(IdentityCard::checkCharacter(withX.left(17)), QChar(u'X'));
        QCOMPARE(IdentityCard::parse(u" 110105 19491231 002x "_s)->number, withX);
        QString fullWidth;
        for (QChar c : withX.left(17))
            fullWidth.append(QChar(0xFF10 + (c.unicode() - u'0')));
        QCOMPARE(IdentityCard::parse(fullWidth + u"Ｘ"_s)->number, withX);

        // The old 15 digits: born in the 1900s, given their check character.
        const auto old = IdentityCard::parse(u"440106850312231"_s);
        QVERIFY(old.ok());
        QCOMPARE(old->number, adult);
    }

    void aWrongNumberIsRefusedSayingWhatIsWrong_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        const QString good = withCheck(u"44010619850312231"_s);
        QString mistyped = good;
        mistyped[17] = mistyped[17] == u'1' ? u'2' : u'1';
        QTest::newRow("checksum") << mistyped << u"checksum"_s << QString(good[17]);
        QTest::newRow("short") << good.left(16) << u"length"_s << u"16"_s;
        QTest::newRow("letters") << u"4401061985031223AB"_s << u"format"_s << u"17"_s;
        QTest::newRow("province") << withCheck(u"99010619850312231"_s) << u"region"_s << u"99"_s;
        QTest::newRow("no such day")
            << withCheck(u"44010619850230231"_s) << u"birth-date"_s << u"19850230"_s;
        QTest::newRow("born tomorrow")
            << withCheck(u"440106"_s + QDate::currentDate().addDays(1).toString(u"yyyyMMdd"_s) +
                         u"231"_s)
            << u"birth-date"_s << QString();
        QTest::newRow("empty") << u"   "_s << u"empty"_s << QString();
        QTest::newRow("huge") << QString(5000, u'9') << u"length"_s << u"5000"_s;
    }

    void aWrongNumberIsRefusedSayingWhatIsWrong()
    {
        QFETCH(QString, number);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const auto card = IdentityCard::parse(number);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, code);
        QVERIFY2(card.error().message.contains(says), qPrintable(card.error().message));
    }

    void registrationDerivesCategoriesAndRefusesABandBoundTwice()
    {
        JourneyBook book;
        // Born 2009-07-21: 17 on the day, a minor whatever the desk ticked.
        auto minor =
            book.apply(entry(u"a"_s, u"李某"_s, withCheck(u"44010620090721002"_s), u"B-01"_s, 0,
                             {{u"categories"_s, QJsonArray{u"醉酒人员"_s}}}));
        QVERIFY(minor.ok());
        const RuleEvent entered = minor->constFirst();
        QCOMPARE(entered.type, u"area.entered"_s);
        QCOMPARE(entered.subject.value(u"category"_s).toArray(),
                 (QJsonArray{u"未成年人员"_s, u"醉酒人员"_s}));
        QCOMPARE(entered.subject.value(u"caseLinked"_s).toString(), u"否"_s);
        QCOMPARE(entered.subject.value(u"gender"_s).toString(), u"女"_s);
        QCOMPARE(entered.subject.value(u"tag"_s).toString(), u"B-01"_s);
        QVERIFY(entered.subject.value(u"personId"_s).toString().startsWith(u"RQ20261201"_s));

        const QString elder = withCheck(u"44010619500101231"_s);
        auto twice = book.apply(entry(u"b"_s, u"张某"_s, elder, u"B-01"_s, 1));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, u"tag-bound"_s);
        QVERIFY(twice.error().message.contains(u"李某"_s));
        QVERIFY(book.apply(entry(u"b"_s, u"张某"_s, elder, u"B-02"_s, 1)).ok());
        QCOMPARE(book.stay(u"b"_s)->categories, QStringList{u"高龄人员"_s});
        auto again = book.apply(entry(u"c"_s, u"张某"_s, elder, u"B-03"_s, 2));
        QCOMPARE(again.error().code, u"already-in"_s);
        // An officer's card is not a wristband to bind.
        QVERIFY(book.apply(step(u"officer.card-bound"_s, {}, 2,
                                {{u"tag"_s, u"C-01"_s}, {u"name"_s, u"刘警官"_s}}))
                    .ok());
        QCOMPARE(
            book.apply(entry(u"d"_s, u"王某"_s, withCheck(u"44010619900101231"_s), u"C-01"_s, 3))
                .error()
                .code,
            u"tag-bound"_s);
        // Unknown person: described, no number.
        auto nameless = book.apply(
            step(u"area.entered"_s, u"e"_s, 4, {{u"unknown"_s, true}, {u"tag"_s, u"B-05"_s}}));
        QCOMPARE(nameless.error().code, u"description"_s);
        QVERIFY(book.apply(step(u"area.entered"_s, u"e"_s, 4,
                                {{u"unknown"_s, true},
                                 {u"tag"_s, u"B-05"_s},
                                 {u"description"_s, u"男，约40岁，黑色外套"_s}}))
                    .ok());
        QVERIFY(book.stay(u"e"_s)->idCard.isEmpty());
    }

    void deregistrationWithBelongingsHeldIsRefusedUnlessTheOfficerSaysSo()
    {
        JourneyBook book;
        QVERIFY(book.apply(entry(u"a"_s, u"王某强"_s, withCheck(u"44010619850312231"_s), u"B-01"_s))
                    .ok());
        const QJsonArray items{
            QJsonObject{{u"name"_s, u"手机"_s}, {u"kind"_s, u"随身物品"_s}, {u"cabinet"_s, u"3"_s}},
            QJsonObject{{u"name"_s, u"现金"_s}, {u"kind"_s, u"随身物品"_s}, {u"count"_s, 520}},
            QJsonObject{{u"name"_s, u"匕首"_s}, {u"kind"_s, u"涉案物品"_s}}};
        QVERIFY(
            book.apply(step(u"belongings.registered"_s, u"a"_s, 10, {{u"items"_s, items}})).ok());
        QCOMPARE(book.stay(u"a"_s)->held().size(), 3);
        // A count no desk writes, an item without a kind: refused, nothing registered.
        QCOMPARE(book.apply(step(u"belongings.registered"_s, u"a"_s, 11,
                                 {{u"items"_s, QJsonArray{QJsonObject{{u"name"_s, u"钱包"_s},
                                                                      {u"kind"_s, u"随身物品"_s},
                                                                      {u"count"_s, 1e12}}}}}))
                     .error()
                     .code,
                 u"items"_s);
        QCOMPARE(book.stay(u"a"_s)->belongings.size(), 3);

        auto refused = book.apply(step(u"area.left"_s, u"a"_s, 60, {{u"reason"_s, u"释放"_s}}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"belongings-held"_s);
        QVERIFY(refused.error().message.contains(u"手机"_s));
        QVERIFY(refused.error().message.contains(u"现金×520"_s));
        QVERIFY(book.stay(u"a"_s)->inArea());

        // The evidence goes to the case unit, the rest back to him; then he may leave.
        QVERIFY(book.apply(step(u"belongings.returned"_s, u"a"_s, 61,
                                {{u"ids"_s, QJsonArray{u"3"_s}}, {u"disposal"_s, u"扣押"_s}}))
                    .ok());
        QCOMPARE(book.apply(step(u"belongings.returned"_s, u"a"_s, 62,
                                 {{u"ids"_s, QJsonArray{u"3"_s}}, {u"disposal"_s, u"返还本人"_s}}))
                     .error()
                     .code,
                 u"items"_s);
        QVERIFY(book.apply(step(u"belongings.returned"_s, u"a"_s, 62,
                                {{u"ids"_s, QJsonArray{u"1"_s, u"2"_s}},
                                 {u"disposal"_s, u"返还本人"_s}}))
                    .ok());
        auto left = book.apply(step(u"area.left"_s, u"a"_s, 63, {{u"reason"_s, u"释放"_s}}));
        QVERIFY(left.ok());
        QCOMPARE(left->constFirst().subject.value(u"belongingsReturned"_s).toString(), u"是"_s);
        // The band is free again; the closed stay takes no more steps.
        QVERIFY(!book.stayWithTag(u"B-01"_s));
        QCOMPARE(book.apply(step(u"safetycheck.done"_s, u"a"_s, 64)).error().code, u"closed"_s);
    }

    void aTemporaryLeaveNeedsApprovalAndAReturn()
    {
        JourneyBook book;
        QVERIFY(book.apply(entry(u"a"_s, u"陈某华"_s, withCheck(u"44010319921105451"_s), u"B-03"_s))
                    .ok());
        QCOMPARE(book.apply(step(u"area.returned"_s, u"a"_s, 5)).error().code, u"away"_s);
        QCOMPARE(book.apply(step(u"area.temporarily-left"_s, u"a"_s, 5, {{u"reason"_s, u"就医"_s}}))
                     .error()
                     .code,
                 u"approval"_s);
        QVERIFY(book.apply(step(u"area.temporarily-left"_s, u"a"_s, 5,
                                {{u"reason"_s, u"就医"_s}, {u"approvedBy"_s, u"王所长"_s}}))
                    .ok());
        QVERIFY(book.stay(u"a"_s)->away);
        QCOMPARE(
            book.apply(step(u"area.left"_s, u"a"_s, 6, {{u"reason"_s, u"释放"_s}})).error().code,
            u"away"_s);
        QVERIFY(book.apply(step(u"area.returned"_s, u"a"_s, 50)).ok());
        QCOMPARE(book.apply(step(u"no.such-step"_s, u"a"_s, 51)).error().code, u"kind"_s);
        QCOMPARE(book.apply(step(u"safetycheck.done"_s, u"zz"_s, 51)).error().code,
                 u"unknown-stay"_s);
    }

    void theDesksStepsRaiseTheCataloguesPlaceRules()
    {
        JourneyBook book;
        QList<RuleEvent> events;
        const auto take = [&](const JourneyStep &s) {
            auto made = book.apply(s);
            QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
            events += made.value();
        };
        // A minor, checked and collected in time, deregistered with a phone still held.
        take(entry(u"a"_s, u"李某"_s, withCheck(u"44010620090721002"_s), u"B-01"_s, 0,
                   {{u"caseNo"_s, u"A4401062026120001"_s}}));
        take(step(u"safetycheck.done"_s, u"a"_s, 20));
        take(step(u"infocollection.done"_s, u"a"_s, 40));
        take(step(u"belongings.registered"_s, u"a"_s, 41,
                  {{u"items"_s,
                    QJsonArray{QJsonObject{{u"name"_s, u"手机"_s}, {u"kind"_s, u"随身物品"_s}}}}}));
        take(step(u"area.left"_s, u"a"_s, 90, {{u"reason"_s, u"释放"_s}, {u"acceptHeld"_s, true}}));
        QCOMPARE(events.constLast().subject.value(u"belongingsReturned"_s).toString(), u"否"_s);
        QCOMPARE(raisedBy(events, kT0 + 3 * 60 * kMinute),
                 (QStringList{u"venue.belongings-not-returned"_s, u"venue.special-person"_s}));

        // An adult left three hours without a safety check or the collection.
        JourneyBook later;
        auto entered =
            later.apply(entry(u"b"_s, u"赵某"_s, withCheck(u"44010419780214663"_s), u"B-04"_s));
        QVERIFY(entered.ok());
        QCOMPARE(raisedBy(entered.value(), kT0 + 3 * 60 * kMinute),
                 (QStringList{u"venue.info-collection-2h"_s, u"venue.safety-check-1h"_s}));
        QCOMPARE(raisedBy(entered.value(), kT0 + 59 * kMinute), QStringList{});
    }

    void theBookIsRestoredFromTheCacheAsItWas()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::create(dir.path(), u"pw"_s);
        QVERIFY(cache.ok());
        QVERIFY(CaseAreaSchema::migrate(**cache).ok());
        JourneyRepository repository((*cache)->database().connection());
        JourneyBook book;
        const QList<JourneyStep> steps{
            step(u"officer.card-bound"_s, {}, 0, {{u"tag"_s, u"C-01"_s}, {u"name"_s, u"刘警官"_s}}),
            step(u"officer.card-bound"_s, {}, 0, {{u"tag"_s, u"C-02"_s}, {u"name"_s, u"黄警官"_s}}),
            entry(u"a"_s, u"王某强"_s, withCheck(u"44010619850312231"_s), u"B-01"_s, 1),
            entry(u"b"_s, u"陈某华"_s, withCheck(u"44010319921105451"_s), u"B-02"_s, 2),
            step(u"belongings.registered"_s, u"a"_s, 3,
                 {{u"items"_s,
                   QJsonArray{QJsonObject{{u"name"_s, u"手机"_s}, {u"kind"_s, u"随身物品"_s}}}}}),
            step(u"area.temporarily-left"_s, u"a"_s, 4,
                 {{u"reason"_s, u"就医"_s}, {u"approvedBy"_s, u"王所长"_s}}),
            step(u"area.left"_s, u"b"_s, 5, {{u"reason"_s, u"释放"_s}}),
            step(u"officer.card-unbound"_s, {}, 6, {{u"tag"_s, u"C-02"_s}}),
        };
        for (const JourneyStep &s : steps) {
            QVERIFY(book.apply(s).ok());
            QVERIFY(repository.add(s).ok());
        }
        // A step kept twice (the same uid) is refused by the cache.
        QVERIFY(!repository.add(steps.first()).ok());

        const auto current = repository.current();
        QVERIFY(current.ok());
        JourneyBook restored;
        for (const JourneyStep &s : current.value())
            QVERIFY(restored.apply(s).ok());
        QCOMPARE(restored.officerCards().keys(), QStringList{u"C-01"_s});
        QVERIFY(restored.stay(u"a"_s));
        QVERIFY(!restored.stay(u"b"_s)); // deregistered: in the cache, not in the book
        QCOMPARE(restored.stay(u"a"_s)->held().size(), 1);
        QVERIFY(restored.stay(u"a"_s)->away);
        QCOMPARE(restored.stay(u"a"_s)->personId, book.stay(u"a"_s)->personId);

        QCOMPARE(repository.stay(u"b"_s)->size(), 2);
        // Stays during 09:05–10:00: "a" (still in), not "b" (left at 09:05).
        const auto during = repository.staysDuring(kT0 + 5 * kMinute + 1, kT0 + 60 * kMinute);
        QVERIFY(during.ok());
        QSet<QString> stays;
        for (const JourneyStep &s : during.value())
            stays.insert(s.stayUid);
        QCOMPARE(stays, QSet<QString>{u"a"_s});
    }

    void theRoomsOfAStayAreReadBackFromTheKeptHistory()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::create(dir.path(), u"pw"_s);
        QVERIFY(cache.ok());
        QVERIFY(CaseAreaSchema::migrate(**cache).ok());
        TrackRepository tracks((*cache)->database().connection());
        const auto at = [](qint64 minute) {
            return kT0 + minute * kMinute;
        };
        // B-01: waiting room from 09:00, silent at 09:20, heard again in the interrogation
        // room at 09:30; C-01 with it in the waiting room from 08:50 (before the asked time).
        QVERIFY(tracks
                    .add({{u"C-01"_s, u"W1"_s, true, at(-10)},
                          {u"B-01"_s, u"W1"_s, true, at(0)},
                          {u"B-01"_s, u"W1"_s, false, at(20)},
                          {u"B-01"_s, u"I1"_s, true, at(30)},
                          {u"C-01"_s, u"I1"_s, true, at(31)},
                          {u"B-02"_s, u"W2"_s, true, at(5)}})
                    .ok());
        const auto rows = tracks.between(at(0), at(60));
        QVERIFY(rows.ok());
        // C-01's row of 08:50 says where it was at 09:00.
        QCOMPARE(TrackRepository::roomsAt(*rows, at(1)),
                 (QHash<QString, QString>{{u"C-01"_s, u"W1"_s}, {u"B-01"_s, u"W1"_s}}));
        // Silent from 09:20: in no room until heard again.
        QCOMPARE(TrackRepository::roomsAt(*rows, at(25)).value(u"B-01"_s), QString());
        QCOMPARE(TrackRepository::roomsAt(*rows, at(45)).value(u"B-01"_s), u"I1"_s);

        const auto stretches = TrackRepository::stretches(*rows, u"B-01"_s, at(0), at(60));
        QCOMPARE(stretches.size(), 2);
        QCOMPARE(stretches[0].roomId, u"W1"_s);
        QCOMPARE(stretches[0].toMs - stretches[0].fromMs, 20 * kMinute);
        QCOMPARE(stretches[1].roomId, u"I1"_s);
        QCOMPARE(stretches[1].toMs, at(60)); // still there at the end
        // One tag's rows only, when asked so.
        const auto one = tracks.between(at(0), at(60), {u"B-02"_s});
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJourney)
#include "tst_journey.moc"
