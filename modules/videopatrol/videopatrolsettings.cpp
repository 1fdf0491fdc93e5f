#include "videopatrolsettings.h"

using namespace Qt::StringLiterals;

namespace Jiandu::VideoPatrolSettings {

const IntSetting retentionDays{u"videopatrol/retentionDays"_s, 30, 0, 3650,
                               u"days recordings are kept (0: no limit by age)"_s};
const IntSetting retentionGiB{u"videopatrol/retentionGiB"_s, 0, 0, 1 << 20,
                              u"GiB of recordings kept at most (0: no limit by size)"_s};
const IntSetting segmentSeconds{u"videopatrol/segmentSeconds"_s, 10, 1, 3600,
                                u"seconds of a recording segment"_s};
const IntSetting patrolSeconds{u"videopatrol/patrolSeconds"_s, 15, 3, 600,
                               u"seconds each camera is shown in a patrol round"_s};
const ChoiceSetting exportWatermark{u"videopatrol/exportWatermark"_s,
                                    u"optional"_s,
                                    {u"optional"_s, u"always"_s},
                                    u"whether every export burns in the watermark"_s};

QList<const Setting *> all()
{
    return {&retentionDays, &retentionGiB, &segmentSeconds, &patrolSeconds, &exportWatermark};
}

} // namespace Jiandu::VideoPatrolSettings
