#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace Jiandu {
class IShell;
}

namespace Jiandu::Review {

class ReviewLibrary;
class ReviewView;

//! The interrogations kept for review, and the one open.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(IShell &shell, ReviewLibrary &library, QWidget *parent = nullptr);
    //! Opens \a uid (once it is listed).
    void open(const QString &uid);
    ReviewView *current() const { return m_view; }
    ReviewLibrary &library() { return m_library; }
    void newReview();

private:
    void reload(const QString &select = {});
    //! The demo site's interrogation, made once when the page first finds none.
    void prepareDemo();

    IShell &m_shell;
    ReviewLibrary &m_library;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    ReviewView *m_view = nullptr;
    bool m_demoPrepared = false;
};

} // namespace Jiandu::Review
