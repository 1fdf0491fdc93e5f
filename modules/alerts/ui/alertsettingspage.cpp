#include "alertsettingspage.h"

#include "../alertsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <core/settingsstore.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

AlertSettingsPage::AlertSettingsPage(SettingsStore &settings, const QStringList &units,
                                     std::function<void()> applied, QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_popupTier(new QComboBox(this))
    , m_sound(new QCheckBox(tr("Play a sound"), this))
    , m_flash(new QCheckBox(tr("Flash unacknowledged alarms"), this))
    , m_desktop(new QCheckBox(tr("Desktop notification"), this))
    , m_role(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_ruleFile(new QLineEdit(this))
{
    m_applied = std::move(applied);
    m_escalate = new QSpinBox(this);
    m_escalate->setRange(AlertSettings::escalateAfterMinutes.minimum(),
                         AlertSettings::escalateAfterMinutes.maximum());
    m_escalate->setSuffix(tr(" min"));
    m_escalate->setSpecialValueText(tr("never"));
    m_escalate->setValue(AlertSettings::escalateAfterMinutes.value(settings));
    m_escalate->setToolTip(tr("An alarm nobody acknowledged in this time is escalated to the "
                              "leaders: it pops up on their workstations"));
    m_popupTier->addItem(tr("Alarms"), u"alarm"_s);
    m_popupTier->addItem(tr("Alarms and warnings"), u"warning"_s);
    m_popupTier->addItem(tr("Every alert"), u"guidance"_s);
    m_popupTier->addItem(tr("Never"), u"none"_s);
    m_popupTier->setCurrentIndex(
        std::max(0, m_popupTier->findData(AlertSettings::popupTier.value(settings))));
    m_sound->setChecked(AlertSettings::sound.value(settings));
    m_flash->setChecked(AlertSettings::flash.value(settings));
    m_desktop->setChecked(AlertSettings::desktop.value(settings));
    m_role->addItem(tr("Legal officer (issues, reviews, audits)"), u"legal"_s);
    m_role->addItem(tr("Responsible unit (answers, appeals, rectifies)"), u"unit"_s);
    m_role->addItem(tr("Leader (confirms or dismisses)"), u"leader"_s);
    m_role->setCurrentIndex(std::max(0, m_role->findData(AlertSettings::role.value(settings))));
    m_unit->addItem(tr("(none)"), QString());
    for (const QString &unit : units)
        m_unit->addItem(unit, unit);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(AlertSettings::unit.value(settings))));
    m_unit->setEnabled(m_role->currentData() == u"unit"_s);
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_unit->setEnabled(m_role->currentData() == u"unit"_s); });
    m_ruleFile->setText(AlertSettings::ruleFile.value(settings));
    m_ruleFile->setPlaceholderText(tr("the built-in catalogue"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Rule file"), {}, tr("Rule files (*.json)"));
        if (!file.isEmpty())
            m_ruleFile->setText(file);
    });
    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(m_ruleFile, 1);
    ruleRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Popup for:"), m_popupTier);
    form->addRow(QString(), m_sound);
    form->addRow(QString(), m_flash);
    form->addRow(QString(), m_desktop);
    form->addRow(tr("Escalate unacknowledged alarms after:"), m_escalate);
    form->addRow(tr("My role in the closed loop:"), m_role);
    form->addRow(tr("My unit:"), m_unit);
    form->addRow(tr("Rule file:"), ruleRow);
}

void AlertSettingsPage::apply()
{
    AlertSettings::popupTier.set(m_settings, m_popupTier->currentData().toString());
    AlertSettings::sound.set(m_settings, m_sound->isChecked());
    AlertSettings::flash.set(m_settings, m_flash->isChecked());
    AlertSettings::desktop.set(m_settings, m_desktop->isChecked());
    AlertSettings::role.set(m_settings, m_role->currentData().toString());
    AlertSettings::unit.set(m_settings, m_unit->currentData().toString());
    AlertSettings::ruleFile.set(m_settings, m_ruleFile->text().trimmed());
    AlertSettings::escalateAfterMinutes.set(m_settings, m_escalate->value());
    if (m_applied)
        m_applied();
}

} // namespace Jiandu
