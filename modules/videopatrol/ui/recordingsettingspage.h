#pragma once

#include <functional>
#include <moduleapi/settingspage.h>

class QLabel;
class QTableWidget;

namespace Jiandu {

class IShell;

//! 设置 → 录像计划: for every camera of the site, when this workstation records it:
//! continuous, manual, or daily windows ("08:00-12:00, 14:00-18:00"); empty keeps what the
//! site description says. A schedule that is not understood is marked at once and not
//! stored.
class RecordingSettingsPage final : public SettingsPage
{
    Q_OBJECT

public:
    //! \a applied runs after the schedules were stored (the recordings follow them at once).
    RecordingSettingsPage(IShell &shell, std::function<void()> applied, QWidget *parent = nullptr);
    void apply() override;

private:
    void check(int row);

    IShell &m_shell;
    std::function<void()> m_applied;
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace Jiandu
