#include <QRegularExpression>
#include <QTest>
#include <rules/ruleengine.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

// The shipped catalogue (resources/rules/catalogue.json), rule by rule: each fires at its
// moment and not a millisecond before, and does not fire when what satisfies it happens in
// time (or, for an instant rule, when its condition is not met).
class tst_RuleCatalogue : public QObject
{
    Q_OBJECT

    RuleSet m_catalogue;

    static qint64 t0() { return QDateTime(QDate(2026, 5, 4), QTime(8, 30)).toMSecsSinceEpoch(); }

    static QString timeText(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    //! The date a deadlineAt rule's start event carries.
    static qint64 writtenDeadline() { return t0() + 60 * 86400000LL; }

    static QJsonObject subject(const Rule &rule, const QHash<QString, QStringList> &where)
    {
        QJsonObject s{{u"personId"_s, u"P-1"_s},
                      {u"name"_s, u"测试人"_s},
                      {u"idCard"_s, u"440300199001011234"_s},
                      {u"caseId"_s, u"A-1"_s},
                      {u"documentId"_s, u"D-1"_s},
                      {u"propertyId"_s, u"W-1"_s},
                      {u"jqbh"_s, u"J-1"_s},
                      {u"unit"_s, u"城东派出所"_s},
                      {u"measure"_s, u"-"_s},
                      {u"category"_s, u"-"_s},
                      {u"incidentEndedAt"_s, timeText(t0() - 3 * 365 * 86400000LL)}};
        if (!rule.deadlineAt.isEmpty())
            s.insert(rule.deadlineAt, timeText(writtenDeadline()));
        if (!rule.rate)
            s.insert(rule.key, u"S-1"_s);
        for (auto it = where.cbegin(); it != where.cend(); ++it)
            s.insert(it.key(), it.value().constFirst());
        // A date the start must come soon after: one hour before it.
        for (auto it = rule.start.within.cbegin(); it != rule.start.within.cend(); ++it)
            s.insert(it.key(), timeText(t0() - 3600000));
        return s;
    }

    static qint64 deadlineOf(const Rule &rule)
    {
        const qint64 from = rule.deadlineAt.isEmpty() ? t0() : writtenDeadline();
        return rule.deadline ? rule.deadline->after(from) : from;
    }

    static bool raised(const QList<AlertChange> &changes, const QString &ruleId,
                       QString *message = nullptr)
    {
        for (const AlertChange &c : changes) {
            if (c.kind == AlertChange::Kind::Raised && c.alert.ruleId == ruleId) {
                if (message)
                    *message = c.alert.message;
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto set = RuleSet::load(QStringLiteral(JIANDU_RULE_CATALOGUE));
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        m_catalogue = *set;
        QVERIFY(m_catalogue.rules.size() >= 130);
        // Every table of seed 004 is in it.
        QSet<QString> elements;
        for (const Rule &r : m_catalogue.rules)
            elements.insert(r.element);
        QCOMPARE(elements, (QSet<QString>{u"incident"_s, u"case"_s, u"person"_s, u"property"_s,
                                          u"venue"_s, u"file"_s}));
    }

    void everyRuleFiresOnTime_data()
    {
        QTest::addColumn<QString>("id");
        for (const Rule &r : m_catalogue.rules)
            QTest::newRow(qPrintable(r.id)) << r.id;
    }

    void everyRuleFiresOnTime()
    {
        QFETCH(QString, id);
        const Rule &rule = *m_catalogue.find(id);
        RuleEngine engine(m_catalogue);
        QString message;
        if (rule.rate) {
            // A period with five to judge and none met: raised when the period ends.
            for (int i = 0; i < 5; ++i)
                engine.process({rule.rate->of.event, t0() + i, subject(rule, rule.rate->of.where)});
            QVERIFY(!raised(engine.advanceTo(t0() + 3600000), id));
            QVERIFY(raised(engine.advanceTo(t0() + 8 * 86400000LL), id, &message));
            QVERIFY2(message.contains(u"城东派出所"_s) && message.contains(u"0.0%"_s),
                     qPrintable(message));
            return;
        }
        const QJsonObject start = subject(rule, rule.start.where);
        auto changes = engine.process({rule.start.event, t0(), start});
        if (rule.repeat) {
            QVERIFY(!raised(changes, id));
            for (int i = 1; i < rule.repeat->count - 1; ++i)
                QVERIFY(!raised(engine.process({rule.start.event, t0() + i * 1000, start}), id));
            changes = engine.process({rule.start.event, t0() + 86400000, start});
        }
        if (rule.isInstant()) {
            QVERIFY(raised(changes, id, &message));
        } else {
            QVERIFY(!raised(changes, id));
            const qint64 deadline = deadlineOf(rule);
            const qint64 fire = rule.lead ? rule.lead->before(deadline) : deadline;
            QVERIFY(!raised(engine.advanceTo(fire - 1), id));
            QVERIFY(raised(engine.advanceTo(fire), id, &message));
        }
        // Every placeholder was filled in.
        QVERIFY2(!message.contains(QRegularExpression(u"\\{\\w+\\}"_s)), qPrintable(message));
        QVERIFY(message.contains(u"S-1"_s) || message.contains(u"测试人"_s) ||
                message.contains(u"A-1"_s));
    }

    void noRuleFiresWhenSatisfiedInTime_data() { everyRuleFiresOnTime_data(); }

    void noRuleFiresWhenSatisfiedInTime()
    {
        QFETCH(QString, id);
        const Rule &rule = *m_catalogue.find(id);
        RuleEngine engine(m_catalogue);
        if (rule.rate) {
            // Every one met: the period ends without an alarm.
            for (int i = 0; i < 5; ++i) {
                const QJsonObject met = subject(rule, rule.rate->met.where);
                engine.process({rule.rate->met.event, t0() + i, met});
                if (!rule.rate->of.matches(rule.rate->met.event, met))
                    engine.process(
                        {rule.rate->of.event, t0() + i, subject(rule, rule.rate->of.where)});
            }
            QVERIFY(!raised(engine.advanceTo(t0() + 8 * 86400000LL), id));
            return;
        }
        if (rule.repeat) {
            // Once fewer than the count within the window: nothing.
            const QJsonObject start = subject(rule, rule.start.where);
            for (int i = 0; i < rule.repeat->count; ++i) {
                const qint64 at = t0() + i * (rule.repeat->within.after(t0()) - t0() + 1);
                QVERIFY(!raised(engine.process({rule.start.event, at, start}), id));
            }
            return;
        }
        if (rule.stop.isEmpty()) {
            // An instant rule: the same event without its condition raises nothing.
            QHash<QString, QStringList> other = rule.start.where;
            for (auto it = other.begin(); it != other.end(); ++it)
                it.value() = {u"普通"_s};
            QJsonObject s = subject(rule, other);
            QString type = rule.start.event;
            if (other.isEmpty() && rule.start.without.isEmpty() && rule.start.olderThan.isEmpty())
                type = u"unrelated.event"_s; // the event itself is the problem
            if (other.isEmpty()) {
                for (auto it = rule.start.without.cbegin(); it != rule.start.without.cend(); ++it)
                    s.insert(it.key(), it.value().constFirst());
                for (auto it = rule.start.olderThan.cbegin(); it != rule.start.olderThan.cend();
                     ++it)
                    s.insert(it.key(), timeText(t0() - 86400000));
            }
            QVERIFY(!raised(engine.process({type, t0(), s}), id));
            return;
        }
        engine.process({rule.start.event, t0(), subject(rule, rule.start.where)});
        const EventMatch &stop = rule.stop.constFirst();
        engine.process({stop.event, t0() + 60000, subject(rule, stop.where)});
        QVERIFY(!raised(engine.advanceTo(t0() + 800LL * 86400000), id));
    }
};

QTEST_GUILESS_MAIN(tst_RuleCatalogue)
#include "tst_rulecatalogue.moc"
