#pragma once

#include <moduleapi/settingspage.h>

class QListWidget;

namespace Jiandu {

class SettingsStore;

//! Which modules log at debug level; applied at once and remembered.
class LogSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    LogSettingsPage(SettingsStore &settings, const QStringList &knownCategories,
                    QWidget *parent = nullptr);
    void apply() override;

private:
    SettingsStore &m_settings;
    QListWidget *m_categories;
};

} // namespace Jiandu
