#include "commandmapsettings.h"

#include "geo/sitegeography.h"
#include "positions/nmeareceiver.h"
#include "tiles/tileserver.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMapSettings {

const TextSetting siteMap{u"commandmap/siteMap"_s,
                          {},
                          u"the site's geography: streets, places, jurisdictions (JSON)"_s,
                          [](const QString &path) {
                              const auto map = CommandMap::SiteGeography::load(path);
                              return map ? QString() : map.error().message;
                          }};
const TextSetting tiles{u"commandmap/tiles"_s,
                        {},
                        u"an .mbtiles file or a tile server address with {z}, {x}, {y}"_s,
                        [](const QString &value) {
                            if (value.startsWith(u"http"_s))
                                return CommandMap::TileServer::checkTemplate(value);
                            return QFileInfo(value).isFile() ? QString()
                                                             : u"%1 is not a file"_s.arg(value);
                        }};
const ChoiceSetting tileDatum{u"commandmap/tileDatum"_s,
                              u"wgs84"_s,
                              {u"wgs84"_s, u"gcj02"_s},
                              u"the datum the tiles are drawn in"_s};
const IntSetting tileMaxZoom{u"commandmap/tileMaxZoom"_s, 17, 1, 22,
                             u"the closest zoom the tiles have"_s};
const TextSetting positionsBroker{u"commandmap/positionsBroker"_s,
                                  {},
                                  u"the MQTT broker officers' positions come from, host:port"_s};
const TextSetting positionsTopic{u"commandmap/positionsTopic"_s, u"jiandu/fleet/#"_s,
                                 u"the MQTT topic officers' positions come on"_s};
const TextSetting receivers{
    u"commandmap/receivers"_s,
    {},
    u"vehicles' NMEA receivers: ID=tcp://host:port, ID=serial:/dev/DEVICE[@BAUD] or "
    u"ID=replay:/path/log.nmea (a recorded log played again), ';' between"_s,
    [](const QString &value) {
        const auto list = CommandMap::NmeaReceiverEntry::parseList(value);
        return list ? QString() : list.error().message;
    }};
const IntSetting staleAfterSeconds{u"commandmap/staleAfterSeconds"_s, 300, 10, 86400,
                                   u"a position older than this is drawn grey"_s};

QList<const Setting *> all()
{
    return {&siteMap,         &tiles,          &tileDatum, &tileMaxZoom,
            &positionsBroker, &positionsTopic, &receivers, &staleAfterSeconds};
}

} // namespace Jiandu::CommandMapSettings
