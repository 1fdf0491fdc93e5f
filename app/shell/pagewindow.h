#pragma once

#include <QWidget>
#include <core/id.h>

namespace Jiandu {

//! A workspace page detached into a top-level window of its own (e.g. on another monitor).
//! Closing it puts the page back into the workspace.
class PageWindow : public QWidget
{
    Q_OBJECT
public:
    PageWindow(const Id &pageId, const QString &title, QWidget *owner);
    Id pageId() const { return m_pageId; }
    void setPage(QWidget *page);
    QWidget *takePage();

signals:
    void closeRequested(const Jiandu::Id &pageId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Id m_pageId;
    QWidget *m_page = nullptr;
};

} // namespace Jiandu
