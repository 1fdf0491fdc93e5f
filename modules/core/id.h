#pragma once

#include "coreexport.h"

#include <QHashFunctions>
#include <QString>
#include <optional>

namespace Jiandu {

//! A stable machine identifier such as a module id ("system") or a page id
//! ("system.log"): lowercase ASCII letters, digits, '.', '-' and '_', starting with a letter.
class JIANDU_CORE_EXPORT Id
{
public:
    Id() = default;
    //! The id for \a text, or nothing if \a text is not a valid identifier.
    static std::optional<Id> fromString(const QString &text);
    static bool isValid(const QString &text);

    bool isNull() const { return m_text.isEmpty(); }
    const QString &toString() const { return m_text; }
    //! True if this id is \a parent or lies under it ("system.log" under "system").
    bool isWithin(const Id &parent) const;

    friend bool operator==(const Id &, const Id &) = default;
    friend auto operator<=>(const Id &a, const Id &b) { return a.m_text.compare(b.m_text) <=> 0; }

private:
    explicit Id(QString text)
        : m_text(std::move(text))
    {}
    QString m_text;
};

inline size_t qHash(const Id &id, size_t seed = 0)
{
    return qHash(id.toString(), seed);
}

} // namespace Jiandu
