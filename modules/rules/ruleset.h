#pragma once

#include "rule.h"
#include "rulesexport.h"

#include <QCoreApplication>
#include <core/result.h>

namespace Jiandu {

//! A versioned rule file ("format": "jiandu-rules/1"): the catalogue of supervision points.
//! Rules are data; reading one checks every rule and reports each mistake with its line.
class JIANDU_RULES_EXPORT RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::RuleSet)

public:
    QString version;
    QList<Rule> rules;

    //! Every problem as "FILE:LINE: what is wrong" (one per line in the error's message);
    //! a rule set with any problem is refused as a whole.
    //! Rule files larger than this are refused (the full catalogue is ~100 KB).
    static constexpr qint64 kMaxFileBytes = 8 << 20;

    static Result<RuleSet> parse(const QByteArray &text, const QString &fileName);
    static Result<RuleSet> load(const QString &path);
    const Rule *find(const QString &id) const;
};

} // namespace Jiandu
