#include "shellsettings.h"

#include "settingsstore.h"

using namespace Qt::StringLiterals;

namespace Jiandu::ShellSettings {

QStringList supportedLanguages()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString language(const SettingsStore &settings)
{
    return settings.choiceValue(QLatin1String(kLanguage), u"zh_CN"_s, supportedLanguages());
}

int wallRotationSeconds(const SettingsStore &settings)
{
    return settings.intValue(QLatin1String(kWallRotationSeconds), kDefaultWallRotationSeconds,
                             kMinWallRotationSeconds, kMaxWallRotationSeconds);
}

QStringList wallContents(const SettingsStore &settings)
{
    return settings.stringListValue(QLatin1String(kWallContents));
}

QStringList debugCategories(const SettingsStore &settings)
{
    return settings.stringListValue(QLatin1String(kDebugCategories));
}

int lockMinutes(const SettingsStore &settings)
{
    return settings.intValue(QLatin1String(kLockMinutes), kDefaultLockMinutes, 0, kMaxLockMinutes);
}

QStringList invalidValues(const SettingsStore &settings)
{
    QStringList problems;
    const auto key = [](const char *k) {
        return QLatin1String(k);
    };
    if (settings.contains(key(kLanguage)) &&
        !supportedLanguages().contains(settings.value(key(kLanguage)).toString()))
        problems.append(u"%1: \"%2\" is not one of %3"_s.arg(
            key(kLanguage), settings.value(key(kLanguage)).toString(),
            supportedLanguages().join(u", "_s)));
    if (settings.contains(key(kWallRotationSeconds)) &&
        settings.intValue(key(kWallRotationSeconds), -1, kMinWallRotationSeconds,
                          kMaxWallRotationSeconds) < 0)
        problems.append(u"%1: \"%2\" is not a number of seconds from %3 to %4"_s
                            .arg(key(kWallRotationSeconds),
                                 settings.value(key(kWallRotationSeconds)).toString())
                            .arg(kMinWallRotationSeconds)
                            .arg(kMaxWallRotationSeconds));
    if (settings.contains(key(kLockMinutes)) &&
        settings.intValue(key(kLockMinutes), -1, 0, kMaxLockMinutes) < 0)
        problems.append(u"%1: \"%2\" is not a number of minutes from 0 (never) to %3"_s
                            .arg(key(kLockMinutes), settings.value(key(kLockMinutes)).toString())
                            .arg(kMaxLockMinutes));
    for (const QString &category : debugCategories(settings)) {
        if (!category.startsWith(u"jiandu."_s) || category.contains(u'='))
            problems.append(u"%1: \"%2\" is not a Jiandu log source (jiandu.*)"_s.arg(
                key(kDebugCategories), category));
    }
    return problems;
}

QString loggingRules(const QStringList &debugCategories)
{
    QStringList rules{u"jiandu.*.debug=false"_s};
    for (const QString &category : debugCategories) {
        // Only Jiandu's own categories; a stray entry cannot switch on Qt's internals.
        if (category.startsWith(u"jiandu."_s) && !category.contains(u'='))
            rules.append(category + u".debug=true"_s);
    }
    return rules.join(u'\n');
}

} // namespace Jiandu::ShellSettings
