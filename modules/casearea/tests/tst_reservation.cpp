// 场所预约统筹: a request checked as the desk would check it, then 所民警 → 所领导 → 法制负责人
// with the rooms assigned; every refusal in words, none of the rooms given twice.
#include <QtTest>
#include <casearea/reservation/reservation.h>

using namespace Jiandu;
using namespace Jiandu::CaseArea;
using namespace Qt::StringLiterals;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toMSecsSinceEpoch();
const qint64 kHour = 3600 * 1000;

FloorPlan plan()
{
    auto p = FloorPlan::fromJson(R"({"area": "一站式办案区", "width": 30, "height": 10, "rooms": [
        {"id": "W1", "name": "候问室1", "type": "waiting", "outline": [[0,0],[5,0],[5,5],[0,5]]},
        {"id": "W2", "name": "候问室2", "type": "waiting", "outline": [[5,0],[10,0],[10,5],[5,5]]},
        {"id": "I1", "name": "讯问室1", "type": "interrogation",
         "outline": [[10,0],[15,0],[15,5],[10,5]]},
        {"id": "I2", "name": "讯问室2", "type": "interrogation",
         "outline": [[15,0],[20,0],[20,5],[15,5]]},
        {"id": "C", "name": "通道", "type": "corridor", "outline": [[0,5],[30,5],[30,10],[0,10]]}
    ]})");
    return p.value();
}

Reservation request(const QString &uid, qint64 fromMs, qint64 toMs)
{
    Reservation r;
    r.uid = uid;
    r.unit = u"大智派出所"_s;
    r.requestedBy = u"张警官"_s;
    r.requestedMs = kNow;
    r.area = u"一站式办案区"_s;
    r.fromMs = fromMs;
    r.toMs = toMs;
    r.reason = u"抓获盗窃嫌疑人两名，需讯问"_s;
    r.suspects = 2;
    r.wishes = {{RoomType::Interrogation, 1}, {RoomType::Waiting, 1}};
    return r;
}

QString refusalOf(const Result<void> &r)
{
    return r ? QString() : r.error().message;
}

} // namespace

class tst_Reservation : public QObject
{
    Q_OBJECT

private slots:
    void aRequestIsCheckedInWords_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("ends before it begins") << u"backwards"_s << u"time"_s;
        QTest::newRow("in the past") << u"past"_s << u"time"_s;
        QTest::newRow("four days") << u"long"_s << u"time"_s;
        QTest::newRow("next year") << u"far"_s << u"time"_s;
        QTest::newRow("no reason") << u"reason"_s << u"reason"_s;
        QTest::newRow("no suspect") << u"suspects0"_s << u"suspects"_s;
        QTest::newRow("a million suspects") << u"suspectsHuge"_s << u"suspects"_s;
        QTest::newRow("no room") << u"noRooms"_s << u"rooms"_s;
        QTest::newRow("a corridor") << u"corridor"_s << u"rooms"_s;
        QTest::newRow("one type twice") << u"twice"_s << u"rooms"_s;
        QTest::newRow("thirty rooms") << u"many"_s << u"rooms"_s;
        QTest::newRow("no area") << u"area"_s << u"area"_s;
    }
    void aRequestIsCheckedInWords()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        Reservation r = request(u"r"_s, kNow + kHour, kNow + 3 * kHour);
        QVERIFY(Reservation::checkRequest(r, kNow).ok());
        if (field == u"backwards"_s)
            r.toMs = r.fromMs - 1;
        else if (field == u"past"_s)
            r.fromMs = kNow - 2 * kHour, r.toMs = kNow - kHour;
        else if (field == u"long"_s)
            r.toMs = r.fromMs + 96 * kHour;
        else if (field == u"far"_s)
            r.fromMs += 365 * 24 * kHour, r.toMs += 365 * 24 * kHour;
        else if (field == u"reason"_s)
            r.reason.clear();
        else if (field == u"suspects0"_s)
            r.suspects = 0;
        else if (field == u"suspectsHuge"_s)
            r.suspects = 1000000;
        else if (field == u"noRooms"_s)
            r.wishes.clear();
        else if (field == u"corridor"_s)
            r.wishes = {{RoomType::Corridor, 1}};
        else if (field == u"twice"_s)
            r.wishes = {{RoomType::Waiting, 1}, {RoomType::Waiting, 2}};
        else if (field == u"many"_s)
            r.wishes = {{RoomType::Waiting, 15}, {RoomType::Interrogation, 15}};
        else if (field == u"area"_s)
            r.area.clear();
        const auto checked = Reservation::checkRequest(r, kNow);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, code);
        QVERIFY(!checked.error().message.isEmpty());
    }

    void aReservationGoesToTheLeaderThenTheLegalHeadWhoAssignsTheRooms()
    {
        const FloorPlan rooms = plan();
        const Reservation asked = request(u"r1"_s, kNow + kHour, kNow + 3 * kHour);
        // The legal head cannot go first; the officer who asked cannot approve.
        auto early = Reservation::decide(asked, ReservationAction::LegalApprove, u"李法制"_s,
                                         u"legal"_s, {}, {u"I1"_s, u"W1"_s}, &rooms, {}, kNow);
        QVERIFY(!early);
        QCOMPARE(early.error().code, u"state"_s);
        auto self = Reservation::decide(asked, ReservationAction::LeaderApprove, u"张警官"_s,
                                        u"operator"_s, {}, {}, &rooms, {}, kNow);
        QVERIFY(!self);
        QCOMPARE(self.error().code, u"role"_s);

        auto agreed = Reservation::decide(asked, ReservationAction::LeaderApprove, u"王所长"_s,
                                          u"leader"_s, u"同意"_s, {}, &rooms, {}, kNow);
        QVERIFY(agreed.ok());
        QCOMPARE(agreed->state, ReservationState::LeaderApproved);
        // Rooms not as asked: a corridor, two interrogation rooms, one unknown, none.
        for (const QStringList &wrong :
             {QStringList{u"I1"_s, u"C"_s}, QStringList{u"I1"_s, u"I2"_s},
              QStringList{u"I1"_s, u"X9"_s}, QStringList{u"I1"_s, u"I1"_s}, QStringList{}}) {
            auto refused =
                Reservation::decide(*agreed, ReservationAction::LegalApprove, u"李法制"_s,
                                    u"legal"_s, {}, wrong, &rooms, {}, kNow);
            QVERIFY2(!refused, qPrintable(wrong.join(u',')));
            QCOMPARE(refused.error().code, u"rooms"_s);
        }
        // Without the area's plan nothing can be assigned.
        QCOMPARE(Reservation::decide(*agreed, ReservationAction::LegalApprove, u"李法制"_s,
                                     u"legal"_s, {}, {u"I1"_s, u"W1"_s}, nullptr, {}, kNow)
                     .error()
                     .code,
                 u"plan"_s);
        auto approved =
            Reservation::decide(*agreed, ReservationAction::LegalApprove, u"李法制"_s, u"legal"_s,
                                {}, {u"I1"_s, u"W1"_s}, &rooms, {}, kNow + 60000);
        QVERIFY(approved.ok());
        QCOMPARE(approved->state, ReservationState::Approved);
        QCOMPARE(approved->rooms, (QStringList{u"I1"_s, u"W1"_s}));
        QCOMPARE(approved->decisions.size(), 2);
        QCOMPARE(approved->decisions.last().actor, u"李法制"_s);

        // Another request for an overlapping time cannot have 讯问室1; it can have 讯问室2, and
        // 讯问室1 once the first is over.
        auto second = Reservation::decide(request(u"r2"_s, kNow + 2 * kHour, kNow + 4 * kHour),
                                          ReservationAction::LeaderApprove, u"王所长"_s,
                                          u"leader"_s, {}, {}, &rooms, {}, kNow);
        auto taken =
            Reservation::decide(*second, ReservationAction::LegalApprove, u"李法制"_s, u"legal"_s,
                                {}, {u"I1"_s, u"W2"_s}, &rooms, {*approved}, kNow);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, u"taken"_s);
        QVERIFY2(taken.error().message.contains(u"讯问室1"_s) &&
                     taken.error().message.contains(u"张警官"_s),
                 qPrintable(taken.error().message));
        QVERIFY(Reservation::decide(*second, ReservationAction::LegalApprove, u"李法制"_s,
                                    u"legal"_s, {}, {u"I2"_s, u"W2"_s}, &rooms, {*approved}, kNow)
                    .ok());
        auto later = Reservation::decide(
            Reservation::decide(request(u"r3"_s, kNow + 3 * kHour, kNow + 5 * kHour),
                                ReservationAction::LeaderApprove, u"王所长"_s, u"leader"_s, {}, {},
                                &rooms, {}, kNow)
                .value(),
            ReservationAction::LegalApprove, u"李法制"_s, u"legal"_s, {}, {u"I1"_s, u"W1"_s},
            &rooms, {*approved}, kNow);
        QVERIFY(later.ok());
        // A cancelled one holds nothing.
        Reservation cancelled = *approved;
        cancelled.state = ReservationState::Cancelled;
        QVERIFY(Reservation::decide(*second, ReservationAction::LegalApprove, u"李法制"_s,
                                    u"legal"_s, {}, {u"I1"_s, u"W2"_s}, &rooms, {cancelled}, kNow)
                    .ok());
    }

    void noOneApprovesTheirOwnRequestNorBothStages()
    {
        const FloorPlan rooms = plan();
        const Reservation asked = request(u"r6"_s, kNow + kHour, kNow + 2 * kHour);
        // The officer who asked, even a leader, does not approve it.
        QCOMPARE(Reservation::decide(asked, ReservationAction::LeaderApprove, u"张警官"_s,
                                     u"leader"_s, {}, {}, &rooms, {}, kNow)
                     .error()
                     .code,
                 u"role"_s);
        // An administrator who approved it as leader does not approve it again as legal head.
        auto agreed = Reservation::decide(asked, ReservationAction::LeaderApprove, u"管理员"_s,
                                          u"admin"_s, {}, {}, &rooms, {}, kNow);
        QVERIFY(agreed.ok());
        auto twice = Reservation::decide(*agreed, ReservationAction::LegalApprove, u"管理员"_s,
                                         u"admin"_s, {}, {u"I1"_s, u"W1"_s}, &rooms, {}, kNow);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, u"role"_s);
        // Another unit's area of the same name holds none of these rooms.
        Reservation elsewhere =
            *Reservation::decide(*agreed, ReservationAction::LegalApprove, u"李法制"_s, u"legal"_s,
                                 {}, {u"I1"_s, u"W1"_s}, &rooms, {}, kNow);
        elsewhere.uid = u"r7"_s;
        elsewhere.areaUnit = u"另一分局"_s;
        QVERIFY(Reservation::decide(*agreed, ReservationAction::LegalApprove, u"李法制"_s,
                                    u"legal"_s, {}, {u"I1"_s, u"W1"_s}, &rooms, {elsewhere}, kNow)
                    .ok());
    }

    void rejectingNeedsAReasonAndOnlyTheOfficerWhoAskedTakesItBack()
    {
        const Reservation asked = request(u"r4"_s, kNow + kHour, kNow + 2 * kHour);
        auto noReason = Reservation::decide(asked, ReservationAction::Reject, u"王所长"_s,
                                            u"leader"_s, u"  "_s, {}, nullptr, {}, kNow);
        QCOMPARE(noReason.error().code, u"note"_s);
        QCOMPARE(Reservation::decide(asked, ReservationAction::Reject, u"李法制"_s, u"legal"_s,
                                     u"不同意"_s, {}, nullptr, {}, kNow)
                     .error()
                     .code,
                 u"role"_s);
        auto rejected =
            Reservation::decide(asked, ReservationAction::Reject, u"王所长"_s, u"leader"_s,
                                u"当日讯问室已满"_s, {}, nullptr, {}, kNow);
        QCOMPARE(rejected->state, ReservationState::Rejected);
        QCOMPARE(Reservation::decide(*rejected, ReservationAction::Cancel, u"张警官"_s,
                                     u"operator"_s, {}, {}, nullptr, {}, kNow)
                     .error()
                     .code,
                 u"state"_s);

        QCOMPARE(Reservation::decide(asked, ReservationAction::Cancel, u"赵警官"_s, u"operator"_s,
                                     {}, {}, nullptr, {}, kNow)
                     .error()
                     .code,
                 u"role"_s);
        QCOMPARE(Reservation::decide(asked, ReservationAction::Cancel, u"张警官"_s, u"operator"_s,
                                     {}, {}, nullptr, {}, kNow + 3 * kHour)
                     .error()
                     .code,
                 u"state"_s);
        auto cancelled = Reservation::decide(asked, ReservationAction::Cancel, u"张警官"_s,
                                             u"operator"_s, {}, {}, nullptr, {}, kNow);
        QCOMPARE(cancelled->state, ReservationState::Cancelled);
        // A standalone workstation (no account role) takes any stage's step, on record.
        auto standalone = Reservation::decide(asked, ReservationAction::LeaderApprove, u"值班员"_s,
                                              {}, {}, {}, nullptr, {}, kNow);
        QVERIFY(standalone.ok());
        QCOMPARE(standalone->decisions.last().actor, u"值班员"_s);
    }

    void aReservationReadsBackAsWrittenAndGarbageIsRefused()
    {
        const FloorPlan rooms = plan();
        Reservation r = request(u"r5"_s, kNow + kHour, kNow + 2 * kHour);
        r = Reservation::decide(r, ReservationAction::LeaderApprove, u"王所长"_s, u"leader"_s,
                                u"同意"_s, {}, &rooms, {}, kNow)
                .value();
        const auto back = Reservation::fromJson(r.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), r.toJson());
        QJsonObject bad = r.toJson();
        bad.insert(u"state"_s, u"approved-by-me"_s);
        QVERIFY(!Reservation::fromJson(bad));
        bad = r.toJson();
        bad.insert(u"wishes"_s, QJsonArray{QJsonObject{{u"type"_s, u"ballroom"_s}}});
        QVERIFY(!Reservation::fromJson(bad));
        QVERIFY(!Reservation::fromJson({}));
    }
};

QTEST_GUILESS_MAIN(tst_Reservation)
#include "tst_reservation.moc"
