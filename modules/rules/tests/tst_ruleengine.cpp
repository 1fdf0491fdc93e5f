#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <rules/eventfeed.h>
#include <rules/ruleengine.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600000;
constexpr qint64 kDay = 24 * kHour;

RuleSet rules()
{
    auto set = RuleSet::parse(R"({
  "format": "jiandu-rules/1", "version": "test",
  "rules": [
    {"id": "detention.overdue", "element": "person", "tier": "alarm", "name": "刑拘超期",
     "start": {"event": "measure.started", "where": {"measure": "刑事拘留"}},
     "key": "personId", "deadline": "3d",
     "stop": [{"event": "measure.ended", "where": {"measure": "刑事拘留"}}],
     "unless": {"status": "在逃"},
     "message": "{name}，{idCard}，{personId}，{alertTime}，刑事拘留超过3日"},
    {"id": "detention.due-soon", "element": "person", "tier": "warning", "name": "刑拘即将超期",
     "start": {"event": "measure.started", "where": {"measure": "刑事拘留"}},
     "key": "personId", "deadline": "3d", "lead": "12h",
     "stop": [{"event": "measure.ended", "where": {"measure": "刑事拘留"}}],
     "message": "{name} 将于 {deadline} 超期"},
    {"id": "bail.overdue", "element": "person", "tier": "alarm", "name": "取保候审超期",
     "start": {"event": "measure.started", "where": {"measure": "取保候审"}},
     "key": "personId", "deadline": "12mo",
     "stop": [{"event": "measure.ended", "where": {"measure": "取保候审"}}],
     "message": "{name} 取保候审超过12个月"},
    {"id": "venue.special-person", "element": "venue", "tier": "warning", "name": "特殊人员入区",
     "start": {"event": "area.entered", "where": {"category": ["未成年人员", "高龄人员", "醉酒人员"]}},
     "key": "personId", "message": "{name}，{idCard}，{personId}，{alertTime}，经比对属于{category}"}
  ]})",
                              u"test.json"_s);
    return *set;
}

qint64 t0()
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, 0)).toMSecsSinceEpoch();
}

RuleEvent happened(const QString &type, qint64 at, QJsonObject subject)
{
    return {type, at, subject};
}

QJsonObject suspect(const QString &measure)
{
    return {{u"personId"_s, u"P-001"_s},
            {u"name"_s, u"张三"_s},
            {u"idCard"_s, u"440300199001011234"_s},
            {u"measure"_s, measure}};
}

//! \a state with its lists in one order (hash order depends on history).
QJsonObject canonical(QJsonObject state)
{
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (!it->isArray())
            continue;
        QList<QByteArray> items;
        for (const QJsonValue &v : it->toArray())
            items.append(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        std::sort(items.begin(), items.end());
        QJsonArray sorted;
        for (const QByteArray &item : std::as_const(items))
            sorted.append(QJsonDocument::fromJson(item).array().at(0));
        *it = sorted;
    }
    return state;
}

QStringList raised(const QList<AlertChange> &changes)
{
    QStringList ids;
    for (const AlertChange &c : changes) {
        if (c.kind == AlertChange::Kind::Raised)
            ids.append(c.alert.ruleId);
    }
    return ids;
}

} // namespace

class tst_RuleEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void warnsBeforeAndAlarmsAfterTheDeadline()
    {
        RuleEngine engine(rules());
        QVERIFY(
            engine.process(happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s))).isEmpty());
        QCOMPARE(engine.runningDeadlines(), 2);
        QVERIFY(engine.advanceTo(t0() + 2 * kDay + 11 * kHour).isEmpty());
        auto changes = engine.advanceTo(t0() + 2 * kDay + 12 * kHour); // 即将超期: 12 h before
        QCOMPARE(raised(changes), QStringList{u"detention.due-soon"_s});
        QVERIFY(changes[0].alert.message.contains(u"张三 将于 2026-03-04 09:00:00 超期"_s));
        QCOMPARE(changes[0].alert.colour, u"yellow"_s);
        changes = engine.advanceTo(t0() + 3 * kDay);
        QCOMPARE(raised(changes), QStringList{u"detention.overdue"_s});
        QCOMPARE(changes[0].alert.message,
                 u"张三，440300199001011234，P-001，2026-03-04 09:00:00，刑事拘留超过3日"_s);
        QCOMPARE(changes[0].alert.deadlineMs, t0() + 3 * kDay);
        QCOMPARE(engine.openAlerts().size(), 2);
        // The condition met: both resolve themselves.
        changes = engine.process(
            happened(u"measure.ended"_s, t0() + 3 * kDay + kHour, suspect(u"刑事拘留"_s)));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].kind, AlertChange::Kind::Resolved);
        QVERIFY(engine.openAlerts().isEmpty());
    }

    void endedInTimeRaisesNothing()
    {
        RuleEngine engine(rules());
        engine.process(happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s)));
        engine.process(happened(u"measure.ended"_s, t0() + kDay, suspect(u"刑事拘留"_s)));
        QCOMPARE(engine.runningDeadlines(), 0);
        QVERIFY(engine.advanceTo(t0() + 30 * kDay).isEmpty());
        // Another measure's end does not stop this one.
        engine.process(happened(u"measure.started"_s, t0() + 31 * kDay, suspect(u"刑事拘留"_s)));
        engine.process(happened(u"measure.ended"_s, t0() + 32 * kDay, suspect(u"取保候审"_s)));
        QCOMPARE(raised(engine.advanceTo(t0() + 40 * kDay)).size(), 2);
    }

    void twelveMonthsInVirtualTime()
    {
        RuleEngine engine(rules());
        engine.process(happened(u"measure.started"_s, t0(), suspect(u"取保候审"_s)));
        QVERIFY(engine.advanceTo(QDateTime(QDate(2027, 3, 1), QTime(8, 59)).toMSecsSinceEpoch())
                    .isEmpty());
        const auto changes =
            engine.advanceTo(QDateTime(QDate(2027, 3, 1), QTime(9, 0)).toMSecsSinceEpoch());
        QCOMPARE(raised(changes), QStringList{u"bail.overdue"_s});
    }

    void deduplicatedByRuleAndSubject()
    {
        RuleEngine engine(rules());
        engine.process(happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s)));
        engine.process(happened(u"measure.started"_s, t0() + kHour, suspect(u"刑事拘留"_s)));
        QCOMPARE(engine.counters().duplicates, 2); // two rules saw it again
        QCOMPARE(raised(engine.advanceTo(t0() + 4 * kDay)).size(), 2);
        QJsonObject other = suspect(u"刑事拘留"_s);
        other.insert(u"personId"_s, u"P-002"_s);
        engine.process(happened(u"measure.started"_s, t0() + 4 * kDay, other));
        QCOMPARE(raised(engine.advanceTo(t0() + 8 * kDay)).size(), 2); // a different person
        QCOMPARE(engine.openAlerts().size(), 4);
    }

    void anExceptionHidesTheCountdownWhileItHolds()
    {
        RuleEngine engine(rules());
        engine.process(happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s)));
        QJsonObject fled = suspect(u"刑事拘留"_s);
        fled.insert(u"status"_s, u"在逃"_s);
        engine.process(happened(u"subject.updated"_s, t0() + kDay, fled));
        const auto atDeadline = engine.advanceTo(t0() + 4 * kDay);
        QCOMPARE(raised(atDeadline), QStringList{u"detention.due-soon"_s}); // the alarm is hidden
        QJsonObject caught = fled;
        caught.insert(u"status"_s, u"在押"_s);
        const auto changes =
            engine.process(happened(u"subject.updated"_s, t0() + 5 * kDay, caught));
        QCOMPARE(raised(changes), QStringList{u"detention.overdue"_s});
    }

    void instantRulesAndEventsWithoutTheirKey()
    {
        RuleEngine engine(rules());
        QJsonObject minor{{u"personId"_s, u"P-009"_s},
                          {u"name"_s, u"李四"_s},
                          {u"idCard"_s, u"440300201001011234"_s},
                          {u"category"_s, u"未成年人员"_s}};
        auto changes = engine.process(happened(u"area.entered"_s, t0(), minor));
        QCOMPARE(raised(changes), QStringList{u"venue.special-person"_s});
        QVERIFY(changes[0].alert.message.endsWith(u"经比对属于未成年人员"_s));
        minor.insert(u"category"_s, u"普通人员"_s);
        minor.insert(u"personId"_s, u"P-010"_s);
        QVERIFY(engine.process(happened(u"area.entered"_s, t0(), minor)).isEmpty());
        engine.process(happened(u"measure.started"_s, t0(), {{u"measure"_s, u"刑事拘留"_s}}));
        QCOMPARE(engine.counters().withoutKey, 2);
        engine.process(happened(u"weather.changed"_s, t0(), {}));
        QCOMPARE(engine.counters().ignored, 1);
    }

    void lateEventsStillCountFromTheirOwnTime()
    {
        RuleEngine engine(rules());
        engine.advanceTo(t0() + 10 * kDay);
        // Delivered a week late: its deadline has passed, so it fires at once.
        const auto changes =
            engine.process(happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s)));
        QCOMPARE(engine.counters().late, 1);
        QCOMPARE(raised(changes).size(), 2);
        for (const AlertChange &c : changes)
            QCOMPARE(c.atMs, t0() + 10 * kDay);
    }

    void dueDeadlinesComeInBoundedBatches()
    {
        RuleEngine engine(rules());
        for (int i = 0; i < 25; ++i) {
            QJsonObject person = suspect(u"刑事拘留"_s);
            person.insert(u"personId"_s, u"P-%1"_s.arg(i));
            person.insert(u"idCard"_s, u"ID-%1"_s.arg(i));
            engine.process(happened(u"measure.started"_s, t0() + i * 1000, person));
        }
        // 50 alerts due (a warning and an alarm each): 20 at a time, oldest first, none lost.
        QList<AlertChange> all;
        for (;;) {
            const auto batch = engine.advanceTo(t0() + 4 * kDay, 20);
            QVERIFY(batch.size() <= 20);
            if (batch.isEmpty())
                break;
            all += batch;
        }
        QCOMPARE(all.size(), 50);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].atMs <= all[i].atMs);
        QCOMPARE(engine.runningDeadlines(), 0);
        QCOMPARE(engine.now(), t0() + 4 * kDay);
    }

    void aLateBatchIsJudgedAsItHappened()
    {
        RuleEngine engine(rules());
        engine.advanceTo(t0() + 10 * kDay);
        // A feed delivered a week late, out of order: the detention ended after two days, so
        // no deadline of it fires; the other one was never ended and fires at once.
        QJsonObject other = suspect(u"刑事拘留"_s);
        other.insert(u"personId"_s, u"P-002"_s);
        const auto changes =
            engine.process({happened(u"measure.ended"_s, t0() + 2 * kDay, suspect(u"刑事拘留"_s)),
                            happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s)),
                            happened(u"measure.started"_s, t0(), other)},
                           t0() + 10 * kDay);
        QCOMPARE(raised(changes).size(), 2);
        for (const AlertChange &c : changes)
            QCOMPARE(c.alert.subjectKey, u"personId=P-002"_s);
        QCOMPARE(engine.runningDeadlines(), 0);
        // In virtual time from the start, each fires at its own moment.
        RuleEngine fresh(rules());
        const auto story =
            fresh.process({happened(u"measure.started"_s, t0(), other)}, t0() + 10 * kDay);
        QCOMPARE(raised(story).size(), 2);
        QCOMPARE(story.constLast().atMs, t0() + 3 * kDay);
    }

    void documentsAbsentDatedDeadlinesRatesAndRepeats()
    {
        const auto set = RuleSet::parse(R"({
  "format": "jiandu-rules/1", "version": "test",
  "rules": [
    {"id": "file.no-record", "element": "file", "tier": "warning", "name": "缺受案登记表",
     "start": {"event": "casefile.submitted", "where": {"caseType": "行政"},
               "without": {"documents": ["受案登记表"]}},
     "key": "caseId",
     "stop": [{"event": "casefile.submitted", "where": {"documents": "受案登记表"}}],
     "message": "案件{caseId}，{alertTime}，卷宗缺少受案登记表"},
    {"id": "seizure.overdue", "element": "case", "tier": "alarm", "name": "行政扣押超期",
     "start": {"event": "document.issued", "where": {"documentType": "扣押决定书"}},
     "key": "documentId", "deadlineAt": "until",
     "stop": [{"event": "seizure.released"}],
     "message": "文书{documentId}，{alertTime}，行政扣押已超期"},
    {"id": "venue.registration-rate", "element": "venue", "tier": "alarm", "name": "入区登记率",
     "rate": {"of": {"event": "person.detained"}, "met": {"event": "area.entered"},
              "per": "unit", "period": "1d", "below": 0.9},
     "message": "{unit}，{alertTime}，涉案人员入区登记率{rate}，低于{threshold}"},
    {"id": "person.repeated", "element": "person", "tier": "alarm", "name": "违规反复处理",
     "start": {"event": "treatment.decided"}, "key": "personId",
     "repeat": {"count": 3, "within": "3mo"},
     "message": "{personId}，{alertTime}，3个月内被行政处理3次"}
  ]})",
                                        u"test.json"_s);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        RuleEngine engine(*set);

        // A case file without its record form; a complete one raises nothing and the missing
        // form handed in later resolves the first.
        QJsonObject file{{u"caseId"_s, u"A-1"_s},
                         {u"caseType"_s, u"行政"_s},
                         {u"documents"_s, QJsonArray{u"受案回执"_s, u"询问笔录"_s}}};
        QCOMPARE(raised(engine.process(happened(u"casefile.submitted"_s, t0(), file))),
                 QStringList{u"file.no-record"_s});
        QJsonObject complete = file;
        complete.insert(u"caseId"_s, u"A-2"_s);
        complete.insert(u"documents"_s, QJsonArray{u"受案登记表"_s, u"受案回执"_s});
        QVERIFY(
            raised(engine.process(happened(u"casefile.submitted"_s, t0(), complete))).isEmpty());
        file.insert(u"documents"_s, QJsonArray{u"受案登记表"_s});
        const auto fixed = engine.process(happened(u"casefile.submitted"_s, t0() + kHour, file));
        QCOMPARE(fixed.size(), 1);
        QCOMPARE(fixed[0].kind, AlertChange::Kind::Resolved);

        // The deadline written on the decision, not a length of time after it.
        const QJsonObject seizure{{u"documentId"_s, u"K-7"_s},
                                  {u"documentType"_s, u"扣押决定书"_s},
                                  {u"until"_s, u"2026-03-31 00:00:00"_s}};
        engine.process(happened(u"document.issued"_s, t0(), seizure));
        const qint64 until = QDateTime(QDate(2026, 3, 31), QTime(0, 0)).toMSecsSinceEpoch();
        QVERIFY(raised(engine.advanceTo(until - 1)).isEmpty());
        QCOMPARE(raised(engine.advanceTo(until)), QStringList{u"seizure.overdue"_s});
        QJsonObject undated = seizure;
        undated.insert(u"documentId"_s, u"K-8"_s);
        undated.remove(u"until"_s);
        engine.process(happened(u"document.issued"_s, until, undated));
        QCOMPARE(engine.counters().withoutDeadline, 1);

        // A day in which 1 of 2 detained people entered the area: 50% < 90%, raised at
        // midnight; a day at 100% resolves it.
        const qint64 day = QDateTime(QDate(2026, 4, 1), QTime(10, 0)).toMSecsSinceEpoch();
        const QJsonObject unit{{u"unit"_s, u"城东派出所"_s}};
        engine.process(happened(u"person.detained"_s, day, unit));
        engine.process(happened(u"person.detained"_s, day + kHour, unit));
        engine.process(happened(u"area.entered"_s, day + 2 * kHour, unit));
        const qint64 midnight = QDateTime(QDate(2026, 4, 2), QTime(0, 0)).toMSecsSinceEpoch();
        QVERIFY(raised(engine.advanceTo(midnight - 1)).isEmpty());
        const auto low = engine.advanceTo(midnight);
        QCOMPARE(raised(low), QStringList{u"venue.registration-rate"_s});
        QCOMPARE(low[0].alert.message,
                 u"城东派出所，2026-04-02 00:00:00，涉案人员入区登记率50.0%，低于90%"_s);
        QCOMPARE(low[0].alert.subjectKey, u"unit=城东派出所"_s);
        // Carried over a restart.
        RuleEngine restarted(*set);
        QVERIFY(restarted.restoreState(engine.saveState()));
        QCOMPARE(restarted.openAlerts().size(), 2); // the seizure and the rate
        restarted.process(happened(u"person.detained"_s, midnight + kHour, unit));
        restarted.process(happened(u"area.entered"_s, midnight + 2 * kHour, unit));
        const auto good = restarted.advanceTo(midnight + kDay);
        QCOMPARE(good.size(), 1);
        QCOMPARE(good[0].kind, AlertChange::Kind::Resolved);

        // The third treatment within three months is the problem; spread out, it is not.
        const QJsonObject person{{u"personId"_s, u"P-9"_s}};
        QJsonObject other{{u"personId"_s, u"P-10"_s}};
        for (int i = 0; i < 2; ++i) {
            QVERIFY(raised(engine.process(
                               happened(u"treatment.decided"_s, day + i * 20 * kDay, person)))
                        .isEmpty());
            QVERIFY(
                raised(engine.process(happened(u"treatment.decided"_s, day + i * 50 * kDay, other)))
                    .isEmpty());
        }
        QCOMPARE(raised(engine.process(happened(u"treatment.decided"_s, day + 40 * kDay, person))),
                 QStringList{u"person.repeated"_s});
        QVERIFY(raised(engine.process(happened(u"treatment.decided"_s, day + 120 * kDay, other)))
                    .isEmpty());
    }

    void aRestartKeepsEveryRunningDeadline()
    {
        QJsonObject saved;
        {
            RuleEngine engine(rules());
            engine.process(happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s)));
            engine.process(happened(u"measure.started"_s, t0(), suspect(u"取保候审"_s)));
            engine.advanceTo(t0() + 2 * kDay + 13 * kHour); // the warning is out
            saved = engine.saveState();
        }
        RuleEngine restarted(rules());
        QVERIFY(restarted.restoreState(saved));
        QCOMPARE(restarted.openAlerts().size(), 1);
        QCOMPARE(restarted.runningDeadlines(), 2);
        QCOMPARE(raised(restarted.advanceTo(t0() + 3 * kDay)), QStringList{u"detention.overdue"_s});
        QVERIFY(!restarted.restoreState(QJsonObject{{u"format"_s, u"other"_s}}));
    }

    // Stored by what changed after every batch, restored at any point: the restored engine
    // is the live one (same document, same next alerts), whatever happened in between.
    void changesStoredByBatchRestoreTheWholeEngine()
    {
        RuleSet set = rules();
        const auto extra = RuleSet::parse(R"({
  "format": "jiandu-rules/1", "version": "test",
  "rules": [
    {"id": "venue.registration-rate", "element": "venue", "tier": "alarm", "name": "入区登记率",
     "rate": {"of": {"event": "person.detained"}, "met": {"event": "area.entered"},
              "per": "unit", "period": "1d", "below": 0.9},
     "message": "{unit}，{alertTime}，涉案人员入区登记率{rate}，低于{threshold}"},
    {"id": "person.repeated", "element": "person", "tier": "alarm", "name": "违规反复处理",
     "start": {"event": "treatment.decided"}, "key": "personId",
     "repeat": {"count": 3, "within": "3mo"},
     "message": "{personId}，{alertTime}，3个月内被行政处理3次"}
  ]})",
                                          u"extra.json"_s);
        QVERIFY(extra.ok());
        set.rules += extra->rules;

        // What a cache would hold.
        struct Store
        {
            QByteArray global;
            QMap<qint64, QByteArray> subjects;
            QMap<QPair<qint64, QString>, QByteArray> entries;
            int writes = 0;
            void apply(const RuleEngine::StateChanges &c)
            {
                if (c.complete) {
                    subjects.clear();
                    entries.clear();
                }
                global = c.global;
                for (const auto &[id, fields] : c.subjects)
                    subjects.insert(id, fields);
                for (const auto &[subject, rule, state] : c.entries) {
                    if (state.isEmpty())
                        entries.remove({subject, rule});
                    else
                        entries.insert({subject, rule}, state);
                }
                writes += int(c.subjects.size() + c.entries.size());
            }
            bool restore(RuleEngine &engine) const
            {
                auto subject = subjects.cbegin();
                auto entry = entries.cbegin();
                return engine.restoreState(
                    global,
                    [&](qint64 &id, QByteArray &fields) {
                        if (subject == subjects.cend())
                            return false;
                        id = subject.key();
                        fields = *subject++;
                        return true;
                    },
                    [&](qint64 &id, QString &rule, QByteArray &state) {
                        if (entry == entries.cend())
                            return false;
                        id = entry.key().first;
                        rule = entry.key().second;
                        state = *entry++;
                        return true;
                    });
            }
        } store;

        RuleEngine engine(set);
        const QStringList measures{u"刑事拘留"_s, u"取保候审"_s};
        QRandomGenerator random(20261129);
        qint64 at = t0();
        for (int batch = 0; batch < 60; ++batch) {
            QList<RuleEvent> events;
            for (int i = 0; i < 8; ++i) {
                at += qint64(random.bounded(12 * 60)) * 60000; // up to 12 h apart
                const QString person = u"P-%1"_s.arg(random.bounded(12));
                QJsonObject subject{{u"personId"_s, person},
                                    {u"name"_s, u"人员%1"_s.arg(person)},
                                    {u"unit"_s, random.bounded(2) ? u"城东"_s : u"城西"_s},
                                    {u"measure"_s, measures[random.bounded(2)]}};
                if (random.bounded(6) == 0)
                    subject.insert(u"status"_s, u"在逃"_s);
                if (random.bounded(5) == 0)
                    subject.insert(u"category"_s, u"醉酒人员"_s);
                static const QStringList types{u"measure.started"_s, u"measure.ended"_s,
                                               u"person.detained"_s, u"area.entered"_s,
                                               u"treatment.decided"_s};
                events.append({types[random.bounded(int(types.size()))], at, subject});
            }
            engine.process(events, at);
            if (batch % 7 == 3)
                engine.suppress(u"detention.overdue"_s, u"personId=P-%1"_s.arg(batch % 12),
                                u"李明"_s, u"就医"_s, at + kDay);
            engine.advanceTo(at + kHour);
            QVERIFY(engine.hasStateChanges());
            store.apply(engine.stateChanges());
            engine.stateSaved();
            QVERIFY(!engine.hasStateChanges());
            if (batch % 10 != 9)
                continue;
            RuleEngine restored(set);
            QVERIFY(store.restore(restored));
            QCOMPARE(canonical(restored.saveState()), canonical(engine.saveState()));
            QCOMPARE(restored.runningDeadlines(), engine.runningDeadlines());
            // Both go on alike.
            const qint64 later = at + 5 * kDay;
            const auto a = engine.saveState();
            RuleEngine probe(set);
            QVERIFY(probe.restoreState(a));
            const QList<AlertChange> expected = probe.advanceTo(later);
            const QList<AlertChange> got = restored.advanceTo(later);
            QCOMPARE(got.size(), expected.size());
            for (int i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].alert.ruleId, expected[i].alert.ruleId);
                QCOMPARE(got[i].alert.subjectKey, expected[i].alert.subjectKey);
                QCOMPARE(got[i].alert.message, expected[i].alert.message);
            }
        }
        // Only what changed was written: far fewer rows than subjects × batches.
        QVERIFY2(store.writes < 60 * 8 * 4, qPrintable(QString::number(store.writes)));
        // Nothing changed: nothing to store.
        engine.advanceTo(engine.now());
        QVERIFY(!engine.hasStateChanges());
        // A rule gone: its entries are dropped and deleted with the next changes.
        RuleSet fewer = set;
        fewer.rules.removeIf([](const Rule &r) { return r.id == u"person.repeated"; });
        RuleEngine smaller(fewer);
        QVERIFY(store.restore(smaller));
        const bool hadRepeats =
            std::any_of(store.entries.keyBegin(), store.entries.keyEnd(),
                        [](const auto &k) { return k.second == u"person.repeated"; });
        QVERIFY(hadRepeats);
        QVERIFY(smaller.hasStateChanges());
        store.apply(smaller.stateChanges());
        QVERIFY(std::none_of(store.entries.keyBegin(), store.entries.keyEnd(),
                             [](const auto &k) { return k.second == u"person.repeated"; }));
        // A document not understood leaves an empty engine.
        RuleEngine other(set);
        QVERIFY(!other.restoreState(
            "{\"format\":\"x\"}", [](qint64 &, QByteArray &) { return false; },
            [](qint64 &, QString &, QByteArray &) { return false; }));
        QCOMPARE(other.runningDeadlines(), 0);
        QVERIFY(other.stateChanges().complete); // the next save replaces what was not read
        // A damaged subject number does not make the engine allocate for it.
        RuleEngine damaged(set);
        bool given = false;
        QVERIFY(damaged.restoreState(
            store.global,
            [&given](qint64 &id, QByteArray &fields) {
                if (std::exchange(given, true))
                    return false;
                id = 4'000'000'000LL;
                fields = "{\"personId\":\"P-X\"}";
                return true;
            },
            [](qint64 &, QString &, QByteArray &) { return false; }));
        QCOMPARE(damaged.saveState().value(u"subjects"_s).toArray().size(), 0);
    }

    void aSilenceIsOnRecordListableAndEnds()
    {
        RuleEngine engine(rules());
        engine.process(happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s)));
        QVERIFY(engine.suppress(u"detention.overdue"_s, u"personId=P-001"_s, u"法制民警王"_s,
                                u"已申辩：嫌疑人住院"_s, t0() + 4 * kDay));
        QVERIFY(!engine.suppress(u"no.such.rule"_s, u"personId=P-001"_s, u"x"_s, u"x"_s, 1));
        QVERIFY(!engine.suppress(u"detention.overdue"_s, u"personId=P-404"_s, u"x"_s, u"x"_s, 1));
        auto changes = engine.advanceTo(t0() + 3 * kDay);
        bool suppressed = false;
        for (const AlertChange &c : changes)
            suppressed = suppressed || (c.kind == AlertChange::Kind::Suppressed &&
                                        c.alert.ruleId == u"detention.overdue");
        QVERIFY(suppressed);
        QVERIFY(!raised(changes).contains(u"detention.overdue"_s)); // not announced…
        bool listed = false;
        for (const Alert &a : engine.openAlerts()) {
            if (a.ruleId == u"detention.overdue") { // …but listable, with who, why, until when
                QCOMPARE(a.suppressedBy, u"法制民警王"_s);
                QCOMPARE(a.suppressReason, u"已申辩：嫌疑人住院"_s);
                QCOMPARE(a.suppressedUntilMs, t0() + 4 * kDay);
                listed = true;
            }
        }
        QVERIFY(listed);
        // A restart keeps the silence.
        RuleEngine restarted(rules());
        QVERIFY(restarted.restoreState(engine.saveState()));
        // When it ends, the alert still open is raised.
        changes = restarted.advanceTo(t0() + 4 * kDay);
        QCOMPARE(raised(changes), QStringList{u"detention.overdue"_s});
        for (const Alert &a : restarted.openAlerts())
            QVERIFY(a.suppressedBy.isEmpty());
    }

    void switchingARuleOffStopsItsDeadlines()
    {
        RuleEngine engine(rules());
        engine.process(happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s)));
        RuleSet changed = rules();
        for (Rule &r : changed.rules) {
            if (r.id == u"detention.due-soon")
                r.enabled = false;
        }
        engine.setRules(changed);
        QCOMPARE(raised(engine.advanceTo(t0() + 4 * kDay)), QStringList{u"detention.overdue"_s});
    }

    void aStartReDeliveredAfterItsAnswerStartsNothing()
    {
        RuleEngine engine(rules());
        const auto started = happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s));
        engine.process({started}, t0());
        engine.process({happened(u"measure.ended"_s, t0() + kDay, suspect(u"刑事拘留"_s))},
                       t0() + kDay);
        // The start arrives again (a feed re-sent): the ended detention stays ended...
        engine.process({started}, t0() + kDay);
        QVERIFY(raised(engine.advanceTo(t0() + 10 * kDay)).isEmpty());
        QCOMPARE(engine.counters().satisfied, 2); // overdue and due-soon
        // ...also after a restart; a new detention later starts again.
        RuleEngine restarted(rules());
        QVERIFY(restarted.restoreState(engine.saveState()));
        restarted.process({started}, t0() + 10 * kDay);
        QCOMPARE(restarted.runningDeadlines(), 0);
        restarted.process(
            {happened(u"measure.started"_s, t0() + 11 * kDay, suspect(u"刑事拘留"_s))},
            t0() + 11 * kDay);
        QCOMPARE(raised(restarted.advanceTo(t0() + 15 * kDay)),
                 (QStringList{u"detention.due-soon"_s, u"detention.overdue"_s}));
    }

    void anAnswerThatArrivesBeforeItsStartStillAnswersIt()
    {
        // The end comes in one batch, the start (dated before it) in the next.
        RuleEngine engine(rules());
        engine.process({happened(u"measure.ended"_s, t0() + kDay, suspect(u"刑事拘留"_s))},
                       t0() + kDay);
        engine.process({happened(u"measure.started"_s, t0(), suspect(u"刑事拘留"_s))}, t0() + kDay);
        QVERIFY(raised(engine.advanceTo(t0() + 10 * kDay)).isEmpty());
    }

    void theIdNumberNamesMinorsAndElders()
    {
        RuleEngine engine(rules());
        const auto entering = [&](const QString &person, const QString &idCard) {
            return raised(engine.process(
                {happened(u"area.entered"_s, t0(),
                          {{u"personId"_s, person}, {u"name"_s, u"某"_s}, {u"idCard"_s, idCard}})},
                t0()));
        };
        // 16 years old, 76 years old (check character X), 36, and a number whose check
        // character is wrong (its date says 16, but it is no ID number).
        QCOMPARE(entering(u"P-minor"_s, u"440300201005011235"_s),
                 QStringList{u"venue.special-person"_s});
        QCOMPARE(entering(u"P-elder"_s, u"44030019500101123x"_s),
                 QStringList{u"venue.special-person"_s});
        QVERIFY(entering(u"P-adult"_s, u"440300199001011238"_s).isEmpty());
        QVERIFY(entering(u"P-forged"_s, u"440300201005011234"_s).isEmpty());
        // A birth date after the event: not this person's number, no category from it.
        QVERIFY(entering(u"P-unborn"_s, u"440300202701011233"_s).isEmpty());
        const QList<Alert> open = engine.openAlerts();
        QVERIFY(std::any_of(open.cbegin(), open.cend(), [](const Alert &a) {
            return a.message.endsWith(u"经比对属于未成年人员"_s);
        }));
        QVERIFY(std::any_of(open.cbegin(), open.cend(), [](const Alert &a) {
            return a.message.endsWith(u"经比对属于高龄人员"_s);
        }));
    }

    void withinMatchesWhatCameSoonAfter()
    {
        auto set = RuleSet::parse(R"({"format": "jiandu-rules/1", "version": "t", "rules": [
            {"id": "early-release", "element": "person", "tier": "alarm", "name": "n",
             "start": {"event": "released", "within": {"decidedAt": "3d"}},
             "key": "personId", "message": "{personId}"}]})",
                                  u"t.json"_s);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        RuleEngine engine(*set);
        const auto release = [&](const QString &person, qint64 decidedAt) {
            return raised(engine.process(
                {happened(u"released"_s, t0(),
                          {{u"personId"_s, person},
                           {u"decidedAt"_s, QDateTime::fromMSecsSinceEpoch(decidedAt).toString(
                                                u"yyyy-MM-dd HH:mm:ss"_s)}})},
                t0()));
        };
        QCOMPARE(release(u"P-1"_s, t0() - 2 * kDay), QStringList{u"early-release"_s});
        QCOMPARE(release(u"P-2"_s, t0() - 3 * kDay), QStringList{u"early-release"_s});
        QVERIFY(release(u"P-3"_s, t0() - 3 * kDay - 1000).isEmpty());
        QVERIFY(release(u"P-4"_s, t0() + kHour).isEmpty()); // a decision after the release
    }

    void eventTimesOutsideASaneWindowAreRefused_data()
    {
        QTest::addColumn<QByteArray>("time");
        QTest::addColumn<QString>("why");
        QTest::newRow("year 292 million") << QByteArray("9.2e18") << u"outside the years"_s;
        QTest::newRow("overflowing text")
            << QByteArray("\"9223372036854775000\"") << u"outside the years"_s;
        QTest::newRow("1970") << QByteArray("1000") << u"outside the years"_s;
        QTest::newRow("2100") << QByteArray("\"2100-01-02 00:00:00\"") << u"outside the years"_s;
        QTest::newRow("negative") << QByteArray("-5") << u"outside the years"_s;
        QTest::newRow("words") << QByteArray("\"yesterday\"") << u"not a time"_s;
    }

    void eventTimesOutsideASaneWindowAreRefused()
    {
        QFETCH(QByteArray, time);
        QFETCH(QString, why);
        QString reason;
        QVERIFY(!EventFeed::parseLine(R"({"type": "x", "subject": {}, "time": )" + time + '}',
                                      &reason));
        QVERIFY2(reason.contains(why), qPrintable(reason));
        QVERIFY(
            EventFeed::parseLine(R"({"type": "x", "subject": {}, "time": "2026-03-01 09:00:00"})"));
    }
};

QTEST_GUILESS_MAIN(tst_RuleEngine)
#include "tst_ruleengine.moc"
