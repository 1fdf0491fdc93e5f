#pragma once

#include <moduleapi/settingspage.h>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace Jiandu {

class SettingsStore;
struct WallContentSpec;

//! Language and video-wall settings.
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    GeneralSettingsPage(SettingsStore &settings, const QList<WallContentSpec> &wallContents,
                        QWidget *parent = nullptr);
    void apply() override;

private:
    SettingsStore &m_settings;
    QComboBox *m_language;
    QSpinBox *m_rotation;
    QSpinBox *m_lock;
    QListWidget *m_wallContents;
};

} // namespace Jiandu
