#include "sitedescription.h"

#include "boundedfile.h"

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
    for (const QJsonValue &value : root.value(u"cameras"_s).toArray()) {
        const QJsonObject camera = value.toObject();
        SiteCamera c{camera.value(u"id"_s).toString(), camera.value(u"name"_s).toString(),
                     camera.value(u"unit"_s).toString(), camera.value(u"url"_s).toString(),
                     camera.value(u"subUrl"_s).toString()};
        if (c.id.isEmpty() || c.url.isEmpty())
            return Error{tr("A camera of the site description has no \"id\" or \"url\"."), {}};
        auto schedule = RecordingSchedule::fromText(camera.value(u"recording"_s).toString());
        if (!schedule)
            return Error{tr("Camera %1: %2").arg(c.id, schedule.error().message), {}};
        c.recording = *schedule;
        c.roomType = camera.value(u"roomType"_s).toString();
        site.cameras.append(c);
    }
    return site;
}

Result<SiteDescription> SiteDescription::load(const QString &path)
{
    // A site description is a few KB; a device or a pipe in its place is refused.
    const auto text = BoundedFile::read(path, 16 << 20);
    if (!text)
        return Error{
            tr("The site description %1 cannot be read: %2").arg(path, text.error().message), {}};
    return fromJson(*text);
}

} // namespace Jiandu
