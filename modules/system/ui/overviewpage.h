#pragma once

#include <QWidget>

class QHBoxLayout;

namespace Jiandu {

class IShell;

//! The first page an operator sees: what needs attention first (open alarms, overdue
//! problems, cameras offline and recording, sync), each a card that opens what it counts;
//! then the site this workstation serves, its units and what is running.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(IShell &shell, qint64 startedMs, QWidget *parent = nullptr);

private:
    //! Asks every module's ISiteFigures again and redraws the cards (every two seconds).
    void refreshFigures();

    IShell &m_shell;
    QHBoxLayout *m_cards = nullptr;
};

} // namespace Jiandu
