#pragma once

#include <QCoreApplication>
#include <alerts/data/rulesettingsrepository.h>
#include <rules/ruleset.h>

namespace Jiandu {

//! The rules this workstation runs: the shipped catalogue (or a site's own rule file), with
//! the operators' audited changes (enable, score, thresholds) laid over it.
class RuleCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::RuleCatalogue)

public:
    static QString builtInPath(); //!< the catalogue compiled into the module
    //! \a siteFile, or the built-in catalogue when empty.
    static Result<RuleSet> load(const QString &siteFile);
    //! \a rules with \a settings applied. A value that does not fit (a bad duration, a score
    //! out of range) is skipped and said in \a problems; the rest still applies.
    static RuleSet withSettings(RuleSet rules, const QHash<QString, RuleSetting> &settings,
                                QStringList *problems = nullptr);
    //! Checks \a value for \a field of \a rule; the reason if it does not fit.
    static QString checkValue(const Rule &rule, const QString &field, const QString &value);
    //! The current value of \a field in \a rule as text ("true", "5", "3d").
    static QString valueOf(const Rule &rule, const QString &field);
    static QString durationText(const std::optional<Duration> &duration);
};

} // namespace Jiandu
