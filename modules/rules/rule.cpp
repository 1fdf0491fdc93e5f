#include "rule.h"

#include "eventfeed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Jiandu {

std::optional<Duration> Duration::parse(const QString &text)
{
    // One or more parts, largest first by habit: "3d", "2d12h", "1y6mo", "2h30min".
    static const QRegularExpression whole(u"^\\s*(\\d+\\s*(y|mo|d|h|min|s)\\s*)+$"_s);
    static const QRegularExpression part(u"(\\d+)\\s*(y|mo|d|h|min|s)"_s);
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    Duration d;
    for (const auto &match : part.globalMatch(text)) {
        const qint64 n = match.captured(1).toLongLong();
        const QString unit = match.captured(2);
        if (n > 100000)
            return std::nullopt;
        // Bounded in total too (many parts add up), so no sum can overflow: 200 years.
        if (d.months > kMaxMonths || d.ms > kMaxMs)
            return std::nullopt;
        if (unit == u"y")
            d.months += int(n * 12);
        else if (unit == u"mo")
            d.months += int(n);
        else if (unit == u"d")
            d.ms += n * 86400000LL;
        else if (unit == u"h")
            d.ms += n * 3600000LL;
        else if (unit == u"min")
            d.ms += n * 60000LL;
        else
            d.ms += n * 1000LL;
    }
    if (d.months > kMaxMonths || d.ms > kMaxMs)
        return std::nullopt;
    return d;
}

qint64 Duration::after(qint64 fromMs) const
{
    if (months == 0)
        return fromMs + ms;
    return QDateTime::fromMSecsSinceEpoch(fromMs).addMonths(months).toMSecsSinceEpoch() + ms;
}

qint64 Duration::before(qint64 toMs) const
{
    if (months == 0)
        return toMs - ms;
    return QDateTime::fromMSecsSinceEpoch(toMs).addMonths(-months).toMSecsSinceEpoch() - ms;
}

QStringList EventMatch::values(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList list;
        for (const QJsonValue &v : value.toArray())
            list.append(v.toVariant().toString());
        return list;
    }
    if (value.isUndefined() || value.isNull())
        return {};
    return {value.toVariant().toString()};
}

bool EventMatch::matches(const QString &type, const QJsonObject &fields, qint64 atMs) const
{
    if (type != event)
        return false;
    for (auto it = olderThan.cbegin(); it != olderThan.cend(); ++it) {
        const qint64 at = EventFeed::parseTime(fields.value(it.key()));
        if (atMs < 0 || at < 0 || at > it.value().before(atMs))
            return false;
    }
    for (auto it = within.cbegin(); it != within.cend(); ++it) {
        const qint64 at = EventFeed::parseTime(fields.value(it.key()));
        if (atMs < 0 || at < 0 || at > atMs || at < it.value().before(atMs))
            return false;
    }
    for (auto it = where.cbegin(); it != where.cend(); ++it) {
        const QStringList present = values(fields.value(it.key()));
        if (std::none_of(present.cbegin(), present.cend(),
                         [&](const QString &v) { return it.value().contains(v); }))
            return false;
    }
    for (auto it = without.cbegin(); it != without.cend(); ++it) {
        const QStringList present = values(fields.value(it.key()));
        if (std::any_of(present.cbegin(), present.cend(),
                        [&](const QString &v) { return it.value().contains(v); }))
            return false;
    }
    return true;
}

QString Rule::tierName(Tier tier)
{
    switch (tier) {
    case Tier::Guidance:
        return u"guidance"_s;
    case Tier::Warning:
        return u"warning"_s;
    case Tier::Alarm:
        return u"alarm"_s;
    case Tier::Invalid:
        break;
    }
    return {};
}

} // namespace Jiandu
