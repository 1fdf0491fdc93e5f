#pragma once

#include <moduleapi/settingspage.h>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace Jiandu {

class SettingsStore;
class SyncService;

//! Where the central service is and how this workstation proves itself to it: address,
//! pinned certificate, share key and its secret (kept in the encrypted cache), the feeds and
//! how often they are pulled.
class SyncSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    SyncSettingsPage(SettingsStore &settings, SyncService &service, QWidget *parent = nullptr);
    void apply() override;

private:
    SettingsStore &m_settings;
    SyncService &m_service;
    QLineEdit *m_server;
    QLineEdit *m_pin;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    QList<QCheckBox *> m_feeds;
    QSpinBox *m_interval;
    QSpinBox *m_days;
};

} // namespace Jiandu
