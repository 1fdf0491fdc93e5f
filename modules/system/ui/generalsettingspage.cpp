#include "generalsettingspage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <core/settingsstore.h>
#include <core/shellsettings.h>
#include <moduleapi/ishell.h>

namespace Jiandu {

GeneralSettingsPage::GeneralSettingsPage(SettingsStore &settings,
                                         const QList<WallContentSpec> &wallContents,
                                         QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_rotation(new QSpinBox(this))
    , m_lock(new QSpinBox(this))
    , m_wallContents(new QListWidget(this))
{
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(ShellSettings::language(settings)));
    m_language->setAccessibleName(tr("Interface language"));

    m_rotation->setObjectName(QStringLiteral("wallRotation"));
    m_rotation->setRange(ShellSettings::kMinWallRotationSeconds,
                         ShellSettings::kMaxWallRotationSeconds);
    m_rotation->setSuffix(tr(" s"));
    m_rotation->setValue(ShellSettings::wallRotationSeconds(settings));
    m_rotation->setAccessibleName(tr("Wall rotation interval"));

    m_lock->setObjectName(QStringLiteral("lockMinutes"));
    m_lock->setRange(0, ShellSettings::kMaxLockMinutes);
    m_lock->setSuffix(tr(" min"));
    m_lock->setSpecialValueText(tr("never"));
    m_lock->setValue(ShellSettings::lockMinutes(settings));
    m_lock->setAccessibleName(tr("Lock the screen after"));

    const QStringList chosen = ShellSettings::wallContents(settings);
    for (const WallContentSpec &content : wallContents) {
        auto *item = new QListWidgetItem(content.title, m_wallContents);
        item->setData(Qt::UserRole, content.id.toString());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.isEmpty() || chosen.contains(content.id.toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_wallContents->setAccessibleName(tr("Wall contents"));

    auto *note = new QLabel(tr("A new language takes effect the next time Jiandu starts."), this);
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Lock the screen after:"), m_lock);
    form->addRow(tr("Wall rotation interval:"), m_rotation);
    form->addRow(tr("Wall contents:"), m_wallContents);
}

void GeneralSettingsPage::apply()
{
    m_settings.setValue(QLatin1String(ShellSettings::kLanguage), m_language->currentData());
    m_settings.setValue(QLatin1String(ShellSettings::kWallRotationSeconds), m_rotation->value());
    m_settings.setValue(QLatin1String(ShellSettings::kLockMinutes), m_lock->value());
    QStringList chosen;
    for (int i = 0; i < m_wallContents->count(); ++i) {
        const QListWidgetItem *item = m_wallContents->item(i);
        if (item->checkState() == Qt::Checked)
            chosen.append(item->data(Qt::UserRole).toString());
    }
    // All checked is stored as "all", so contents added by future modules show up too.
    if (chosen.size() == m_wallContents->count())
        m_settings.remove(QLatin1String(ShellSettings::kWallContents));
    else
        m_settings.setValue(QLatin1String(ShellSettings::kWallContents), chosen);
}

} // namespace Jiandu
