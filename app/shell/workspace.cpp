#include "workspace.h"

#include "pagewindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Jiandu {

struct Workspace::Entry
{
    PageSpec spec;
    QListWidgetItem *item = nullptr;
    QWidget *slot = nullptr;        // in the stack: holds the page, or the placeholder
    QWidget *page = nullptr;        // created on first show
    QWidget *placeholder = nullptr; // shown in the slot while detached
    QPointer<PageWindow> window;
};

Workspace::Workspace(QWidget *parent)
    : QWidget(parent)
    , m_navigator(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QLabel(tr("No module provides a page. See Tools → Module status."), this))
{
    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setAccessibleName(tr("Page navigator"));
    m_navigator->setIconSize(QSize(24, 24));
    m_navigator->setSpacing(2);
    m_navigator->setFixedWidth(190);
    m_navigator->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *detach = new QAction(tr("Open in new window"), m_navigator);
    connect(detach, &QAction::triggered, this, [this] {
        if (const QListWidgetItem *item = m_navigator->currentItem())
            detachPage(*Id::fromString(item->data(Qt::UserRole).toString()));
    });
    m_navigator->addAction(detach);
    connect(m_navigator, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showPage(*Id::fromString(item->data(Qt::UserRole).toString()));
    });
    connect(m_navigator, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showPage(*Id::fromString(item->data(Qt::UserRole).toString()));
    });

    static_cast<QLabel *>(m_emptyPage)->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_emptyPage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigator);
    layout->addWidget(m_stack, 1);
}

Workspace::~Workspace() = default;

Workspace::Entry *Workspace::entry(const Id &id) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const auto &e) { return e->spec.id == id; });
    return it == m_entries.cend() ? nullptr : it->get();
}

void Workspace::addPage(const PageSpec &page)
{
    if (page.id.isNull() || !page.create || entry(page.id)) {
        qWarning("Workspace: ignoring page without id, factory, or with a duplicate id %s",
                 qPrintable(page.id.toString()));
        return;
    }
    auto e = std::make_unique<Entry>();
    e->spec = page;
    e->slot = new QWidget(m_stack);
    e->slot->setObjectName(u"slot:"_s + page.id.toString());
    auto *slotLayout = new QVBoxLayout(e->slot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(e->slot);

    // Keep the navigator ordered by (order, title).
    const auto pos = std::upper_bound(
        m_entries.begin(), m_entries.end(), page, [](const PageSpec &p, const auto &other) {
            return std::pair(p.order, p.title) < std::pair(other->spec.order, other->spec.title);
        });
    const int row = int(pos - m_entries.begin());
    e->item = new QListWidgetItem(page.icon, page.title);
    e->item->setData(Qt::UserRole, page.id.toString());
    e->item->setData(Qt::AccessibleTextRole, page.title);
    m_navigator->insertItem(row, e->item);
    m_entries.insert(pos, std::move(e));
    for (const auto &entry : m_entries) // positions, hence the shortcuts in tooltips, moved
        updateNavigatorItem(*entry);
}

QList<PageSpec> Workspace::pages() const
{
    QList<PageSpec> result;
    for (const auto &e : m_entries)
        result.append(e->spec);
    return result;
}

bool Workspace::hasPage(const Id &id) const
{
    return entry(id) != nullptr;
}

void Workspace::ensureCreated(Entry &e)
{
    if (e.page)
        return;
    e.page = e.spec.create(e.slot);
    if (!e.page) {
        e.page = new QLabel(tr("This page could not be created; see the run log."), e.slot);
        qWarning("Workspace: page %s returned no widget", qPrintable(e.spec.id.toString()));
    }
    e.page->setAccessibleName(e.spec.title);
    e.slot->layout()->addWidget(e.page);
}

bool Workspace::showPage(const Id &id)
{
    Entry *e = entry(id);
    if (!e)
        return false;
    ensureCreated(*e);
    if (e->window) {
        e->window->show();
        e->window->raise();
        e->window->activateWindow();
    }
    m_stack->setCurrentWidget(e->slot);
    if (m_navigator->currentItem() != e->item) {
        const QSignalBlocker block(m_navigator);
        m_navigator->setCurrentItem(e->item);
    }
    emit currentPageChanged(id);
    return true;
}

Id Workspace::currentPageId() const
{
    const QListWidgetItem *item = m_navigator->currentItem();
    return item ? *Id::fromString(item->data(Qt::UserRole).toString()) : Id();
}

bool Workspace::detachPage(const Id &id, const QByteArray &geometry)
{
    Entry *e = entry(id);
    if (!e)
        return false;
    if (e->window) {
        showPage(id);
        return true;
    }
    ensureCreated(*e);
    e->slot->layout()->removeWidget(e->page);
    e->window = new PageWindow(id, e->spec.title, window());
    e->window->setPage(e->page);
    connect(e->window, &PageWindow::closeRequested, this, &Workspace::attachPage);
    if (!geometry.isEmpty())
        e->window->restoreGeometry(geometry);

    if (!e->placeholder) {
        e->placeholder = new QWidget(e->slot);
        auto *label =
            new QLabel(tr("“%1” is open in its own window.").arg(e->spec.title), e->placeholder);
        label->setAlignment(Qt::AlignCenter);
        auto *raise = new QPushButton(tr("Go to window"), e->placeholder);
        auto *back = new QPushButton(tr("Put back here"), e->placeholder);
        connect(raise, &QPushButton::clicked, this, [this, id] { showPage(id); });
        connect(back, &QPushButton::clicked, this, [this, id] { attachPage(id); });
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(raise);
        buttons->addWidget(back);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(e->placeholder);
        layout->addStretch();
        layout->addWidget(label);
        layout->addLayout(buttons);
        layout->addStretch();
        e->slot->layout()->addWidget(e->placeholder);
    }
    e->placeholder->show();
    updateNavigatorItem(*e);
    e->window->show();
    e->window->raise();
    return true;
}

void Workspace::attachPage(const Id &id)
{
    Entry *e = entry(id);
    if (!e || !e->window)
        return;
    QWidget *page = e->window->takePage();
    e->window->hide();
    e->window->deleteLater();
    e->window = nullptr;
    if (e->placeholder)
        e->placeholder->hide();
    page->setParent(e->slot);
    e->slot->layout()->addWidget(page);
    page->show();
    updateNavigatorItem(*e);
    showPage(id);
}

void Workspace::updateNavigatorItem(Entry &e)
{
    //: Navigator entry of a page that is open in its own window
    const QString name = e.window ? tr("%1 (window)").arg(e.spec.title) : e.spec.title;
    e.item->setText(m_compact ? QString() : name);
    e.item->setData(Qt::AccessibleTextRole, name);
    const int position = m_navigator->row(e.item);
    e.item->setToolTip(position < 9 ? tr("%1 (Ctrl+%2)").arg(name).arg(position + 1) : name);
}

bool Workspace::showPageAt(int position)
{
    if (position < 0 || position >= int(m_entries.size()))
        return false;
    return showPage(m_entries[size_t(position)]->spec.id);
}

void Workspace::setNavigatorCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_navigator->setFixedWidth(compact ? m_navigator->iconSize().width() + 28 : 190);
    for (const auto &e : m_entries)
        updateNavigatorItem(*e);
}

void Workspace::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // On a laptop's 1366 pixels the pages get the width; names come back on a wide screen.
    setNavigatorCompact(width() < 1300);
}

bool Workspace::isDetached(const Id &id) const
{
    const Entry *e = entry(id);
    return e && e->window;
}

QList<Id> Workspace::detachedPages() const
{
    QList<Id> ids;
    for (const auto &e : m_entries) {
        if (e->window)
            ids.append(e->spec.id);
    }
    return ids;
}

QWidget *Workspace::detachedWindow(const Id &id) const
{
    const Entry *e = entry(id);
    return e ? e->window.data() : nullptr;
}

QWidget *Workspace::pageWidget(const Id &id) const
{
    const Entry *e = entry(id);
    return e ? e->page : nullptr;
}

} // namespace Jiandu
