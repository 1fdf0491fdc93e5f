#pragma once

#include <QDialog>
#include <QTimer>
#include <casearea/tracking/floorplan.h>

class QLabel;
class QTableWidget;

namespace Jiandu {

class Journeys;
class LivePlace;
class PlanLibrary;

//! 设备管理: the floor's hardware — positioning base stations, wristbands, officers' cards,
//! cameras, the desk's terminal, belongings cabinets — where each is installed, how it is
//! reached and whether it is in service; beside the bands and cards, when each was last heard,
//! its battery and who wears it now, and the tags heard that are not registered. Saved with
//! the plan (and so shared with the unit's workstations); once bands or cards are registered,
//! the desk hands out only those in service. Devices changed on another workstation while it
//! is open are not overwritten: the save is refused with the reason.
class DevicesDialog : public QDialog
{
    Q_OBJECT

public:
    DevicesDialog(LivePlace &place, Journeys &journeys, PlanLibrary &plans,
                  QWidget *parent = nullptr);

private:
    void addRow(const CaseArea::Device &device);
    void showLive();
    QList<CaseArea::Device> devices() const;
    void save();

    LivePlace &m_place;
    Journeys &m_journeys;
    PlanLibrary &m_plans;
    QTableWidget *m_table;
    QLabel *m_unknown;
    QLabel *m_error;
    QTimer m_live;
    QByteArray m_opened; //!< the devices as they were when the dialog opened
};

} // namespace Jiandu
