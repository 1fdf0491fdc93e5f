#include "alertsettings.h"

#include <rules/ruleset.h>

using namespace Qt::StringLiterals;

namespace Jiandu::AlertSettings {

const ChoiceSetting popupTier{u"alerts/popupTier"_s,
                              u"alarm"_s,
                              {u"alarm"_s, u"warning"_s, u"guidance"_s, u"none"_s},
                              u"the lowest tier that pops up over every window"_s};
const BoolSetting sound{u"alerts/sound"_s, true, u"a sound with each popup"_s};
const BoolSetting flash{u"alerts/flash"_s, true,
                        u"unacknowledged alarms flash in the inbox and the popup"_s};
const BoolSetting desktop{u"alerts/desktop"_s, true, u"a desktop notification too"_s};
const ChoiceSetting role{u"alerts/role"_s,
                         u"legal"_s,
                         {u"legal"_s, u"unit"_s, u"leader"_s},
                         u"the role of this workstation in the closed loop"_s};
const TextSetting unit{u"alerts/unit"_s, {}, u"the unit this workstation answers for"_s};
const TextSetting ruleFile{u"alerts/ruleFile"_s,
                           {},
                           u"a site's own rule file instead of the catalogue"_s,
                           [](const QString &path) {
                               const auto rules = RuleSet::load(path);
                               return rules ? QString() : rules.error().message;
                           }};
const IntSetting processedRetentionDays{u"alerts/processedRetentionDays"_s, 30, 1, 3650,
                                        u"days processed event files are kept"_s};

const IntSetting escalateAfterMinutes{
    u"alerts/escalateAfterMinutes"_s, 15, 0, 24 * 60,
    u"minutes an alarm may stay unacknowledged before it is escalated to the leaders (0: never)"_s};

const TextSetting inboxColumns{u"alerts/inboxColumns"_s,
                               {},
                               u"the inbox's columns as the operator left them (shown, widths)"_s};

QList<const Setting *> all()
{
    return {&popupTier,
            &sound,
            &flash,
            &desktop,
            &role,
            &unit,
            &ruleFile,
            &processedRetentionDays,
            &escalateAfterMinutes,
            &inboxColumns};
}

} // namespace Jiandu::AlertSettings
