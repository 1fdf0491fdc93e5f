#pragma once

#include <functional>
#include <moduleapi/settingspage.h>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Jiandu {

class SettingsStore;

//! 设置 → 预警与闭环: how alerts reach the operator (popup from which tier, sound, flashing,
//! desktop notification), the operator's role in the closed loop, and a site rule file.
class AlertSettingsPage final : public SettingsPage
{
    Q_OBJECT

public:
    //! \a applied runs after the settings were stored (the pages follow a new role at once).
    AlertSettingsPage(SettingsStore &settings, const QStringList &units,
                      std::function<void()> applied, QWidget *parent = nullptr);
    void apply() override;

private:
    SettingsStore &m_settings;
    QComboBox *m_popupTier = nullptr;
    QCheckBox *m_sound = nullptr;
    QCheckBox *m_flash = nullptr;
    QCheckBox *m_desktop = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_escalate = nullptr;
    std::function<void()> m_applied;
    QLineEdit *m_ruleFile = nullptr;
};

} // namespace Jiandu
