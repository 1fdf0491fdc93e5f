#include "rulecatalogue.h"

using namespace Qt::StringLiterals;

namespace Jiandu {

QString RuleCatalogue::builtInPath()
{
    return u":/alerts/catalogue.json"_s;
}

Result<RuleSet> RuleCatalogue::load(const QString &siteFile)
{
    return RuleSet::load(siteFile.isEmpty() ? builtInPath() : siteFile);
}

QString RuleCatalogue::durationText(const std::optional<Duration> &d)
{
    if (!d)
        return {};
    if (d->months)
        return d->months % 12 == 0 && d->ms == 0 ? u"%1y"_s.arg(d->months / 12)
                                                 : u"%1mo"_s.arg(d->months);
    const qint64 minute = 60'000;
    if (d->ms % (24 * 60 * minute) == 0)
        return u"%1d"_s.arg(d->ms / (24 * 60 * minute));
    if (d->ms % (60 * minute) == 0)
        return u"%1h"_s.arg(d->ms / (60 * minute));
    return u"%1min"_s.arg(d->ms / minute);
}

QString RuleCatalogue::valueOf(const Rule &rule, const QString &field)
{
    if (field == u"enabled")
        return rule.enabled ? u"true"_s : u"false"_s;
    if (field == u"score")
        return QString::number(rule.score);
    if (field == u"deadline")
        return durationText(rule.deadline);
    if (field == u"lead")
        return durationText(rule.lead);
    return {};
}

QString RuleCatalogue::checkValue(const Rule &rule, const QString &field, const QString &value)
{
    if (value.isEmpty())
        return {}; // back to the catalogue's value
    if (field == u"enabled")
        return value == u"true" || value == u"false" ? QString() : tr("Use true or false.");
    if (field == u"score") {
        bool ok = false;
        const int score = value.toInt(&ok);
        return ok && score >= 0 && score <= 100 ? QString() : tr("A score is 0 to 100.");
    }
    if (field == u"deadline" || field == u"lead") {
        const auto d = Duration::parse(value);
        if (!d || d->isZero())
            return tr("“%1” is not a length of time; write e.g. 3d, 24h, 30min, 2mo or 1y.")
                .arg(value);
        if (field == u"deadline" && !rule.deadline)
            return tr("This rule fires at once; it has no deadline to change.");
        if (field == u"lead" && !rule.lead)
            return tr("This rule gives no advance warning; it has no lead time to change.");
        const qint64 base = 1'700'000'000'000;
        const std::optional<Duration> deadline = field == u"deadline" ? d : rule.deadline;
        const std::optional<Duration> lead = field == u"lead" ? d : rule.lead;
        if (deadline && lead && lead->after(base) >= deadline->after(base))
            return tr("The warning must come before the deadline (lead shorter than deadline).");
        return {};
    }
    return tr("“%1” is not a setting of a rule.").arg(field);
}

RuleSet RuleCatalogue::withSettings(RuleSet rules, const QHash<QString, RuleSetting> &settings,
                                    QStringList *problems)
{
    for (Rule &rule : rules.rules) {
        const auto it = settings.constFind(rule.id);
        if (it == settings.cend())
            continue;
        for (auto v = it->values.cbegin(); v != it->values.cend(); ++v) {
            if (const QString why = checkValue(rule, v.key(), v.value()); !why.isEmpty()) {
                if (problems)
                    problems->append(u"%1 %2: %3"_s.arg(rule.id, v.key(), why));
                continue;
            }
            if (v.key() == u"enabled")
                rule.enabled = v.value() == u"true";
            else if (v.key() == u"score")
                rule.score = v.value().toInt();
            else if (v.key() == u"deadline")
                rule.deadline = Duration::parse(v.value());
            else if (v.key() == u"lead")
                rule.lead = Duration::parse(v.value());
        }
    }
    return rules;
}

} // namespace Jiandu
