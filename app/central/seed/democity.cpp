#include "democity.h"

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

const QList<DemoUnit> &demoCityUnits()
{
    static const QList<DemoUnit> units{
        {u"420100000000"_s, u"江城市公安局"_s, {}, u"city"_s},
        {u"420102000000"_s, u"江岸分局"_s, u"420100000000"_s, u"district"_s},
        {u"420102510000"_s, u"大智派出所"_s, u"420102000000"_s, u"station"_s},
        {u"420102520000"_s, u"一元派出所"_s, u"420102000000"_s, u"station"_s},
        {u"420102530000"_s, u"车站派出所"_s, u"420102000000"_s, u"station"_s},
        {u"420102540000"_s, u"四唯派出所"_s, u"420102000000"_s, u"station"_s},
        {u"420102900000"_s, u"江岸分局执法办案中心"_s, u"420102000000"_s, u"casearea"_s},
        {u"420103000000"_s, u"江汉分局"_s, u"420100000000"_s, u"district"_s},
        {u"420103510000"_s, u"民族派出所"_s, u"420103000000"_s, u"station"_s},
        {u"420103520000"_s, u"花楼派出所"_s, u"420103000000"_s, u"station"_s},
        {u"420103530000"_s, u"水塔派出所"_s, u"420103000000"_s, u"station"_s},
        {u"420103540000"_s, u"民权派出所"_s, u"420103000000"_s, u"station"_s},
        {u"420103900000"_s, u"江汉分局执法办案中心"_s, u"420103000000"_s, u"casearea"_s},
        {u"420106000000"_s, u"武昌分局"_s, u"420100000000"_s, u"district"_s},
        {u"420106510000"_s, u"积玉桥派出所"_s, u"420106000000"_s, u"station"_s},
        {u"420106520000"_s, u"杨园派出所"_s, u"420106000000"_s, u"station"_s},
        {u"420106530000"_s, u"徐家棚派出所"_s, u"420106000000"_s, u"station"_s},
        {u"420106540000"_s, u"粮道派出所"_s, u"420106000000"_s, u"station"_s},
        {u"420106900000"_s, u"武昌分局执法办案中心"_s, u"420106000000"_s, u"casearea"_s},
    };
    return units;
}

QList<DemoUnit> demoCityStations()
{
    QList<DemoUnit> stations;
    for (const DemoUnit &unit : demoCityUnits()) {
        if (unit.kind == "station"_L1)
            stations.append(unit);
    }
    return stations;
}

} // namespace Jiandu::Central
