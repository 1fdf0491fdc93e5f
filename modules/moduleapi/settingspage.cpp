#include "settingspage.h"

namespace Jiandu {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{}

SettingsPage::~SettingsPage() = default;

} // namespace Jiandu
