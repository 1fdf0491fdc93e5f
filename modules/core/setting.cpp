#include "setting.h"

#include "settingsstore.h"

using namespace Qt::StringLiterals;

namespace Jiandu {

Setting::Setting(QString key, QString description)
    : m_key(std::move(key))
    , m_description(std::move(description))
{}

Setting::~Setting() = default;

IntSetting::IntSetting(QString key, int defaultValue, int min, int max, QString description)
    : Setting(std::move(key), std::move(description))
    , m_default(defaultValue)
    , m_min(min)
    , m_max(max)
{}

int IntSetting::value(const SettingsStore &settings) const
{
    return settings.intValue(key(), m_default, m_min, m_max);
}

void IntSetting::set(SettingsStore &settings, int value) const
{
    settings.setValue(key(), std::clamp(value, m_min, m_max));
}

QString IntSetting::problem(const SettingsStore &settings) const
{
    if (!settings.contains(key()))
        return {};
    const QString text = settings.value(key()).toString().trimmed();
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    if (ok && number >= m_min && number <= m_max)
        return {};
    return tr("%1: \"%2\" is not a whole number from %3 to %4 (%5)")
        .arg(key(), text)
        .arg(m_min)
        .arg(m_max)
        .arg(description());
}

BoolSetting::BoolSetting(QString key, bool defaultValue, QString description)
    : Setting(std::move(key), std::move(description))
    , m_default(defaultValue)
{}

bool BoolSetting::value(const SettingsStore &settings) const
{
    return problem(settings).isEmpty() ? settings.value(key(), m_default).toBool() : m_default;
}

void BoolSetting::set(SettingsStore &settings, bool value) const
{
    settings.setValue(key(), value);
}

QString BoolSetting::problem(const SettingsStore &settings) const
{
    if (!settings.contains(key()))
        return {};
    const QString text = settings.value(key()).toString().trimmed().toLower();
    if (text == u"true" || text == u"false" || text == u"1" || text == u"0")
        return {};
    return tr("%1: \"%2\" is not true or false (%3)")
        .arg(key(), settings.value(key()).toString(), description());
}

ChoiceSetting::ChoiceSetting(QString key, QString defaultValue, QStringList choices,
                             QString description)
    : Setting(std::move(key), std::move(description))
    , m_default(std::move(defaultValue))
    , m_choices(std::move(choices))
{}

QString ChoiceSetting::value(const SettingsStore &settings) const
{
    return settings.choiceValue(key(), m_default, m_choices);
}

void ChoiceSetting::set(SettingsStore &settings, const QString &value) const
{
    settings.setValue(key(), m_choices.contains(value) ? value : m_default);
}

QString ChoiceSetting::problem(const SettingsStore &settings) const
{
    if (!settings.contains(key()) || m_choices.contains(settings.value(key()).toString()))
        return {};
    return tr("%1: \"%2\" is not one of %3 (%4)")
        .arg(key(), settings.value(key()).toString(), m_choices.join(u", "_s), description());
}

TextSetting::TextSetting(QString key, QString defaultValue, QString description, Check check)
    : Setting(std::move(key), std::move(description))
    , m_default(std::move(defaultValue))
    , m_check(std::move(check))
{}

QString TextSetting::value(const SettingsStore &settings) const
{
    return settings.value(key(), m_default).toString();
}

void TextSetting::set(SettingsStore &settings, const QString &value) const
{
    settings.setValue(key(), value);
}

QString TextSetting::problem(const SettingsStore &settings) const
{
    const QString text = settings.value(key()).toString();
    if (!settings.contains(key()) || text.isEmpty() || !m_check)
        return {};
    const QString why = m_check(text);
    return why.isEmpty() ? QString() : tr("%1: %2").arg(key(), why);
}

} // namespace Jiandu
