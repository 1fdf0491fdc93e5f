#include "areasimulation.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {

constexpr double kWalk = 1.2; // metres a second

// An 18-character ID number with its ISO 7064 MOD 11-2 check character.
QString idNumber(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return first17 + QLatin1Char(checks[sum % 11]);
}

class Walker
{
public:
    Walker(QString tag, QPointF at, qint64 startMs, QRandomGenerator &random,
           QList<PositionFix> &out)
        : m_tag(std::move(tag))
        , m_at(at)
        , m_ms(startMs)
        , m_random(random)
        , m_out(out)
    {}

    qint64 now() const { return m_ms; }
    //! Reports where it is each second for \a seconds, with the positioning's noise.
    void stay(qint64 seconds)
    {
        for (qint64 s = 0; s < seconds; ++s)
            report(m_at);
    }
    //! Until \a ms (nothing if that is past).
    void stayUntil(qint64 ms)
    {
        if (ms > m_ms)
            stay((ms - m_ms + 999) / 1000);
    }
    //! Walks to \a target in straight legs through \a via points.
    void walk(const QList<QPointF> &legs)
    {
        for (const QPointF &target : legs) {
            const QPointF d = target - m_at;
            const int steps = std::max(1, int(std::ceil(std::hypot(d.x(), d.y()) / kWalk)));
            const QPointF from = m_at;
            for (int i = 1; i <= steps; ++i)
                report(from + d * (double(i) / steps));
            m_at = target;
        }
    }
    //! Alternates either side of \a door for \a seconds (two seconds a side).
    void jitter(QPointF inside, QPointF outside, qint64 seconds)
    {
        for (qint64 s = 0; s < seconds; ++s)
            report((s / 2) % 2 ? outside : inside);
        m_at = inside;
    }
    void silence(qint64 seconds) { m_ms += seconds * 1000; }
    QPointF at() const { return m_at; }

private:
    void report(QPointF p)
    {
        PositionFix f;
        f.tag = m_tag;
        f.sourceMs = f.receiveMs = m_ms;
        f.hasPoint = true;
        f.point = p + QPointF(m_random.bounded(0.4) - 0.2, m_random.bounded(0.4) - 0.2);
        f.accuracy = 0.5;
        f.battery = 80;
        m_out.append(f);
        m_ms += 1000;
        m_at = p;
    }

    QString m_tag;
    QPointF m_at;
    qint64 m_ms;
    QRandomGenerator &m_random;
    QList<PositionFix> &m_out;
};

} // namespace

AreaSimulation::Day AreaSimulation::generate(const FloorPlan &plan, qint64 startMs, quint32 seed)
{
    const auto rooms = [&](RoomType type) {
        QList<const Room *> found;
        for (const Room &r : plan.rooms)
            if (r.type == type)
                found.append(&r);
        return found;
    };
    const auto entrance = rooms(RoomType::Entrance);
    const auto corridor = rooms(RoomType::Corridor);
    const auto check = rooms(RoomType::SafetyCheck);
    const auto collect = rooms(RoomType::InfoCollection);
    const auto storage = rooms(RoomType::Storage);
    const auto waiting = rooms(RoomType::Waiting);
    const auto questioning = rooms(RoomType::Interrogation);
    Day day;
    if (entrance.isEmpty() || corridor.isEmpty() || check.isEmpty() || collect.isEmpty() ||
        storage.isEmpty() || waiting.isEmpty() || questioning.isEmpty())
        return day;
    QRandomGenerator random(seed);
    // The corridor's middle line: everyone walks along it between rooms.
    const Room &hall = *corridor.first();
    const double hallY = hall.centre().y();
    const auto route = [&](QPointF from, const Room &to, QPointF offset = {}) {
        const QPointF target = to.centre() + offset;
        return QList<QPointF>{{from.x(), hallY}, {target.x(), hallY}, target};
    };

    struct Subject
    {
        QString tag, personId, name, idCard, category;
    };
    const QList<Subject> subjects{
        {u"B-01"_s, u"R4401062026120101"_s, u"王某强"_s, idNumber(u"44010619850312231"_s), {}},
        {u"B-02"_s, u"R4401062026120102"_s, u"李某"_s, idNumber(u"44010620090721002"_s),
         u"未成年人员"_s},
        {u"B-03"_s, u"R4401062026120103"_s, u"陈某华"_s, idNumber(u"44010319921105451"_s), {}},
        {u"B-04"_s, u"R4401062026120104"_s, u"赵某"_s, idNumber(u"44010419780214663"_s), {}},
    };
    // An escort for each subject (C-01…), and a second officer for the questioning (C-05…).
    const QStringList officerNames{u"刘警官"_s, u"黄警官"_s, u"周警官"_s, u"吴警官"_s,
                                   u"郑警官"_s, u"孙警官"_s, u"马警官"_s, u"朱警官"_s};
    // An officer's card is bound when the officer comes into the area.
    const auto cardBound = [&](int officer, qint64 ms) {
        const QString tag = u"C-%1"_s.arg(officer + 1, 2, 10, QLatin1Char('0'));
        day.journey.append({u"officer.card-bound"_s,
                            ms,
                            {{u"tag"_s, tag},
                             {u"officerId"_s, u"J%1"_s.arg(110231 + officer)},
                             {u"name"_s, officerNames[officer]}}});
        return tag;
    };

    for (int i = 0; i < subjects.size(); ++i) {
        const Subject &s = subjects[i];
        const qint64 arrive = startMs + qint64(i) * 240 * 1000;
        QJsonObject fields{{u"tag"_s, s.tag},      {u"personId"_s, s.personId},
                           {u"name"_s, s.name},    {u"idCard"_s, s.idCard},
                           {u"unit"_s, plan.site}, {u"caseLinked"_s, u"是"_s}};
        if (!s.category.isEmpty())
            fields.insert(u"category"_s, s.category);
        day.journey.append({u"area.entered"_s, arrive, fields});
        const QString officerTag = cardBound(i, arrive);
        const Room &wait = *waiting.at(i % waiting.size());
        const Room &question = *questioning.at(i % questioning.size());
        const QPointF door = entrance.first()->centre();
        Walker subject(s.tag, door, arrive, random, day.fixes);
        Walker officer(officerTag, door + QPointF(0.6, 0.3), arrive, random, day.fixes);
        // Registration at the entrance, then together through the check, the collection and
        // the belongings; the subject's band jitters at the door of the check room.
        for (Walker *w : {&subject, &officer})
            w->stay(90);
        const auto together = [&](const Room &room, qint64 seconds) {
            subject.walk(route(subject.at(), room));
            officer.walk(route(officer.at(), room, {1.2, 0.8})); // beside the subject
            const qint64 until = std::max(subject.now(), officer.now()) + seconds * 1000;
            subject.stayUntil(until);
            officer.stayUntil(until);
        };
        together(*check.first(), 240);
        if (i == 0) {
            // Standing in the doorway: the fixes fall either side of the wall for half a minute.
            const double wall = std::min_element(hall.outline.cbegin(), hall.outline.cend(),
                                                 [](QPointF a, QPointF b) { return a.y() < b.y(); })
                                    ->y();
            const double x = check.first()->centre().x();
            subject.walk({{x, wall - 0.4}});
            subject.jitter({x, wall - 0.4}, {x, wall + 0.4}, 30);
            subject.walk({check.first()->centre()});
        }
        day.journey.append({u"safetycheck.done"_s, subject.now(), fields});
        together(*collect.first(), 300);
        day.journey.append({u"infocollection.done"_s, subject.now(), fields});
        together(*storage.first(), 120);
        together(wait, 300);
        if (i == 1) {
            // The officer steps out to the corridor for six minutes: 无人看管.
            officer.walk({{officer.at().x(), hallY}});
            officer.stay(360);
            officer.walk({wait.centre() + QPointF(0.6, 0.3)});
            subject.stayUntil(officer.now());
        }
        if (i == 3) {
            // The wristband's battery dies: the tag falls silent for twenty minutes.
            subject.silence(1200);
            officer.stayUntil(subject.now());
        }
        together(question, 900);
        if (i != 2) {
            // A second officer joins for the questioning, except once: 单人审问.
            const qint64 joins = subject.now() - 900 * 1000;
            Walker second(cardBound(i + 4, joins), hall.centre(), joins, random, day.fixes);
            second.walk(route(second.at(), question, {-1.2, 0.8}));
            second.stayUntil(subject.now());
            second.walk({{second.at().x(), hallY}});
        }
        together(wait, 600);
        // Deregistered at the entrance, belongings returned.
        together(*entrance.first(), 60);
        QJsonObject leaving = fields;
        leaving.insert(u"belongingsReturned"_s, u"是"_s);
        day.journey.append({u"area.left"_s, subject.now(), leaving});
        day.endMs = std::max({day.endMs, subject.now(), officer.now()});
    }
    std::stable_sort(
        day.fixes.begin(), day.fixes.end(),
        [](const PositionFix &a, const PositionFix &b) { return a.sourceMs < b.sourceMs; });
    std::stable_sort(day.journey.begin(), day.journey.end(),
                     [](const RuleEvent &a, const RuleEvent &b) { return a.timeMs < b.timeMs; });
    return day;
}

} // namespace Jiandu::CaseArea
