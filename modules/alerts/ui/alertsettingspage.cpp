#include "alertsettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <core/settingsstore.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

AlertSettingsPage::AlertSettingsPage(SettingsStore &settings, const QStringList &units,
                                     QWidget *parent)
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
    m_popupTier->addItem(tr("Alarms"), u"alarm"_s);
    m_popupTier->addItem(tr("Alarms and warnings"), u"warning"_s);
    m_popupTier->addItem(tr("Every alert"), u"guidance"_s);
    m_popupTier->addItem(tr("Never"), u"none"_s);
    m_popupTier->setCurrentIndex(
        std::max(0, m_popupTier->findData(settings.choiceValue(
                        u"alerts/popupTier"_s, u"alarm"_s,
                        {u"alarm"_s, u"warning"_s, u"guidance"_s, u"none"_s}))));
    m_sound->setChecked(settings.value(u"alerts/sound"_s, true).toBool());
    m_flash->setChecked(settings.value(u"alerts/flash"_s, true).toBool());
    m_desktop->setChecked(settings.value(u"alerts/desktop"_s, true).toBool());
    m_role->addItem(tr("Legal officer (issues, reviews, audits)"), u"legal"_s);
    m_role->addItem(tr("Responsible unit (answers, appeals, rectifies)"), u"unit"_s);
    m_role->addItem(tr("Leader (confirms or dismisses)"), u"leader"_s);
    m_role->setCurrentIndex(
        std::max(0, m_role->findData(settings.choiceValue(u"alerts/role"_s, u"legal"_s,
                                                          {u"legal"_s, u"unit"_s, u"leader"_s}))));
    m_unit->addItem(tr("(none)"), QString());
    for (const QString &unit : units)
        m_unit->addItem(unit, unit);
    m_unit->setCurrentIndex(
        std::max(0, m_unit->findData(settings.value(u"alerts/unit"_s).toString())));
    m_unit->setEnabled(m_role->currentData() == u"unit"_s);
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_unit->setEnabled(m_role->currentData() == u"unit"_s); });
    m_ruleFile->setText(settings.value(u"alerts/ruleFile"_s).toString());
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
    form->addRow(tr("My role in the closed loop:"), m_role);
    form->addRow(tr("My unit:"), m_unit);
    form->addRow(tr("Rule file:"), ruleRow);
}

void AlertSettingsPage::apply()
{
    m_settings.setValue(u"alerts/popupTier"_s, m_popupTier->currentData());
    m_settings.setValue(u"alerts/sound"_s, m_sound->isChecked());
    m_settings.setValue(u"alerts/flash"_s, m_flash->isChecked());
    m_settings.setValue(u"alerts/desktop"_s, m_desktop->isChecked());
    m_settings.setValue(u"alerts/role"_s, m_role->currentData());
    m_settings.setValue(u"alerts/unit"_s, m_unit->currentData());
    m_settings.setValue(u"alerts/ruleFile"_s, m_ruleFile->text().trimmed());
}

} // namespace Jiandu
