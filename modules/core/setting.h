#pragma once

#include "coreexport.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace Jiandu {

class SettingsStore;

//! One setting of the configuration file, declared once: its key, its default, which
//! values are valid and what it is for. Readers get the default for anything invalid;
//! `jiandu-cli config check` lists what is invalid, with the setting's own words.
class JIANDU_CORE_EXPORT Setting
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Setting)

public:
    virtual ~Setting();
    QString key() const { return m_key; }
    QString description() const { return m_description; }
    //! Why the value stored in \a settings is not valid; empty if it is (or is absent).
    virtual QString problem(const SettingsStore &settings) const = 0;

protected:
    Setting(QString key, QString description);

private:
    QString m_key;
    QString m_description;
};

//! A whole number in [min, max].
class JIANDU_CORE_EXPORT IntSetting final : public Setting
{
public:
    IntSetting(QString key, int defaultValue, int min, int max, QString description);
    int value(const SettingsStore &settings) const;
    void set(SettingsStore &settings, int value) const;
    int defaultValue() const { return m_default; }
    int minimum() const { return m_min; }
    int maximum() const { return m_max; }
    QString problem(const SettingsStore &settings) const override;

private:
    int m_default, m_min, m_max;
};

//! true or false.
class JIANDU_CORE_EXPORT BoolSetting final : public Setting
{
public:
    BoolSetting(QString key, bool defaultValue, QString description);
    bool value(const SettingsStore &settings) const;
    void set(SettingsStore &settings, bool value) const;
    QString problem(const SettingsStore &settings) const override;

private:
    bool m_default;
};

//! One of a few words.
class JIANDU_CORE_EXPORT ChoiceSetting final : public Setting
{
public:
    ChoiceSetting(QString key, QString defaultValue, QStringList choices, QString description);
    QString value(const SettingsStore &settings) const;
    void set(SettingsStore &settings, const QString &value) const;
    const QStringList &choices() const { return m_choices; }
    QString problem(const SettingsStore &settings) const override;

private:
    QString m_default;
    QStringList m_choices;
};

//! Free text, with an optional check of its own (e.g. a rule file that must load).
class JIANDU_CORE_EXPORT TextSetting final : public Setting
{
public:
    //! \a check: why a value is not usable, empty if it is; not called for an empty value.
    using Check = std::function<QString(const QString &value)>;
    TextSetting(QString key, QString defaultValue, QString description, Check check = {});
    QString value(const SettingsStore &settings) const;
    void set(SettingsStore &settings, const QString &value) const;
    QString problem(const SettingsStore &settings) const override;

private:
    QString m_default;
    Check m_check;
};

} // namespace Jiandu
