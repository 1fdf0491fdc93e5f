#include <QTest>
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
     "start": {"event": "area.entered", "where": {"category": ["未成年人员", "醉酒人员"]}},
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
};

QTEST_GUILESS_MAIN(tst_RuleEngine)
#include "tst_ruleengine.moc"
