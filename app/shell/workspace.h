#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <moduleapi/ishell.h>
#include <vector>

class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace Jiandu {

class PageWindow;

//! The navigator and the page area of the main window. Pages are created when first shown
//! and can be moved into windows of their own and back.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    explicit Workspace(QWidget *parent = nullptr);
    ~Workspace() override;

    void addPage(const PageSpec &page);
    QList<PageSpec> pages() const;
    bool hasPage(const Id &id) const;

    //! Shows \a id in the page area, or raises its window if detached.
    bool showPage(const Id &id);
    Id currentPageId() const;
    //! Moves \a id into its own window; \a geometry restores a saved position and screen.
    bool detachPage(const Id &id, const QByteArray &geometry = {});
    void attachPage(const Id &id);
    bool isDetached(const Id &id) const;
    QList<Id> detachedPages() const;
    QWidget *detachedWindow(const Id &id) const;
    //! The page's widget, if it was created.
    QWidget *pageWidget(const Id &id) const;
    //! Shows the page at \a position in the navigator (0: the first), as Ctrl+1… do.
    bool showPageAt(int position);
    //! The navigator as icons only (names in tooltips), for small screens; it becomes so by
    //! itself when the workspace is narrow.
    void setNavigatorCompact(bool compact);
    bool isNavigatorCompact() const { return m_compact; }

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void currentPageChanged(const Jiandu::Id &id);

private:
    struct Entry;
    Entry *entry(const Id &id) const;
    void ensureCreated(Entry &entry);
    void updateNavigatorItem(Entry &entry);

    QListWidget *m_navigator;
    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    bool m_compact = false;
    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace Jiandu
