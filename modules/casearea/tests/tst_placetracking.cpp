// Positions judged room by room: a plan refused in words, jitter at a door and inaccurate
// fixes moving no one, and the place rules of the catalogue (无人看管, 单人审问, 轨迹异常,
// 未注销离开) raised from positions — never from a feed that stopped.

#include <QBuffer>
#include <QFileInfo>
#include <QtTest>
#include <casearea/tracking/areasimulation.h>
#include <casearea/tracking/placereplay.h>
#include <rules/ruleset.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CaseArea;

namespace {

// 一站式办案中心, one floor, 30 × 10 m: the entrance, a corridor along the top, and below it
// a waiting room, an interrogation room and the safety check.
const QByteArray kPlan = R"({"site": "城关派出所", "area": "办案区", "floor": 1,
  "width": 30, "height": 10, "rooms": [
  {"id": "E", "name": "出入口", "type": "entrance", "outline": [[0,0],[4,0],[4,4],[0,4]]},
  {"id": "C", "name": "通道", "type": "corridor", "outline": [[4,0],[30,0],[30,4],[4,4]]},
  {"id": "W1", "name": "候问室1", "type": "waiting", "outline": [[4,4],[10,4],[10,10],[4,10]],
   "cameras": ["cam-w1"]},
  {"id": "I1", "name": "讯问室1", "type": "interrogation",
   "outline": [[10,4],[16,4],[16,10],[10,10]], "cameras": ["cam-i1"]},
  {"id": "S1", "name": "人身安全检查室", "type": "safety-check",
   "outline": [[16,4],[22,4],[22,10],[16,10]]}]})";

constexpr qint64 kT0 = 1796000000000;
const QPointF kW1{7, 7}, kI1{13, 7}, kC{20, 2}, kE{2, 2}, kS1{19, 7};

PositionFix at(const QString &tag, qint64 seconds, QPointF p, double accuracy = 0.5)
{
    PositionFix f;
    f.tag = tag;
    f.sourceMs = f.receiveMs = kT0 + seconds * 1000;
    f.hasPoint = true;
    f.point = p;
    f.accuracy = accuracy;
    return f;
}

RuleEvent step(const QString &type, qint64 seconds, QJsonObject subject)
{
    return {type, kT0 + seconds * 1000, subject};
}

const QJsonObject kSubject{{u"tag"_s, u"B-1"_s},
                           {u"personId"_s, u"R-001"_s},
                           {u"name"_s, u"张三"_s},
                           {u"idCard"_s, u"110101199001011237"_s},
                           {u"unit"_s, u"城关派出所"_s}};

QJsonObject officer(const QString &tag, const QString &name)
{
    return {{u"tag"_s, tag}, {u"officerId"_s, tag}, {u"name"_s, name}};
}

// Where each tag is each second from \a from to \a to (inclusive).
void stay(QList<PositionFix> &fixes, const QString &tag, qint64 from, qint64 to, QPointF p)
{
    for (qint64 s = from; s <= to; ++s)
        fixes.append(at(tag, s, p));
}

// Walks from \a a to \a b at 1.5 m/s from second \a from; the second after arriving.
qint64 walk(QList<PositionFix> &fixes, const QString &tag, qint64 from, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const int steps = std::max(1, int(std::ceil(std::hypot(d.x(), d.y()) / 1.5)));
    for (int i = 1; i <= steps; ++i)
        fixes.append(at(tag, from + i - 1, a + d * (double(i) / steps)));
    return from + steps;
}

QStringList typesOf(const QList<RuleEvent> &events, const QString &prefix = u"area."_s)
{
    QStringList types;
    for (const RuleEvent &e : events)
        if (e.type.startsWith(prefix) || e.type == u"interrogation.started"_s)
            types.append(e.type);
    return types;
}

} // namespace

class tst_PlaceTracking : public QObject
{
    Q_OBJECT

private slots:
    void aPlanIsReadOrRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{rooms") << u"not JSON"_s;
        QTest::newRow("no rooms") << QByteArray(R"({"width": 10, "height": 10, "rooms": []})")
                                  << u"no rooms"_s;
        QTest::newRow("no size") << QByteArray(R"({"rooms": [{"id": "A"}]})") << u"metres"_s;
        QTest::newRow("unknown type")
            << QByteArray(R"({"width": 10, "height": 10, "rooms": [{"id": "A", "type": "bar",
                "outline": [[0,0],[1,0],[1,1]]}]})")
            << u"“bar” is not one of"_s;
        QTest::newRow("a corner outside")
            << QByteArray(R"({"width": 10, "height": 10, "rooms": [{"id": "A",
                "outline": [[0,0],[11,0],[1,1]]}]})")
            << u"inside the floor"_s;
        QTest::newRow("two corners")
            << QByteArray(R"({"width": 10, "height": 10, "rooms": [{"id": "A",
                "outline": [[0,0],[1,0]]}]})")
            << u"3 to 200 corners"_s;
        QTest::newRow("the same id twice") << QByteArray(R"({"width": 10, "height": 10, "rooms": [
                {"id": "A", "outline": [[0,0],[1,0],[1,1]]},
                {"id": "A", "outline": [[2,0],[3,0],[3,1]]}]})")
                                           << u"two rooms have the id A"_s;
        QTest::newRow("huge numbers")
            << QByteArray(R"({"width": 1e308, "height": 10, "rooms": [{"id": "A",
                "outline": [[0,0],[1,0],[1,1]]}]})")
            << u"metres"_s;
        QTest::newRow("a device of no kind")
            << QByteArray(R"({"width": 10, "height": 10, "rooms": [{"id": "A",
                "outline": [[0,0],[1,0],[1,1]]}], "devices": [{"id": "X", "kind": "toaster"}]})")
            << u"“toaster” is not one of"_s;
        QTest::newRow("two devices, one id")
            << QByteArray(R"({"width": 10, "height": 10, "rooms": [{"id": "A",
                "outline": [[0,0],[1,0],[1,1]]}], "devices": [{"id": "B-1", "kind": "wristband"},
                {"id": "B-1", "kind": "card"}]})")
            << u"two devices have the id B-1"_s;
        QTest::newRow("a device in no room of the plan")
            << QByteArray(R"({"width": 10, "height": 10, "rooms": [{"id": "A",
                "outline": [[0,0],[1,0],[1,1]]}], "devices": [{"id": "S1",
                "kind": "base-station", "room": "Z"}]})")
            << u"room Z, which the plan does not have"_s;
    }

    void onlyRegisteredBandsAndCardsInServiceAreHandedOut()
    {
        auto plan = FloorPlan::fromJson(R"({"width": 10, "height": 10, "rooms": [{"id": "A",
            "outline": [[0,0],[5,0],[5,5]]}], "devices": [
            {"id": "S1", "kind": "base-station", "room": "A", "address": "10.0.0.5:8080"},
            {"id": "B-1", "kind": "wristband", "name": "手环1"},
            {"id": "B-2", "kind": "wristband", "inService": false, "note": "表带断裂"}]})");
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->devices.size(), 3);
        QCOMPARE(plan->device(u"S1"_s)->address, u"10.0.0.5:8080"_s);
        QVERIFY(plan->checkTag(u"B-1"_s, DeviceKind::Wristband).ok());
        const auto unknown = plan->checkTag(u"B-9"_s, DeviceKind::Wristband);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, u"unknown-device"_s);
        const auto broken = plan->checkTag(u"B-2"_s, DeviceKind::Wristband);
        QCOMPARE(broken.error().code, u"out-of-service"_s);
        QVERIFY(broken.error().message.contains(u"表带断裂"_s));
        // A base station is not a band; no card is registered, so any card goes.
        QVERIFY(!plan->checkTag(u"S1"_s, DeviceKind::Wristband));
        QVERIFY(plan->checkTag(u"C-7"_s, DeviceKind::OfficerCard).ok());
        // Read back as written.
        const auto again = FloorPlan::fromJson(QJsonDocument(plan->toJson()).toJson());
        QCOMPARE(again->toJson(), plan->toJson());
        QVERIFY(!again->device(u"B-2"_s)->inService);
    }
    void aPlanIsReadOrRefusedWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const auto plan = FloorPlan::fromJson(json);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(reason), qPrintable(plan.error().message));

        const auto good = FloorPlan::fromJson(kPlan);
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().message));
        QCOMPARE(good->rooms.size(), 5);
        QCOMPARE(good->roomAt(kW1)->name, u"候问室1"_s);
        QCOMPARE(good->roomAt({35, 2}), nullptr);
        // What it writes it reads back the same.
        const auto again =
            FloorPlan::fromJson(QJsonDocument(good->toJson()).toJson(QJsonDocument::Compact));
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), good->toJson());
        // The drawing under the rooms is found beside the plan file.
        const auto demo = FloorPlan::load(QStringLiteral(JIANDU_DEMO_PLAN));
        QVERIFY(demo.ok());
        QCOMPARE(demo->image, u"casearea-floor.svg"_s); // as written: shared as written
        QVERIFY2(QFileInfo(demo->imagePath()).isFile(), qPrintable(demo->imagePath()));
        // A device or a pipe is not a plan file: refused, not read for ever.
        QVERIFY(!FloorPlan::load(u"/dev/zero"_s).ok());
    }

    void jitterAtADoorAndInaccurateFixesMoveNoOne()
    {
        RoomTracker tracker(*FloorPlan::fromJson(kPlan), {});
        QList<TrackChange> changes = tracker.feed(at(u"B-1"_s, 0, kW1));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].room, u"W1"_s);
        // Two seconds either side of the door between W1 and I1, for a minute.
        for (qint64 s = 1; s < 60; ++s)
            changes += tracker.feed(at(u"B-1"_s, s, (s / 2) % 2 ? QPointF(10.3, 7) : kW1));
        QCOMPARE(changes.size(), 1);
        // A fix worse than the gate, however long, moves no one.
        for (qint64 s = 60; s < 80; ++s)
            changes += tracker.feed(at(u"B-1"_s, s, kS1, 8.0));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(tracker.counters().inaccurate, 20);
        // Late and repeated messages are dropped.
        changes += tracker.feed(at(u"B-1"_s, 10, kI1));
        changes += tracker.feed(at(u"B-1"_s, 79, kI1));
        QCOMPARE(tracker.counters().outOfOrder, 2);
        // Staying in I1 for the dwell moves the subject there, since it arrived.
        for (qint64 s = 80; s <= 86; ++s)
            changes += tracker.feed(at(u"B-1"_s, s, kI1));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[1].room, u"I1"_s);
        QCOMPARE(changes[1].from, u"W1"_s);
        QCOMPARE(changes[1].timeMs, kT0 + 80 * 1000);
        // Silence: lost after the stale time, where it was last.
        QVERIFY(tracker.expire(kT0 + 100 * 1000).isEmpty());
        changes = tracker.expire(kT0 + 146 * 1000);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, TrackChange::Kind::Lost);
        QCOMPARE(changes[0].room, u"I1"_s);
    }

    void aTagOnAnotherFloorIsInNoRoomOfThisOne()
    {
        RoomTracker tracker(*FloorPlan::fromJson(kPlan), {});
        QCOMPARE(tracker.feed(at(u"B-1"_s, 0, kW1)).size(), 1);
        // Upstairs at the same x, y for two minutes: not in this floor's interrogation room;
        // heard, so not silent (nor "left without deregistration" where it was last seen).
        QList<TrackChange> changes;
        for (qint64 s = 1; s <= 120; ++s) {
            PositionFix upstairs = at(u"B-1"_s, s, kI1);
            upstairs.floor = 2;
            changes += tracker.feed(upstairs);
        }
        QVERIFY(changes.isEmpty());
        QCOMPARE(tracker.counters().otherFloor, 120);
        QCOMPARE(tracker.tags().value(u"B-1"_s).room, u"W1"_s);
        QVERIFY(tracker.expire(kT0 + 125 * 1000).isEmpty());
        // A tag only ever seen upstairs is not taken up on this floor at all.
        PositionFix stranger = at(u"B-7"_s, 121, kI1);
        stranger.floor = 2;
        tracker.feed(stranger);
        QVERIFY(!tracker.tags().contains(u"B-7"_s));
        // A source that does not say the floor is taken as this one's; "1" is floor 1.
        PositionFix unsaid = at(u"B-1"_s, 130, kI1);
        QVERIFY(!unsaid.floor);
        tracker.feed(unsaid);
        QCOMPARE(tracker.counters().taken, 2);
        const auto said = PositionFix::fromObject(QJsonObject{{u"tag"_s, u"B-1"_s},
                                                              {u"time"_s, 1764547200000.0},
                                                              {u"room"_s, u"W1"_s},
                                                              {u"floor"_s, u"2"_s}},
                                                  0);
        QVERIFY(said.ok());
        QCOMPARE(said->floor.value_or(0), 2);
    }

    void aSubjectLeftAloneInTheWaitingRoomIsUnattendedOnce()
    {
        QList<PositionFix> fixes;
        // The officer stays with the subject ten minutes, leaves for the corridor for five,
        // comes back.
        stay(fixes, u"B-1"_s, 0, 1200, kW1);
        stay(fixes, u"C-1"_s, 0, 600, kW1);
        stay(fixes, u"C-1"_s, 601, 900, kC);
        stay(fixes, u"C-1"_s, 901, 1200, kW1);
        const QList<RuleEvent> journey{
            step(u"officer.card-bound"_s, 0, officer(u"C-1"_s, u"李警官"_s)),
            step(u"area.entered"_s, 0, kSubject)};
        const auto outcome = PlaceReplay::run(*FloorPlan::fromJson(kPlan), {}, fixes, journey);
        QList<RuleEvent> unattended;
        for (const RuleEvent &e : outcome.events)
            if (e.type == u"area.unattended"_s)
                unattended.append(e);
        QCOMPARE(unattended.size(), 1);
        // The officer left at 601 s (counted after the dwell): alone a minute after that.
        QVERIFY(unattended[0].timeMs >= kT0 + 661 * 1000);
        QVERIFY(unattended[0].timeMs <= kT0 + 670 * 1000);
        QCOMPARE(unattended[0].subject.value(u"personId"_s).toString(), u"R-001"_s);
        QCOMPARE(unattended[0].subject.value(u"room"_s).toString(), u"候问室1"_s);
        QCOMPARE(unattended[0].subject.value(u"cameraId"_s).toString(), u"cam-w1"_s);
    }

    void aFeedThatStopsRaisesNoUnattended()
    {
        // The whole feed stops for ten minutes; then only the officer's card dies in the room.
        QList<PositionFix> fixes;
        stay(fixes, u"B-1"_s, 0, 60, kW1);
        stay(fixes, u"C-1"_s, 0, 60, kW1);
        stay(fixes, u"B-1"_s, 660, 2000, kW1);
        stay(fixes, u"C-1"_s, 660, 700, kW1);
        const QList<RuleEvent> journey{
            step(u"officer.card-bound"_s, 0, officer(u"C-1"_s, u"李警官"_s)),
            step(u"area.entered"_s, 0, kSubject)};
        const auto outcome = PlaceReplay::run(*FloorPlan::fromJson(kPlan), {}, fixes, journey);
        QCOMPARE(typesOf(outcome.events), QStringList{u"area.entered"_s});
    }

    void oneOfficerInTheInterrogationRoomIsSingleOfficer()
    {
        const auto judged = [](int officers) {
            QList<PositionFix> fixes;
            stay(fixes, u"B-1"_s, 0, 300, kI1);
            QList<RuleEvent> journey{step(u"area.entered"_s, 0, kSubject)};
            for (int i = 1; i <= officers; ++i) {
                const QString tag = u"C-%1"_s.arg(i);
                journey.append(step(u"officer.card-bound"_s, 0, officer(tag, tag)));
                stay(fixes, tag, 0, 300, kI1 + QPointF(i * 0.5, 0));
            }
            // The subject is brought in from the waiting room.
            QList<PositionFix> before;
            stay(before, u"B-1"_s, -30, -1, kW1);
            return PlaceReplay::run(*FloorPlan::fromJson(kPlan), {}, before + fixes, journey)
                .events;
        };
        for (int officers : {1, 2}) {
            const QList<RuleEvent> events = judged(officers);
            const auto started =
                std::find_if(events.cbegin(), events.cend(), [](const RuleEvent &e) {
                    return e.type == u"interrogation.started"_s;
                });
            QVERIFY(started != events.cend());
            QCOMPARE(started->subject.value(u"officers"_s).toString(), QString::number(officers));
            QCOMPARE(started->subject.value(u"roomId"_s).toString(), u"I1"_s);
        }
    }

    void theCataloguesPlaceRulesFireFromPositions()
    {
        // A day's stretch: registered at the entrance, checked, waits alone, questioned by one
        // officer, then runs for the entrance without being deregistered.
        QList<PositionFix> fixes;
        stay(fixes, u"B-1"_s, 0, 60, kE);
        stay(fixes, u"B-1"_s, walk(fixes, u"B-1"_s, 61, kE, kS1), 300, kS1);
        stay(fixes, u"B-1"_s, walk(fixes, u"B-1"_s, 301, kS1, kW1), 600, kW1);
        stay(fixes, u"B-1"_s, walk(fixes, u"B-1"_s, 601, kW1, kI1), 1000, kI1);
        stay(fixes, u"C-1"_s, 0, 300, kS1);
        stay(fixes, u"C-1"_s, walk(fixes, u"C-1"_s, 301, kS1, kC), 600, kC);
        stay(fixes, u"C-1"_s, walk(fixes, u"C-1"_s, 601, kC, kI1 + QPointF(1, 0)), 1000,
             kI1 + QPointF(1, 0));
        fixes.append(at(u"B-1"_s, 1001, kC)); // 8.6 m in a second, then on to the way out
        stay(fixes, u"B-1"_s, walk(fixes, u"B-1"_s, 1002, kC, kE), 1100, kE);
        QList<RuleEvent> journey{step(u"officer.card-bound"_s, 0, officer(u"C-1"_s, u"李警官"_s)),
                                 step(u"area.entered"_s, 0, kSubject),
                                 step(u"safetycheck.done"_s, 200, kSubject)};
        const auto outcome = PlaceReplay::run(*FloorPlan::fromJson(kPlan), {}, fixes, journey);
        QCOMPARE(typesOf(outcome.events),
                 (QStringList{u"area.entered"_s, u"area.unattended"_s, u"interrogation.started"_s,
                              u"area.track-anomaly"_s, u"area.exited-unregistered"_s}));

        // Through the shipped catalogue, as the client's engine judges them.
        auto rules = RuleSet::load(QStringLiteral(JIANDU_RULE_CATALOGUE));
        QVERIFY(rules.ok());
        RuleEngine engine(*rules);
        QStringList raised;
        for (const AlertChange &c : engine.process(outcome.events, outcome.lastMs))
            if (c.kind == AlertChange::Kind::Raised)
                raised.append(c.alert.ruleId);
        raised.sort();
        QCOMPARE(raised, (QStringList{u"venue.left-unregistered"_s, u"venue.single-officer"_s,
                                      u"venue.track-anomaly"_s, u"venue.unattended"_s}));
    }

    void theDemoSitesSimulatedDayRaisesWhatItStagesAndNothingElse()
    {
        const auto plan = FloorPlan::load(QStringLiteral(JIANDU_DEMO_PLAN));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        const auto day = AreaSimulation::generate(*plan, kT0, 7);
        QVERIFY(day.fixes.size() > 10000);
        const auto outcome = PlaceReplay::run(*plan, {}, day.fixes, day.journey);
        auto rules = RuleSet::load(QStringLiteral(JIANDU_RULE_CATALOGUE));
        QVERIFY(rules.ok());
        RuleEngine engine(*rules);
        QStringList raised;
        for (const AlertChange &c : engine.process(outcome.events, day.endMs))
            if (c.kind == AlertChange::Kind::Raised && c.alert.element == u"venue"_s)
                raised.append(c.alert.ruleId + u' ' + c.alert.subjectKey);
        raised.sort();
        // The officer who stepped out, the questioning by one officer, the minor brought in;
        // not the band that died, not the jitter at the door, not the walks along the corridor.
        QCOMPARE(raised, (QStringList{u"venue.single-officer personId=R4401062026120103"_s,
                                      u"venue.special-person personId=R4401062026120102"_s,
                                      u"venue.unattended personId=R4401062026120102"_s}));
        // Every subject deregistered at the end; the same seed makes the same day.
        QCOMPARE(day.journey.count(), AreaSimulation::generate(*plan, kT0, 7).journey.count());
    }

    void recordedPositionsAreReadLineByLineWithTheirMistakes()
    {
        QByteArray text = R"({"tag": "B-1", "time": 1796000000000, "x": 7, "y": 7}
{"tag": "B-1", "time": "2026-12-01 08:00:01.500", "room": "W1", "accuracy": 0.4, "battery": 80}
not json

{"time": 1796000002000, "x": 1, "y": 1}
{"tag": "B-2", "time": 1796000003000}
{"tag": "B-3", "time": 1796000003000, "x": 1e400, "y": 1}
{"tag": "B-4", "x": 1, "y": 1}
)";
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        const auto read = PlaceReplay::readPositions(buffer, u"day.jsonl"_s);
        QCOMPARE(read.fixes.size(), 2);
        QCOMPARE(read.fixes[1].room, u"W1"_s);
        QCOMPARE(read.fixes[1].battery, 80);
        QCOMPARE(read.errors.size(), 5);
        QVERIFY(read.errors[0].startsWith(u"day.jsonl:3: "_s));
        QVERIFY(read.errors[1].contains(u"names no tag"_s));
        QVERIFY(read.errors[2].contains(u"neither x and y nor a room"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PlaceTracking)
#include "tst_placetracking.moc"
