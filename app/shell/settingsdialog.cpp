#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <moduleapi/settingspage.h>

namespace Jiandu {

SettingsDialog::SettingsDialog(const QList<SettingsPageSpec> &specs, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    resize(760, 520);
    QList<SettingsPageSpec> sorted = specs;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.order < b.order; });
    for (const SettingsPageSpec &spec : std::as_const(sorted)) {
        SettingsPage *page = spec.create ? spec.create(m_stack) : nullptr;
        if (!page)
            continue;
        page->setAccessibleName(spec.title);
        m_pages.append(page);
        m_stack->addWidget(page);
        m_list->addItem(spec.title);
    }
    m_list->setFixedWidth(170);
    m_list->setAccessibleName(tr("Settings pages"));
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        applyAll();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::applyAll);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
}

void SettingsDialog::applyAll()
{
    for (SettingsPage *page : std::as_const(m_pages))
        page->apply();
    emit applied();
}

} // namespace Jiandu
