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

    static QJsonObject subject(const Rule &rule, const QHash<QString, QStringList> &where)
    {
        QJsonObject s{{u"personId"_s, u"P-1"_s},
                      {u"name"_s, u"测试人"_s},
                      {u"idCard"_s, u"440300199001011234"_s},
                      {u"caseId"_s, u"A-1"_s},
                      {u"propertyId"_s, u"W-1"_s},
                      {u"measure"_s, u"-"_s},
                      {u"category"_s, u"-"_s}};
        s.insert(rule.key, u"S-1"_s);
        for (auto it = where.cbegin(); it != where.cend(); ++it)
            s.insert(it.key(), it.value().constFirst());
        return s;
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
        QVERIFY(m_catalogue.rules.size() >= 16);
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
        auto changes = engine.process({rule.start.event, t0(), subject(rule, rule.start.where)});
        QString message;
        if (!rule.deadline) {
            QVERIFY(raised(changes, id, &message));
        } else {
            QVERIFY(!raised(changes, id));
            const qint64 deadline = rule.deadline->after(t0());
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
        if (rule.stop.isEmpty()) {
            // An instant rule: the same event without its condition raises nothing.
            QHash<QString, QStringList> other = rule.start.where;
            for (auto it = other.begin(); it != other.end(); ++it)
                it.value() = {u"普通"_s};
            QVERIFY(!raised(engine.process({rule.start.event, t0(), subject(rule, other)}), id));
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
