#include "alertindex.h"

#include <algorithm>

namespace Jiandu {

int AlertIndex::intern(QStringList &names, QHash<QString, int> &index, const QString &name)
{
    const auto it = index.constFind(name);
    if (it != index.cend())
        return it.value();
    names.append(name);
    index.insert(name, int(names.size() - 1));
    return int(names.size() - 1);
}

bool AlertIndex::earlier(quint32 a, quint32 b) const
{
    const Entry &x = m_entries[a];
    const Entry &y = m_entries[b];
    return x.raisedMs != y.raisedMs ? x.raisedMs < y.raisedMs : x.id < y.id;
}

AlertIndex::Entry AlertIndex::entryOf(const AlertRepository::Summary &s)
{
    Entry e;
    e.id = s.id;
    e.raisedMs = s.raisedMs;
    e.deadlineMs = s.deadlineMs;
    e.suppressedUntilMs = s.suppressedUntilMs;
    e.unit = quint16(std::min(intern(m_units, m_unitIndex, s.unit), 0xffff));
    e.element = quint8(std::min(intern(m_elements, m_elementIndex, s.element), 0xff));
    e.tier = quint8(s.tier);
    e.status = quint8(s.status);
    e.escalated = s.escalated;
    m_lastId = std::max(m_lastId, s.id);
    return e;
}

void AlertIndex::append(const AlertRepository::Summary &s)
{
    const auto position = quint32(m_entries.size());
    m_entries.push_back(entryOf(s));
    m_byId.insert(s.id, position);
    m_order.push_back(position);
}

void AlertIndex::reorder()
{
    std::stable_sort(m_order.begin(), m_order.end(),
                     [this](quint32 a, quint32 b) { return earlier(a, b); });
}

void AlertIndex::upsert(const AlertRepository::Summary &s)
{
    const Entry e = entryOf(s);
    if (const auto it = m_byId.constFind(s.id); it != m_byId.cend()) {
        m_entries[it.value()] = e; // its raise time, hence its place, never changes
        return;
    }
    const auto position = quint32(m_entries.size());
    m_entries.push_back(e);
    m_byId.insert(s.id, position);
    // New alerts are mostly the newest: their place is at or near the end.
    const auto at = std::upper_bound(m_order.begin(), m_order.end(), position,
                                     [this](quint32 a, quint32 b) { return earlier(a, b); });
    m_order.insert(at, position);
}

std::vector<quint32> AlertIndex::filter(const AlertFilter &f, qint64 nowMs) const
{
    const int unit = f.unit.isEmpty() ? -1 : m_unitIndex.value(f.unit, -2);
    const int element = f.element.isEmpty() ? -1 : m_elementIndex.value(f.element, -2);
    std::vector<quint32> result;
    if (unit == -2 || element == -2)
        return result;
    result.reserve(m_order.size() / 4);
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
        const quint32 position = *it;
        const Entry &e = m_entries[position];
        if (!(f.tiers & (1u << e.tier)) || !(f.statuses & (1u << e.status)))
            continue;
        if ((unit >= 0 && e.unit != unit) || (element >= 0 && e.element != element))
            continue;
        if ((f.fromMs && e.raisedMs < f.fromMs) || (f.toMs && e.raisedMs >= f.toMs))
            continue;
        if (!f.includeSilenced && e.suppressedUntilMs > nowMs)
            continue;
        if (f.only && !f.only->contains(e.id))
            continue;
        result.push_back(position);
    }
    return result;
}

int AlertIndex::groupOf(quint32 position, GroupBy by) const
{
    const Entry &e = m_entries[position];
    switch (by) {
    case GroupBy::None:
        return 0;
    case GroupBy::Unit:
        return e.unit;
    case GroupBy::Element:
        return e.element;
    case GroupBy::Tier:
        return e.tier;
    case GroupBy::Status:
        return e.status;
    }
    return 0;
}

QStringList AlertIndex::groupNames(GroupBy by) const
{
    switch (by) {
    case GroupBy::Unit:
        return m_units;
    case GroupBy::Element:
        return m_elements;
    case GroupBy::None:
    case GroupBy::Tier:
    case GroupBy::Status:
        break;
    }
    return {};
}

} // namespace Jiandu
