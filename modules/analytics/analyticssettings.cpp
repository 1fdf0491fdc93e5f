#include "analyticssettings.h"

using namespace Qt::StringLiterals;

namespace Jiandu::AnalyticsSettings {

const IntSetting diagnosisMinutes{u"analytics/diagnosisMinutes"_s, 5, 0, 1440,
                                  u"minutes between camera health diagnoses (0: only on demand)"_s};

QList<const Setting *> all()
{
    return {&diagnosisMinutes};
}

} // namespace Jiandu::AnalyticsSettings
