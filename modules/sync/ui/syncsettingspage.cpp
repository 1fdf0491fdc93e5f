#include "syncsettingspage.h"

#include "../sharefeed.h"
#include "../syncservice.h"
#include "../syncsettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <core/settingsstore.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

SyncSettingsPage::SyncSettingsPage(SettingsStore &settings, SyncService &service, QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_service(service)
    , m_server(new QLineEdit(SyncSettings::server.value(settings), this))
    , m_pin(new QLineEdit(SyncSettings::pinnedCertificate.value(settings), this))
    , m_key(new QLineEdit(SyncSettings::shareKey.value(settings), this))
    , m_secret(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_days(new QSpinBox(this))
{
    m_server->setPlaceholderText(u"https://central.example:8443"_s);
    m_pin->setPlaceholderText(tr("SHA-256 of the server certificate (optional)"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("unchanged"));
    m_interval->setRange(SyncSettings::intervalSeconds.minimum(),
                         SyncSettings::intervalSeconds.maximum());
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(SyncSettings::intervalSeconds.value(settings));
    m_days->setRange(SyncSettings::daysBack.minimum(), SyncSettings::daysBack.maximum());
    m_days->setSuffix(tr(" days"));
    m_days->setValue(SyncSettings::daysBack.value(settings));

    const QStringList chosen = SyncSettings::feeds.value(settings).split(u',');
    auto *feedRow = new QHBoxLayout;
    const QStringList titles{tr("接报"), tr("警情"), tr("下发"), tr("反馈")};
    for (const Sync::ShareFeedInfo &feed : Sync::shareFeeds()) {
        auto *box = new QCheckBox(titles.value(int(feed.feed)) + u" ("_s + feed.name + u')', this);
        box->setObjectName(feed.name);
        box->setChecked(chosen.contains(feed.name));
        m_feeds.append(box);
        feedRow->addWidget(box);
    }
    feedRow->addStretch();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Central service:"), m_server);
    form->addRow(tr("Pinned certificate:"), m_pin);
    form->addRow(tr("Share key:"), m_key);
    form->addRow(tr("Share key secret:"), m_secret);
    form->addRow(tr("Feeds:"), feedRow);
    form->addRow(tr("Pull every:"), m_interval);
    form->addRow(tr("First pull reaches back:"), m_days);
    auto *note = new QLabel(tr("The secret is kept in the encrypted cache, never in the "
                               "settings file. Leave the address empty on a standalone site."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
}

void SyncSettingsPage::apply()
{
    SyncSettings::server.set(m_settings, m_server->text().trimmed());
    SyncSettings::pinnedCertificate.set(m_settings, m_pin->text().trimmed());
    SyncSettings::shareKey.set(m_settings, m_key->text().trimmed());
    QStringList feeds;
    for (QCheckBox *box : m_feeds) {
        if (box->isChecked())
            feeds.append(box->objectName());
    }
    SyncSettings::feeds.set(m_settings, feeds.join(u','));
    SyncSettings::intervalSeconds.set(m_settings, m_interval->value());
    SyncSettings::daysBack.set(m_settings, m_days->value());
    if (!m_secret->text().isEmpty())
        m_service.setShareSecret(m_secret->text());
    m_service.reconfigure();
}

} // namespace Jiandu
