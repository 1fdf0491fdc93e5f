#include "stay.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

QJsonObject JourneyStep::toJson() const
{
    return {{u"uid"_s, uid},   {u"stayUid"_s, stayUid},       {u"kind"_s, kind},
            {u"atMs"_s, atMs}, {u"operator"_s, operatorName}, {u"body"_s, body}};
}

JourneyStep JourneyStep::fromJson(const QJsonObject &json)
{
    return {json.value(u"uid"_s).toString(),      json.value(u"stayUid"_s).toString(),
            json.value(u"kind"_s).toString(),     json.value(u"atMs"_s).toInteger(),
            json.value(u"operator"_s).toString(), json.value(u"body"_s).toObject()};
}

QList<Belonging> Stay::held() const
{
    QList<Belonging> items;
    for (const Belonging &item : belongings) {
        if (item.held)
            items.append(item);
    }
    return items;
}

QJsonObject Stay::identity() const
{
    return {{u"stayUid"_s, uid},   {u"personId"_s, personId}, {u"name"_s, name},
            {u"idCard"_s, idCard}, {u"unit"_s, unit},         {u"tag"_s, tag}};
}

} // namespace Jiandu::CaseArea
