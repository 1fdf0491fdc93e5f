#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <commandmap/dispatch/dispatchschema.h>
#include <commandmap/dispatch/instructionrepository.h>
#include <commandmap/dispatch/instructionsreplica.h>
#include <storage/cachedatabase.h>
#include <storage/filecatalog.h>
#include <storage/localcache.h>
#include <storage/outbox.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CommandMap;

namespace {
constexpr qint64 kT0 = 1'780'000'000'000;

Instruction made(qint64 atMs = kT0)
{
    auto i = Instruction::create(Instruction::Kind::Instruction, u"前往滨河路26号"_s, u"处置纠纷"_s,
                                 {u"警-0034"_s, u"警-0037"_s}, u"operator"_s, atMs);
    return std::move(i).value();
}
} // namespace

class tst_DispatchData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    QSqlDatabase db() { return m_cache->database().connection(); }
    //! What waits for the central service, made by \a actor.
    QList<Outbox::Entry> queued(const QString &actor)
    {
        return Outbox(db()).pending(100, actor).value();
    }
    qint64 waiting() { return Outbox(db()).count().value(); }

private slots:
    void init()
    {
        m_cache.reset();
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto cache = LocalCache::create(m_dir.path(), u"pw"_s);
        QVERIFY2(cache.ok(), qPrintable(cache ? QString() : cache.error().message));
        m_cache = std::move(cache).value();
        QVERIFY(DispatchSchema::migrate(*m_cache).ok());
    }

    void aSentInstructionIsKeptAndQueuedAsOne()
    {
        InstructionRepository repository(db());
        const Instruction i = made();
        QVERIFY(repository.send(i, kT0).ok());
        QVERIFY(!repository.send(i, kT0).ok()); // sent once
        QCOMPARE(waiting(), 1);
        const auto ops = queued(u"operator"_s);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().type, u"instruction.send"_s);
        QCOMPARE(ops.first().entity, u"instruction:"_s + i.uid);
        QCOMPARE(ops.first().operation.value(u"instruction"_s).toObject().value(u"title"_s),
                 u"前往滨河路26号"_s);
        auto recent = repository.recent(kT0 - 1000, 10);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 1);
        QVERIFY(recent->first().pending);
        // Once the service has it, nothing waits.
        QVERIFY(Outbox(db()).remove(ops.first().id).ok());
        QVERIFY(!repository.recent(kT0 - 1000, 10)->first().pending);
    }

    void answersFollowTheWorkflowAndEachIsQueued()
    {
        InstructionRepository repository(db());
        const Instruction i = made();
        QVERIFY(repository.send(i, kT0).ok());
        QVERIFY(repository
                    .advance(i.uid, u"警-0034"_s,
                             {Instruction::State::Received, kT0 + 2000, u"警-0034"_s, {}, {}, {}})
                    .ok());
        // Done before accepted, a step back in time, a stranger: refused, nothing kept.
        QVERIFY(!repository
                     .advance(i.uid, u"警-0034"_s,
                              {Instruction::State::Done, kT0 + 3000, u"警-0034"_s, u"好"_s, {}, {}})
                     .ok());
        QVERIFY(!repository
                     .advance(i.uid, u"警-0034"_s,
                              {Instruction::State::Accepted, kT0 + 1000, u"警-0034"_s, {}, {}, {}})
                     .ok());
        QVERIFY(!repository
                     .advance(i.uid, u"警-9999"_s,
                              {Instruction::State::Received, kT0 + 3000, u"警-9999"_s, {}, {}, {}})
                     .ok());
        QCOMPARE(waiting(), 2);
        const auto kept = repository.find(i.uid).value();
        QVERIFY(kept);
        QCOMPARE(kept->tracks.first().state(), Instruction::State::Received);
        // The recipient's answer waits behind the sender's operation on the same record.
        QCOMPARE(queued(u"operator"_s).size(), 1);
        QVERIFY(queued(u"警-0034"_s).isEmpty());
        // Cancelled by its sender only, with a reason; then closed.
        QVERIFY(!repository.cancel(i.uid, u"someone"_s, u"不需要了"_s, kT0 + 5000).ok());
        QVERIFY(!repository.cancel(i.uid, u"operator"_s, {}, kT0 + 5000).ok());
        QVERIFY(repository.cancel(i.uid, u"operator"_s, u"不需要了"_s, kT0 + 5000).ok());
        QVERIFY(repository.find(i.uid).value()->isClosed());
        QCOMPARE(waiting(), 3);
        // An answer that came from outside (a simulated terminal) is kept, not sent on.
        const Instruction other = made();
        QVERIFY(repository.send(other, kT0).ok());
        QVERIFY(repository
                    .advance(other.uid, u"警-0037"_s,
                             {Instruction::State::Received, kT0 + 2000, u"警-0037"_s, {}, {}, {}},
                             InstructionRepository::Sharing::KeepHere)
                    .ok());
        QCOMPARE(waiting(), 4);
        QCOMPARE(repository.find(other.uid).value()->tracks.last().state(),
                 Instruction::State::Received);
    }

    void recentListsTheDayAndEverythingStillOpen()
    {
        InstructionRepository repository(db());
        const Instruction old = made(kT0 - 3 * 86'400'000);
        const Instruction today = made(kT0);
        Instruction oldClosed = made(kT0 - 3 * 86'400'000);
        QVERIFY(oldClosed.cancel(u"operator"_s, kT0 - 86'400'000, u"撤回"_s).ok());
        QVERIFY(repository.send(old, kT0).ok());
        QVERIFY(repository.send(today, kT0).ok());
        QVERIFY(repository.send(oldClosed, kT0).ok());
        const auto recent = repository.recent(kT0 - 86'400'000, 10).value();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.first().instruction.uid, today.uid); // newest first
        QCOMPARE(recent.last().instruction.uid, old.uid);    // still open
    }

    void theServicesVersionReplacesOursAndADamagedOneIsLeftOut()
    {
        InstructionRepository repository(db());
        const Instruction i = made();
        QVERIFY(repository.send(i, kT0).ok());
        const InstructionsReplica replica;
        QSqlDatabase connection = db();
        Instruction answered = i;
        QVERIFY(answered
                    .advance(u"警-0037"_s,
                             {Instruction::State::Accepted, kT0 + 4000, u"警-0037"_s, {}, {}, {}})
                    .ok());
        QJsonObject body = answered.toJson();
        body.insert(u"version"_s, 3);
        QVERIFY(replica.apply(connection, {u"instruction"_s, i.uid, false, body, false}).ok());
        QCOMPARE(repository.find(i.uid).value()->tracks.last().state(),
                 Instruction::State::Accepted);
        // A record whose history skips the workflow (sent → done) is not taken.
        QJsonObject damaged = body;
        QJsonArray tracks = damaged.value(u"tracks"_s).toArray();
        QJsonObject first = tracks.first().toObject();
        QJsonArray steps = first.value(u"steps"_s).toArray();
        steps.append(QJsonObject{{u"state"_s, u"done"_s},
                                 {u"atMs"_s, double(kT0 + 9000)},
                                 {u"actor"_s, u"x"_s},
                                 {u"note"_s, u"好"_s}});
        first.insert(u"steps"_s, steps);
        tracks.replace(0, first);
        damaged.insert(u"tracks"_s, tracks);
        QVERIFY(replica.apply(connection, {u"instruction"_s, i.uid, false, damaged, false}).ok());
        QCOMPARE(repository.find(i.uid).value()->tracks.first().state(), Instruction::State::Sent);
        // Withdrawn by the service: nobody holds it.
        QVERIFY(replica.apply(connection, {u"instruction"_s, i.uid, false, {}, true}).ok());
        QVERIFY(!repository.find(i.uid).value());
    }

    void theFeedbacksPhotosTravelWithTheAnswer()
    {
        InstructionRepository repository(db());
        const Instruction i = made();
        QVERIFY(repository.send(i, kT0).ok());
        for (const auto state : {Instruction::State::Accepted, Instruction::State::Arrived})
            QVERIFY(
                repository
                    .advance(i.uid, u"警-0034"_s, {state, kT0 + 1000, u"operator"_s, {}, {}, {}})
                    .ok());
        const QString here(64, u'a');
        const FileCatalog::Entry photo{here, m_dir.filePath(u"photo-a"_s), 1234, 0, {}};
        // A step the workflow refuses (done without feedback) keeps no photo either.
        QVERIFY(!repository
                     .advance(i.uid, u"警-0034"_s,
                              {Instruction::State::Done, kT0 + 2000, u"operator"_s, {}, {here}, {}},
                              InstructionRepository::Sharing::Send, {photo})
                     .ok());
        QCOMPARE(FileCatalog(db()).counts()->toUpload, 0);
        QVERIFY(
            repository
                .advance(
                    i.uid, u"警-0034"_s,
                    {Instruction::State::Done, kT0 + 2000, u"operator"_s, u"已处置"_s, {here}, {}},
                    InstructionRepository::Sharing::Send, {photo})
                .ok());
        QCOMPARE(FileCatalog(db()).counts()->toUpload, 1);
        QCOMPARE(FileCatalog(db()).pathOf(here).value(), photo.path);
        QCOMPARE(repository.find(i.uid).value()->tracks.first().steps.last().photos,
                 QStringList{here});

        // Another workstation's answer names a photo not here: it is fetched.
        Instruction answered = *repository.find(i.uid).value();
        const QString there(64, u'b');
        for (const auto state : {Instruction::State::Accepted, Instruction::State::Arrived})
            QVERIFY(
                answered.advance(u"警-0037"_s, {state, kT0 + 3000, u"警-0037"_s, {}, {}, {}}).ok());
        QVERIFY(
            answered
                .advance(
                    u"警-0037"_s,
                    {Instruction::State::Done, kT0 + 4000, u"警-0037"_s, u"已到场"_s, {there}, {}})
                .ok());
        QJsonObject body = answered.toJson();
        body.insert(u"version"_s, 7);
        QSqlDatabase connection = db();
        QVERIFY(InstructionsReplica()
                    .apply(connection, {u"instruction"_s, i.uid, false, body, false})
                    .ok());
        QCOMPARE(FileCatalog(db()).counts()->toDownload, 1);
        QVERIFY(FileCatalog(db()).pathOf(there).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DispatchData)
#include "tst_dispatchdata.moc"
