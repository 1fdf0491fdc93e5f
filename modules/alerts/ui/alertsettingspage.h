#pragma once

#include <moduleapi/settingspage.h>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Jiandu {

class SettingsStore;

//! 设置 → 预警与闭环: how alerts reach the operator (popup from which tier, sound, flashing,
//! desktop notification), the operator's role in the closed loop, and a site rule file.
class AlertSettingsPage final : public SettingsPage
{
    Q_OBJECT

public:
    AlertSettingsPage(SettingsStore &settings, const QStringList &units, QWidget *parent = nullptr);
    void apply() override;

private:
    SettingsStore &m_settings;
    QComboBox *m_popupTier = nullptr;
    QCheckBox *m_sound = nullptr;
    QCheckBox *m_flash = nullptr;
    QCheckBox *m_desktop = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_ruleFile = nullptr;
};

} // namespace Jiandu
