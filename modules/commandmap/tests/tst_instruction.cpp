// 指令下发 as the command room and the officers live it: sent, received, accepted or refused
// with a reason, arrived, done with feedback; cancelled only by whoever sent it; a briefing
// only read; steps never back in time; a record edited out of order refused when read back.
#include <QJsonArray>
#include <QTest>
#include <commandmap/dispatch/instruction.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CommandMap;
using State = Instruction::State;

namespace {
const qint64 kT = 1764550000000;

Instruction::Step step(State state, qint64 offsetS, const QString &note = {})
{
    return {state, kT + offsetS * 1000, u"officer"_s, note, {}, {}};
}
} // namespace

class TestInstruction : public QObject
{
    Q_OBJECT

private slots:
    void fromSentToDone()
    {
        auto made = Instruction::create(Instruction::Kind::Instruction, u"赶赴幸福小区核查纠纷"_s,
                                        u"警情 J1，注意安全"_s, {u"P1"_s, u"P2"_s, u"P1"_s},
                                        u"指挥长"_s, kT, u"J1"_s);
        QVERIFY(made.ok());
        Instruction i = *made;
        QCOMPARE(i.tracks.size(), 2); // P1 once
        QVERIFY(i.advance(u"P1"_s, step(State::Received, 5)).ok());
        QVERIFY(i.advance(u"P1"_s, step(State::Accepted, 20)).ok());
        QCOMPARE(i.responseMs(u"P1"_s), 20000);
        Instruction::Step arrived = step(State::Arrived, 300);
        arrived.where = LatLon{37.95, 112.60};
        QVERIFY(i.advance(u"P1"_s, arrived).ok());
        QVERIFY(!i.advance(u"P1"_s, step(State::Done, 900)).ok()); // no feedback
        Instruction::Step done = step(State::Done, 900, u"双方已调解"_s);
        done.photos = {u"photo-1.jpg"_s}; // a photo is named by its content's SHA-256
        QCOMPARE(i.advance(u"P1"_s, done).error().code, u"refused"_s);
        done.photos = {QString(64, u'e')};
        QVERIFY(i.advance(u"P1"_s, done).ok());
        QVERIFY(!i.isClosed());                                      // P2 has not answered
        QVERIFY(!i.advance(u"P2"_s, step(State::Refused, 30)).ok()); // no reason
        QVERIFY(i.advance(u"P2"_s, step(State::Refused, 30, u"正在处置另一起警情"_s)).ok());
        QVERIFY(i.isClosed());
        QCOMPARE(i.responseMs(u"P2"_s), -1);
    }

    void theWorkflowHasItsOrder()
    {
        Instruction i = *Instruction::create(Instruction::Kind::Instruction, u"x"_s, {}, {u"P1"_s},
                                             u"指挥长"_s, kT);
        QCOMPARE(i.advance(u"P1"_s, step(State::Arrived, 5)).error().code, u"refused"_s);
        QCOMPARE(i.advance(u"P1"_s, step(State::Sent, 5)).error().code, u"refused"_s);
        QCOMPARE(i.advance(u"P9"_s, step(State::Received, 5)).error().code, u"unknown"_s);
        QVERIFY(!i.advance(u"P1"_s, step(State::Received, -5)).ok()); // before it was sent
        Instruction::Step nowhere = step(State::Accepted, 5);
        nowhere.where = LatLon{91, 0};
        QVERIFY(!i.advance(u"P1"_s, nowhere).ok());
        QVERIFY(i.advance(u"P1"_s, step(State::Accepted, 5)).ok());
        // Cancelled: only by whoever sent it, with a reason.
        QVERIFY(!i.cancel(u"someone"_s, kT + 10000, u"改派"_s).ok());
        QVERIFY(!i.cancel(u"指挥长"_s, kT + 10000, u" "_s).ok());
        QVERIFY(i.cancel(u"指挥长"_s, kT + 10000, u"改派他人"_s).ok());
        QVERIFY(i.isClosed());
        QVERIFY(!i.cancel(u"指挥长"_s, kT + 20000, u"again"_s).ok()); // nothing left
    }

    void aBriefingIsOnlyRead()
    {
        Instruction b =
            *Instruction::create(Instruction::Kind::Briefing, u"情况发布：幸福小区纠纷"_s,
                                 u"已派员处置"_s, {u"分局领导"_s}, u"指挥长"_s, kT);
        QVERIFY(!b.advance(u"分局领导"_s, step(State::Accepted, 5)).ok());
        QVERIFY(b.advance(u"分局领导"_s, step(State::Received, 5)).ok());
        QVERIFY(b.isClosed());
    }

    void badRequestsAreSaid()
    {
        QVERIFY(
            !Instruction::create(Instruction::Kind::Instruction, u" "_s, {}, {u"P1"_s}, u"a"_s, kT)
                 .ok());
        QVERIFY(
            !Instruction::create(Instruction::Kind::Instruction, u"x"_s, {}, {}, u"a"_s, kT).ok());
        QVERIFY(!Instruction::create(Instruction::Kind::Instruction, u"x"_s, QString(5000, u'字'),
                                     {u"P1"_s}, u"a"_s, kT)
                     .ok());
        QStringList many;
        for (int i = 0; i < 501; ++i)
            many << QString::number(i);
        QVERIFY(!Instruction::create(Instruction::Kind::Instruction, u"x"_s, {}, many, u"a"_s, kT)
                     .ok());
        QVERIFY(!Instruction::create(Instruction::Kind::Invalid, u"x"_s, {}, {u"P1"_s}, u"a"_s, kT)
                     .ok());
    }

    void theRecordReadsBackAndRefusesTampering()
    {
        Instruction i = *Instruction::create(Instruction::Kind::Instruction, u"x"_s, u"y"_s,
                                             {u"P1"_s, u"P2"_s}, u"指挥长"_s, kT, u"J1"_s);
        QVERIFY(i.advance(u"P1"_s, step(State::Accepted, 5)).ok());
        QVERIFY(i.cancel(u"指挥长"_s, kT + 60000, u"改派"_s).ok());
        const auto back = Instruction::fromJson(i.toJson());
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().text()));
        QCOMPARE(back->uid, i.uid);
        QCOMPARE(back->tracks[0].state(), State::Cancelled);
        QCOMPARE(back->toJson(), i.toJson());

        // A "done" slipped in before "accepted" in the stored record.
        QJsonObject json = i.toJson();
        QJsonArray tracks = json[u"tracks"_s].toArray();
        QJsonObject first = tracks[0].toObject();
        QJsonArray steps = first[u"steps"_s].toArray();
        steps.insert(1, QJsonObject{{u"state"_s, u"done"_s},
                                    {u"atMs"_s, kT + 1000},
                                    {u"actor"_s, u"P1"_s},
                                    {u"note"_s, u"ok"_s}});
        first[u"steps"_s] = steps;
        tracks[0] = first;
        json[u"tracks"_s] = tracks;
        QCOMPARE(Instruction::fromJson(json).error().code, u"damaged"_s);

        // A cancellation added after a recipient had finished.
        Instruction done = *Instruction::create(Instruction::Kind::Instruction, u"x"_s, {},
                                                {u"P1"_s}, u"指挥长"_s, kT);
        QVERIFY(done.advance(u"P1"_s, step(State::Accepted, 5)).ok());
        QVERIFY(done.advance(u"P1"_s, step(State::Done, 60, u"完成"_s)).ok());
        QJsonObject edited = done.toJson();
        QJsonArray t = edited[u"tracks"_s].toArray();
        QJsonObject only = t[0].toObject();
        QJsonArray s = only[u"steps"_s].toArray();
        s.append(QJsonObject{{u"state"_s, u"cancelled"_s},
                             {u"atMs"_s, kT + 70000},
                             {u"actor"_s, u"指挥长"_s},
                             {u"note"_s, u"改口"_s}});
        only[u"steps"_s] = s;
        t[0] = only;
        edited[u"tracks"_s] = t;
        QCOMPARE(Instruction::fromJson(edited).error().code, u"damaged"_s);
        // Absurd times are no times.
        QJsonObject future = done.toJson();
        future[u"issuedMs"_s] = 1e300;
        QVERIFY(!Instruction::fromJson(future).ok());
    }
};

QTEST_GUILESS_MAIN(TestInstruction)
#include "tst_instruction.moc"
