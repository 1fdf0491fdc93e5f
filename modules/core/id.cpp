#include "id.h"

using namespace Qt::StringLiterals;

namespace Jiandu {

bool Id::isValid(const QString &text)
{
    if (text.isEmpty() || text.size() > 128 || !(text.front() >= u'a' && text.front() <= u'z'))
        return false;
    for (const QChar c : text) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' ||
                             c == u'-' || c == u'_';
        if (!allowed)
            return false;
    }
    return !text.endsWith(u'.') && !text.contains(u".."_s);
}

std::optional<Id> Id::fromString(const QString &text)
{
    if (!isValid(text))
        return std::nullopt;
    return Id(text);
}

bool Id::isWithin(const Id &parent) const
{
    return m_text == parent.m_text ||
           (m_text.startsWith(parent.m_text) && m_text.at(parent.m_text.size()) == u'.');
}

} // namespace Jiandu
