#include "pagewindow.h"

#include <QCloseEvent>
#include <QVBoxLayout>

namespace Jiandu {

PageWindow::PageWindow(const Id &pageId, const QString &title, QWidget *owner)
    : QWidget(owner, Qt::Window)
    , m_pageId(pageId)
{
    setObjectName(QStringLiteral("pageWindow:") + pageId.toString());
    //: Title of a detached page window: %1 page title
    setWindowTitle(tr("%1 — Jiandu").arg(title));
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    resize(1024, 700);
}

void PageWindow::setPage(QWidget *page)
{
    m_page = page;
    page->setParent(this);
    layout()->addWidget(page);
    page->show();
}

QWidget *PageWindow::takePage()
{
    QWidget *page = m_page;
    if (page)
        layout()->removeWidget(page);
    m_page = nullptr;
    return page;
}

void PageWindow::closeEvent(QCloseEvent *event)
{
    // The workspace takes the page back and deletes this window.
    event->ignore();
    emit closeRequested(m_pageId);
}

} // namespace Jiandu
