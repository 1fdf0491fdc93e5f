#include "ruleset.h"

#include "eventfeed.h"
#include "jsonwithlines.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <core/boundedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

class Checker
{
public:
    Checker(const JsonWithLines &json, const QString &file)
        : m_json(json)
        , m_file(file)
    {}

    void problem(const QString &path, const QString &what)
    {
        // A field that is missing has no line: its parent's, up to the document's first.
        QString at = path;
        int line = m_json.lineOf(at);
        while (line == 0 && !at.isEmpty()) {
            at.truncate(std::max(at.lastIndexOf(u'.'), at.lastIndexOf(u'[')));
            line = m_json.lineOf(at);
        }
        m_problems.append(u"%1:%2: %3"_s.arg(m_file).arg(std::max(line, 1)).arg(what));
    }
    const QStringList &problems() const { return m_problems; }

    void onlyKnown(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                problem(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                        RuleSet::tr("unknown field \"%1\" (known: %2)")
                            .arg(it.key(), known.join(u", "_s)));
        }
    }

    QString text(const QJsonObject &object, const QString &path, const QString &name, bool required)
    {
        const QJsonValue v = object.value(name);
        if (v.isUndefined()) {
            if (required)
                problem(path, RuleSet::tr("\"%1\" is missing").arg(name));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            problem(path + u'.' + name, RuleSet::tr("\"%1\" must be a non-empty text").arg(name));
            return {};
        }
        return v.toString();
    }

    std::optional<Duration> duration(const QJsonObject &object, const QString &path,
                                     const QString &name)
    {
        if (!object.contains(name) || object.value(name).isNull())
            return std::nullopt;
        const auto d = Duration::parse(object.value(name).toString());
        if (!d || d->isZero())
            problem(path + u'.' + name,
                    RuleSet::tr("\"%1\" must be a length of time like \"3d\", \"24h\", "
                                "\"30min\", \"2mo\" or \"1y\"")
                        .arg(name));
        return d;
    }

    QHash<QString, QStringList> fields(const QJsonValue &value, const QString &path)
    {
        QHash<QString, QStringList> result;
        if (value.isUndefined())
            return result;
        if (!value.isObject()) {
            problem(path, RuleSet::tr("expected {\"field\": \"value\" or [\"values\"], …}"));
            return result;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QStringList values;
            if (it.value().isArray()) {
                for (const QJsonValue &v : it.value().toArray())
                    values.append(v.toVariant().toString());
            } else if (it.value().isString() || it.value().isDouble() || it.value().isBool()) {
                values.append(it.value().toVariant().toString());
            }
            if (values.isEmpty())
                problem(path + u'.' + it.key(),
                        RuleSet::tr("\"%1\" needs a value or a list of values").arg(it.key()));
            result.insert(it.key(), values);
        }
        return result;
    }

    EventMatch match(const QJsonValue &value, const QString &path)
    {
        EventMatch m;
        if (!value.isObject()) {
            problem(path, RuleSet::tr("expected {\"event\": \"…\", \"where\": {…}}"));
            return m;
        }
        const QJsonObject object = value.toObject();
        onlyKnown(object, path,
                  {u"event"_s, u"where"_s, u"without"_s, u"olderThan"_s, u"within"_s});
        m.event = text(object, path, u"event"_s, true);
        m.where = fields(object.value(u"where"_s), path + u".where"_s);
        m.without = fields(object.value(u"without"_s), path + u".without"_s);
        const auto lengths = [&](const QString &name, QHash<QString, Duration> &into) {
            const QJsonObject given = object.value(name).toObject();
            for (auto it = given.begin(); it != given.end(); ++it) {
                if (const auto d = duration(given, path + u'.' + name, it.key()))
                    into.insert(it.key(), *d);
            }
        };
        lengths(u"olderThan"_s, m.olderThan);
        lengths(u"within"_s, m.within);
        return m;
    }

    Rule::Rate rate(const QJsonValue &value, const QString &path)
    {
        Rule::Rate rate;
        if (!value.isObject()) {
            problem(path, RuleSet::tr("expected {\"of\": {…}, \"met\": {…}, \"per\": \"unit\", "
                                      "\"period\": \"1mo\", \"below\": 0.9}"));
            return rate;
        }
        const QJsonObject object = value.toObject();
        onlyKnown(object, path,
                  {u"of"_s, u"met"_s, u"per"_s, u"period"_s, u"below"_s, u"minimum"_s});
        rate.of = match(object.value(u"of"_s), path + u".of"_s);
        rate.met = match(object.value(u"met"_s), path + u".met"_s);
        rate.per = text(object, path, u"per"_s, true);
        const auto period = duration(object, path, u"period"_s);
        if (!object.contains(u"period"_s))
            problem(path, RuleSet::tr("\"period\" is missing, e.g. \"7d\" or \"1mo\""));
        else if (period && period->months == 0 && period->ms % 86400000 != 0)
            problem(path + u".period"_s,
                    RuleSet::tr("a period is whole days (\"7d\") or months (\"1mo\")"));
        rate.period = period.value_or(Duration{0, 86400000});
        rate.below = object.value(u"below"_s).toDouble(-1);
        if (rate.below <= 0 || rate.below > 1)
            problem(path + u".below"_s,
                    RuleSet::tr("\"below\" is the threshold as a fraction, e.g. 0.9 for 90%"));
        const double minimum = object.value(u"minimum"_s).toDouble(1);
        if (minimum < 1 || minimum != int(minimum))
            problem(path + u".minimum"_s, RuleSet::tr("\"minimum\" is a whole number ≥ 1"));
        rate.minimum = int(minimum);
        return rate;
    }

    Rule rule(const QJsonObject &object, const QString &path)
    {
        static const QStringList known{
            u"id"_s,          u"element"_s,    u"stage"_s, u"tier"_s,   u"name"_s,
            u"description"_s, u"enabled"_s,    u"score"_s, u"colour"_s, u"start"_s,
            u"key"_s,         u"deadline"_s,   u"lead"_s,  u"stop"_s,   u"unless"_s,
            u"message"_s,     u"deadlineAt"_s, u"rate"_s,  u"repeat"_s};
        onlyKnown(object, path, known);
        Rule r;
        r.id = text(object, path, u"id"_s, true);
        static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9.\\-]*$"_s);
        if (!r.id.isEmpty() && !idPattern.match(r.id).hasMatch())
            problem(path + u".id"_s, RuleSet::tr("an id is lower-case letters, digits, '.' and "
                                                 "'-', e.g. \"person.detention.overdue\""));
        r.element = text(object, path, u"element"_s, true);
        static const QStringList elements{u"incident"_s, u"case"_s,  u"person"_s,
                                          u"property"_s, u"venue"_s, u"file"_s};
        if (!r.element.isEmpty() && !elements.contains(r.element))
            problem(path + u".element"_s,
                    RuleSet::tr("\"element\" is one of %1").arg(elements.join(u", "_s)));
        r.stage = text(object, path, u"stage"_s, false);
        const QString tier = text(object, path, u"tier"_s, true);
        if (tier == u"guidance")
            r.tier = Tier::Guidance;
        else if (tier == u"warning")
            r.tier = Tier::Warning;
        else if (tier == u"alarm")
            r.tier = Tier::Alarm;
        else if (!tier.isEmpty())
            problem(path + u".tier"_s,
                    RuleSet::tr("\"tier\" is guidance (事前指引), warning (事中预警) or alarm "
                                "(事后报警)"));
        r.name = text(object, path, u"name"_s, true);
        r.description = text(object, path, u"description"_s, false);
        if (object.contains(u"enabled"_s) && !object.value(u"enabled"_s).isBool())
            problem(path + u".enabled"_s, RuleSet::tr("\"enabled\" is true or false"));
        r.enabled = object.value(u"enabled"_s).toBool(true);
        if (object.contains(u"score"_s)) {
            const double score = object.value(u"score"_s).toDouble(-1);
            if (score < 0 || score > 100 || score != int(score))
                problem(path + u".score"_s, RuleSet::tr("\"score\" is a whole number 0–100"));
            r.score = int(score);
        }
        r.colour = text(object, path, u"colour"_s, false);
        static const QStringList colours{u"red"_s, u"orange"_s, u"yellow"_s, u"blue"_s};
        if (!r.colour.isEmpty() && !colours.contains(r.colour))
            problem(path + u".colour"_s,
                    RuleSet::tr("\"colour\" is one of %1").arg(colours.join(u", "_s)));
        if (r.colour.isEmpty())
            r.colour = r.tier == Tier::Alarm     ? u"red"_s
                       : r.tier == Tier::Warning ? u"yellow"_s
                                                 : u"blue"_s;
        if (object.contains(u"rate"_s)) {
            r.rate = rate(object.value(u"rate"_s), path + u".rate"_s);
            r.start = r.rate->of;
            r.key = r.rate->per;
            for (const QString &name : {u"start"_s, u"key"_s, u"deadline"_s, u"deadlineAt"_s,
                                        u"lead"_s, u"stop"_s, u"repeat"_s}) {
                if (object.contains(name))
                    problem(path + u'.' + name,
                            RuleSet::tr("a rate rule has no \"%1\": it is judged at the end of "
                                        "each period")
                                .arg(name));
            }
        } else {
            if (object.contains(u"start"_s))
                r.start = match(object.value(u"start"_s), path + u".start"_s);
            else
                problem(path, RuleSet::tr("\"start\" is missing: the event that starts the rule"));
            r.key = text(object, path, u"key"_s, true);
        }
        r.deadline = duration(object, path, u"deadline"_s);
        r.deadlineAt = text(object, path, u"deadlineAt"_s, false);
        r.lead = duration(object, path, u"lead"_s);
        const bool hasDeadline = r.deadline || !r.deadlineAt.isEmpty();
        if (r.lead && !hasDeadline)
            problem(path + u".lead"_s, RuleSet::tr("\"lead\" needs a \"deadline\""));
        // Measured from one instant, as the settings page does (months by the calendar).
        if (r.lead && r.deadline) {
            const qint64 from = EventFeed::kEarliestMs;
            if (r.lead->after(from) >= r.deadline->after(from))
                problem(path + u".lead"_s,
                        RuleSet::tr("\"lead\" must be shorter than \"deadline\": the warning "
                                    "comes that long before the deadline"));
        }
        if (object.contains(u"repeat"_s)) {
            const QJsonObject repeat = object.value(u"repeat"_s).toObject();
            const QString at = path + u".repeat"_s;
            onlyKnown(repeat, at, {u"count"_s, u"within"_s});
            const double count = repeat.value(u"count"_s).toDouble(0);
            if (count < 2 || count > 1000 || count != int(count))
                problem(at + u".count"_s, RuleSet::tr("\"count\" is a whole number 2–1000"));
            const auto within = duration(repeat, at, u"within"_s);
            if (!within)
                problem(at, RuleSet::tr("\"within\" is missing: the time the repeats fall in"));
            if (hasDeadline)
                problem(at, RuleSet::tr("a repeat rule is raised at once; it has no deadline"));
            r.repeat = Rule::Repeat{int(count), within.value_or(Duration{})};
        }
        const QJsonValue stop = object.value(u"stop"_s);
        if (!stop.isUndefined() && !stop.isArray())
            problem(path + u".stop"_s, RuleSet::tr("\"stop\" is a list of events"));
        const QJsonArray stops = stop.toArray();
        for (int i = 0; i < stops.size(); ++i)
            r.stop.append(match(stops[i], u"%1.stop[%2]"_s.arg(path).arg(i)));
        r.unless = fields(object.value(u"unless"_s), path + u".unless"_s);
        r.message = text(object, path, u"message"_s, true);
        return r;
    }

private:
    const JsonWithLines &m_json;
    QString m_file;
    QStringList m_problems;
};

} // namespace

Result<RuleSet> RuleSet::parse(const QByteArray &text, const QString &fileName)
{
    auto json = JsonWithLines::parse(text);
    if (!json)
        return Error{u"%1: %2"_s.arg(fileName, json.error().message), {}, u"invalid"_s};
    Checker check(*json, fileName);
    RuleSet set;
    const QJsonObject root = json->value.toObject();
    if (!json->value.isObject()) {
        check.problem({}, tr("a rule file is a JSON object {\"format\": …, \"rules\": […]}"));
    } else {
        check.onlyKnown(root, {}, {u"format"_s, u"version"_s, u"rules"_s});
        if (root.value(u"format"_s).toString() != u"jiandu-rules/1")
            check.problem(u"format"_s, tr("\"format\" must be \"jiandu-rules/1\""));
        set.version = check.text(root, {}, u"version"_s, true);
        if (!root.value(u"rules"_s).isArray())
            check.problem(u"rules"_s, tr("\"rules\" must be a list"));
        const QJsonArray rules = root.value(u"rules"_s).toArray();
        QSet<QString> ids;
        for (int i = 0; i < rules.size(); ++i) {
            const QString path = u"rules[%1]"_s.arg(i);
            if (!rules[i].isObject()) {
                check.problem(path, tr("a rule is an object {…}"));
                continue;
            }
            Rule rule = check.rule(rules[i].toObject(), path);
            if (!rule.id.isEmpty() && ids.contains(rule.id))
                check.problem(path + u".id"_s, tr("the id \"%1\" is used twice").arg(rule.id));
            ids.insert(rule.id);
            set.rules.append(rule);
        }
    }
    if (!check.problems().isEmpty())
        return Error{check.problems().join(u'\n'), {}, u"invalid"_s};
    return set;
}

Result<RuleSet> RuleSet::load(const QString &path)
{
    auto text = BoundedFile::read(path, kMaxFileBytes);
    if (!text)
        return Error{tr("The rule file cannot be used: %1").arg(text.error().message),
                     text.error().detail};
    return parse(*text, path);
}

const Rule *RuleSet::find(const QString &id) const
{
    for (const Rule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace Jiandu
