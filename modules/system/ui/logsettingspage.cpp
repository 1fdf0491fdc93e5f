#include "logsettingspage.h"

#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QVBoxLayout>
#include <core/settingsstore.h>
#include <core/shellsettings.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

LogSettingsPage::LogSettingsPage(SettingsStore &settings, const QStringList &knownCategories,
                                 QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_categories(new QListWidget(this))
{
    const QStringList enabled = ShellSettings::debugCategories(settings);
    QStringList all = knownCategories;
    for (const QString &category : enabled) {
        if (!all.contains(category))
            all.append(category);
    }
    all.sort();
    for (const QString &category : std::as_const(all)) {
        if (!category.startsWith(u"jiandu."_s))
            continue;
        auto *item = new QListWidgetItem(category, m_categories);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(enabled.contains(category) ? Qt::Checked : Qt::Unchecked);
    }
    m_categories->setAccessibleName(tr("Sources logging at debug level"));

    auto *intro = new QLabel(tr("Messages at info level and above are always logged. Tick a "
                                "source to also log its debug messages, e.g. while a support "
                                "engineer investigates a problem."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_categories, 1);
}

void LogSettingsPage::apply()
{
    QStringList enabled;
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            enabled.append(m_categories->item(i)->text());
    }
    m_settings.setValue(QLatin1String(ShellSettings::kDebugCategories), enabled);
    QLoggingCategory::setFilterRules(ShellSettings::loggingRules(enabled));
}

} // namespace Jiandu
