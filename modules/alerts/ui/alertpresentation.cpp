#include "alertpresentation.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <core/localtime.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

QString AlertPresentation::tierName(Tier tier)
{
    switch (tier) {
    case Tier::Guidance:
        return tr("Guidance");
    case Tier::Warning:
        return tr("Early warning");
    case Tier::Alarm:
        return tr("Alarm");
    case Tier::Invalid:
        break;
    }
    return {};
}

QColor AlertPresentation::tierColour(Tier tier)
{
    switch (tier) {
    case Tier::Guidance:
        return QColor(0x1e, 0x6f, 0xd9);
    case Tier::Warning:
        return QColor(0xe0, 0x9b, 0x00);
    case Tier::Alarm:
        return QColor(0xd9, 0x30, 0x25);
    case Tier::Invalid:
        break;
    }
    return {};
}

QString AlertPresentation::statusName(AlertRecord::Status status)
{
    switch (status) {
    case AlertRecord::Status::New:
        return tr("New");
    case AlertRecord::Status::Acknowledged:
        return tr("Acknowledged");
    case AlertRecord::Status::Referred:
        return tr("Problem opened");
    case AlertRecord::Status::Resolved:
        return tr("Resolved");
    }
    return {};
}

QStringList AlertPresentation::elements()
{
    return {u"incident"_s, u"case"_s, u"person"_s, u"property"_s, u"venue"_s, u"file"_s};
}

QString AlertPresentation::elementName(const QString &element)
{
    if (element == u"incident")
        return tr("Incident");
    if (element == u"case")
        return tr("Case");
    if (element == u"person")
        return tr("Person");
    if (element == u"property")
        return tr("Property");
    if (element == u"venue")
        return tr("Case area");
    if (element == u"file")
        return tr("Case file");
    return element;
}

QString AlertPresentation::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"idCard"_s, QT_TR_NOOP("ID card number")},
        {u"personId"_s, QT_TR_NOOP("Person number")},
        {u"caseId"_s, QT_TR_NOOP("Case number")},
        {u"jqbh"_s, QT_TR_NOOP("Incident number")},
        {u"unit"_s, QT_TR_NOOP("Handling unit")},
        {u"cameraId"_s, QT_TR_NOOP("Camera")},
        {u"room"_s, QT_TR_NOOP("Room")},
        {u"category"_s, QT_TR_NOOP("Category")},
        {u"measure"_s, QT_TR_NOOP("Coercive measure")},
        {u"propertyId"_s, QT_TR_NOOP("Property number")},
        {u"source"_s, QT_TR_NOOP("Source")},
        {u"documentType"_s, QT_TR_NOOP("Document")},
        {u"status"_s, QT_TR_NOOP("Status")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(it.value());
}

namespace {

QString span(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    if (days > 0)
        return AlertPresentation::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return AlertPresentation::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return AlertPresentation::tr("%1 min").arg(std::max<qint64>(minutes, 1));
}

} // namespace

QString AlertPresentation::lengthText(qint64 ms)
{
    return span(ms);
}

QString AlertPresentation::countdown(qint64 deadlineMs, qint64 nowMs)
{
    if (deadlineMs < 0)
        return {};
    if (deadlineMs > nowMs)
        return tr("due in %1").arg(span(deadlineMs - nowMs));
    return tr("overdue by %1").arg(span(nowMs - deadlineMs));
}

QString AlertPresentation::timeText(qint64 ms)
{
    return localTimeText(ms);
}

QString AlertPresentation::durationWords(const std::optional<Duration> &d)
{
    if (!d)
        return {};
    if (d->months) {
        if (d->months % 12 == 0 && d->ms == 0)
            return tr("%n year(s)", nullptr, d->months / 12);
        return tr("%n month(s)", nullptr, d->months);
    }
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    // The law counts short terms in hours (24 小时, 48 小时) and longer ones in days.
    if (d->ms % day == 0 && d->ms >= 3 * day)
        return tr("%n day(s)", nullptr, int(d->ms / day));
    if (d->ms % hour == 0)
        return tr("%n hour(s)", nullptr, int(d->ms / hour));
    return tr("%n minute(s)", nullptr, int(d->ms / minute));
}

QString AlertPresentation::maskedIdCard(const QString &number)
{
    if (number.size() <= 7)
        return QString(number.size(), u'*');
    return number.left(3) + QString(number.size() - 7, u'*') + number.right(4);
}

QString AlertPresentation::headline(const QString &ruleName, const QString &subjectJson)
{
    const QString who = subjectSummary(subjectJson);
    return who.isEmpty() ? ruleName : tr("%1: %2").arg(ruleName, who);
}

QString AlertPresentation::subjectSummary(const QString &subjectJson)
{
    const QJsonObject subject = QJsonDocument::fromJson(subjectJson.toUtf8()).object();
    const auto field = [&subject](const char *key) {
        return subject.value(QLatin1StringView(key)).toVariant().toString().trimmed();
    };
    QStringList parts;
    if (const QString name = field("name"); !name.isEmpty())
        parts.append(name);
    else if (const QString id = field("idCard"); !id.isEmpty())
        parts.append(maskedIdCard(id));
    else if (const QString person = field("personId"); !person.isEmpty())
        parts.append(tr("person %1").arg(person));
    if (const QString caseId = field("caseId"); !caseId.isEmpty())
        parts.append(tr("case %1").arg(caseId));
    else if (const QString incident = field("jqbh"); !incident.isEmpty())
        parts.append(tr("incident %1").arg(incident));
    if (const QString property = field("propertyId"); !property.isEmpty())
        parts.append(tr("item %1").arg(property));
    if (const QString room = field("room"); !room.isEmpty())
        parts.append(room);
    return parts.join(u" · "_s);
}

QString AlertPresentation::stateText(const AlertRecord &a, qint64 nowMs)
{
    QStringList parts{statusName(a.status)};
    if (a.suppressedAt(nowMs))
        parts.append(tr("silenced"));
    if (a.appeal == AlertRecord::Appeal::Pending)
        parts.append(tr("under appeal"));
    else if (a.appeal == AlertRecord::Appeal::Rejected)
        parts.append(tr("appeal rejected"));
    if (a.escalatedMs > 0 && a.status == AlertRecord::Status::New)
        parts.append(tr("escalated"));
    return parts.join(tr(", "));
}

} // namespace Jiandu
