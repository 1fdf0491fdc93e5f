#pragma once

#include "rulesexport.h"

#include <QHash>
#include <QJsonValue>
#include <core/result.h>

namespace Jiandu {

//! JSON that remembers where each value was written, so a rule file's mistakes can be
//! reported by line. Paths look like `rules[3].deadline`.
struct JIANDU_RULES_EXPORT JsonWithLines
{
    //! Deeper nesting is refused (a rule file needs five levels).
    static constexpr int kMaxDepth = 64;

    QJsonValue value;
    QHash<QString, int> lines; //!< path → 1-based line of its value

    //! Parses \a text; a syntax error says its line and column.
    static Result<JsonWithLines> parse(const QByteArray &text);
    int lineOf(const QString &path) const { return lines.value(path, 0); }
};

} // namespace Jiandu
