#include "sitedescription.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Jiandu {

Result<SiteDescription> SiteDescription::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("The site description is not valid JSON: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    const QJsonObject root = doc.object();
    SiteDescription site;
    site.code = root.value(u"code"_s).toString();
    site.name = root.value(u"name"_s).toString();
    if (site.code.isEmpty() || site.name.isEmpty())
        return Error{tr("The site description needs a \"code\" and a \"name\"."), {}};
    for (const QJsonValue &unit : root.value(u"units"_s).toArray())
        site.units.append(unit.toObject().value(u"name"_s).toString());
    return site;
}

Result<SiteDescription> SiteDescription::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The site description %1 cannot be read: %2").arg(path, file.errorString()),
                     {}};
    return fromJson(file.readAll());
}

SiteDescription SiteDescription::demo()
{
    auto site = load(u":/demo/site.json"_s);
    Q_ASSERT_X(site.ok(), "SiteDescription::demo", "the embedded demo site must be valid");
    return site ? site.value() : SiteDescription{};
}

} // namespace Jiandu
