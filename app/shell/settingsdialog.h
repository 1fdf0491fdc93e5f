#pragma once

#include <QDialog>
#include <moduleapi/ishell.h>

class QListWidget;
class QStackedWidget;

namespace Jiandu {

class SettingsPage;

//! The settings of every module, one page each; OK and Apply write them all.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QList<SettingsPageSpec> &pages, QWidget *parent = nullptr);
    QList<SettingsPage *> pages() const { return m_pages; }

signals:
    void applied();

private:
    void applyAll();

    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<SettingsPage *> m_pages;
};

} // namespace Jiandu
