#include "recordingsettingspage.h"

#include "../videopatrolsettings.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>
#include <core/settingsstore.h>
#include <core/sitedescription.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

enum Column { Camera, Unit, SiteSchedule, Schedule, ColumnCount };

} // namespace

RecordingSettingsPage::RecordingSettingsPage(IShell &shell, std::function<void()> applied,
                                             QWidget *parent)
    : SettingsPage(parent)
    , m_shell(shell)
    , m_applied(std::move(applied))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"recordingSettingsPage"_s);
    auto *intro = new QLabel(tr("When this workstation records each camera by itself, whatever "
                                "is on screen: “continuous”, “manual” (only when someone presses "
                                "Record), “on alert” (for a while after an alert names the "
                                "camera), or daily times such as “08:00-12:00, 14:00-18:00” (a "
                                "time may run past midnight: “22:00-06:00”). Empty: as the site "
                                "description says."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(u"scheduleTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Camera"), tr("Unit"), tr("Site's schedule"), tr("This workstation")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Schedule, QHeaderView::Stretch);
    const auto overrides =
        QJsonDocument::fromJson(VideoPatrolSettings::schedules.value(shell.settings()).toUtf8())
            .object();
    const auto &cameras = shell.context().site.cameras;
    m_table->setRowCount(int(cameras.size()));
    for (int row = 0; row < cameras.size(); ++row) {
        const SiteCamera &camera = cameras[row];
        auto *name = new QTableWidgetItem(camera.name);
        name->setData(Qt::UserRole, camera.id);
        m_table->setItem(row, Camera, name);
        m_table->setItem(row, Unit, new QTableWidgetItem(camera.unit));
        m_table->setItem(row, SiteSchedule, new QTableWidgetItem(camera.recording.toText()));
        auto *edit = new QLineEdit(overrides.value(camera.id).toString(), m_table);
        edit->setPlaceholderText(tr("as the site says"));
        edit->setAccessibleName(tr("Schedule of %1").arg(camera.name));
        connect(edit, &QLineEdit::textChanged, this, [this, row] { check(row); });
        m_table->setCellWidget(row, Schedule, edit);
    }
    m_problem->setObjectName(u"scheduleProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
}

void RecordingSettingsPage::check(int row)
{
    auto *edit = static_cast<QLineEdit *>(m_table->cellWidget(row, Schedule));
    const QString text = edit->text().trimmed();
    const auto schedule = text.isEmpty() ? Result<RecordingSchedule>(RecordingSchedule{})
                                         : RecordingSchedule::fromText(text);
    edit->setStyleSheet(schedule ? QString() : u"border: 1px solid #b3261e;"_s);
    m_problem->setText(
        schedule ? QString()
                 : tr("%1: %2 This schedule is not stored.")
                       .arg(m_table->item(row, Camera)->text(), schedule.error().message));
}

void RecordingSettingsPage::apply()
{
    QJsonObject stored;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text =
            static_cast<QLineEdit *>(m_table->cellWidget(row, Schedule))->text().trimmed();
        if (text.isEmpty() || !RecordingSchedule::fromText(text))
            continue; // as the site says; one not understood was marked and is left out
        stored.insert(m_table->item(row, Camera)->data(Qt::UserRole).toString(), text);
    }
    VideoPatrolSettings::schedules.set(
        m_shell.settings(),
        stored.isEmpty() ? QString()
                         : QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    if (m_applied)
        m_applied();
}

} // namespace Jiandu
