#include "devicesdialog.h"

#include "../journeys.h"
#include "../liveplace.h"
#include "../planlibrary.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {
enum Column { Kind, Id, Name, RoomColumn, Address, InService, Note, LastHeard, Battery, UsedBy };
constexpr DeviceKind kKinds[] = {DeviceKind::BaseStation, DeviceKind::Wristband,
                                 DeviceKind::OfficerCard, DeviceKind::Camera,
                                 DeviceKind::Kiosk,       DeviceKind::Cabinet};
//! The plan's devices as written, to tell whether they changed.
QByteArray devicesText(const FloorPlan &plan)
{
    return QJsonDocument(plan.toJson().value(u"devices"_s).toArray())
        .toJson(QJsonDocument::Compact);
}
} // namespace

DevicesDialog::DevicesDialog(LivePlace &place, Journeys &journeys, PlanLibrary &plans,
                             QWidget *parent)
    : QDialog(parent)
    , m_place(place)
    , m_journeys(journeys)
    , m_plans(plans)
{
    setObjectName(u"devicesDialog"_s);
    setWindowTitle(tr("Devices of %1").arg(place.tracker().plan().area));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 560);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 10, this);
    m_table->setObjectName(u"deviceTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("ID"), tr("Name"), tr("Room"), tr("Address"),
                                        tr("In service"), tr("Note"), tr("Last heard"),
                                        tr("Battery"), tr("Worn by")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_unknown = new QLabel(this);
    m_unknown->setObjectName(u"unregisteredTags"_s);
    m_unknown->setWordWrap(true);
    layout->addWidget(m_unknown);
    m_error = new QLabel(this);
    m_error->setObjectName(u"devicesError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("Add device"), QDialogButtonBox::ActionRole);
    add->setObjectName(u"addDevice"_s);
    auto *remove = buttons->addButton(tr("Remove"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, Id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &DevicesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (const Device &device : place.tracker().plan().devices)
        addRow(device);
    connect(&m_live, &QTimer::timeout, this, &DevicesDialog::showLive);
    m_live.start(2000);
    showLive();
    m_opened = devicesText(place.tracker().plan());
}

void DevicesDialog::addRow(const Device &device)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *kind = new QComboBox(m_table);
    for (DeviceKind k : kKinds)
        kind->addItem(FloorPlan::kindName(k), FloorPlan::keyOf(k));
    kind->setCurrentIndex(kind->findData(FloorPlan::keyOf(device.kind)));
    m_table->setCellWidget(row, Kind, kind);
    m_table->setItem(row, Id, new QTableWidgetItem(device.id));
    m_table->setItem(row, Name, new QTableWidgetItem(device.name));
    auto *room = new QComboBox(m_table);
    room->addItem(tr("(none)"), QString());
    for (const Room &r : m_place.tracker().plan().rooms)
        room->addItem(r.name, r.id);
    room->setCurrentIndex(std::max(0, room->findData(device.room)));
    m_table->setCellWidget(row, RoomColumn, room);
    m_table->setItem(row, Address, new QTableWidgetItem(device.address));
    auto *inService = new QTableWidgetItem;
    inService->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    inService->setCheckState(device.inService ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, InService, inService);
    m_table->setItem(row, Note, new QTableWidgetItem(device.note));
    for (int col : {LastHeard, Battery, UsedBy}) {
        auto *item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, col, item);
    }
}

void DevicesDialog::showLive()
{
    const auto &tags = m_place.tracker().tags();
    const JourneyBook &book = m_journeys.book();
    const qint64 now = m_place.nowMs();
    QStringList registered;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, Id)->text().trimmed();
        registered.append(id);
        const auto it = tags.constFind(id);
        QString heard;
        QString battery;
        if (it != tags.cend() && it->lastMs >= 0) {
            const qint64 ago = std::max<qint64>(0, now - it->lastMs) / 1000;
            heard = ago < 120 ? tr("%1 s ago").arg(ago) : tr("%1 min ago").arg(ago / 60);
            if (it->lost)
                heard += u" · "_s + tr("silent");
            if (it->battery >= 0)
                battery = u"%1 %"_s.arg(it->battery);
        }
        QString wornBy;
        if (const Stay *stay = book.stayWithTag(id))
            wornBy = stay->name;
        else if (book.officerCards().contains(id))
            wornBy = book.officerCards().value(id);
        m_table->item(row, LastHeard)->setText(heard);
        m_table->item(row, Battery)->setText(battery);
        if (it != tags.cend() && it->battery >= 0 && it->battery < 20)
            m_table->item(row, Battery)->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->item(row, UsedBy)->setText(wornBy);
    }
    // Tags heard that are not registered: a band brought from elsewhere, a typo in the list.
    const auto &devices = m_place.tracker().plan().devices;
    const bool registersTags = std::any_of(devices.cbegin(), devices.cend(), [](const Device &d) {
        return d.kind == DeviceKind::Wristband || d.kind == DeviceKind::OfficerCard;
    });
    QStringList unknown;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        if (!registered.contains(it.key()))
            unknown.append(it.key());
    std::sort(unknown.begin(), unknown.end());
    m_unknown->setText(!registersTags || unknown.isEmpty()
                           ? QString()
                           : tr("Heard but not registered: %1").arg(unknown.join(u", "_s)));
}

QList<Device> DevicesDialog::devices() const
{
    QList<Device> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Device d;
        d.kind =
            FloorPlan::deviceKindOf(
                static_cast<QComboBox *>(m_table->cellWidget(row, Kind))->currentData().toString())
                .value_or(DeviceKind::BaseStation);
        d.id = m_table->item(row, Id)->text().trimmed();
        d.name = m_table->item(row, Name)->text().trimmed();
        d.room = static_cast<QComboBox *>(m_table->cellWidget(row, RoomColumn))
                     ->currentData()
                     .toString();
        d.address = m_table->item(row, Address)->text().trimmed();
        d.inService = m_table->item(row, InService)->checkState() == Qt::Checked;
        d.note = m_table->item(row, Note)->text().trimmed();
        if (d.id.isEmpty() && d.name.isEmpty() && d.address.isEmpty())
            continue; // a row added and left empty
        list.append(d);
    }
    return list;
}

void DevicesDialog::save()
{
    // Another workstation's change arrived meanwhile: not lost under this list.
    if (devicesText(m_place.tracker().plan()) != m_opened) {
        m_error->setText(tr("The devices were changed on another workstation while this list "
                            "was open. Close it and open it again to see their change, then make "
                            "yours."));
        return;
    }
    // Saved only as the tracker reads it back: the same checks, the same reasons.
    FloorPlan plan = m_place.tracker().plan();
    plan.devices = devices();
    auto checked = FloorPlan::fromJson(QJsonDocument(plan.toJson()).toJson());
    if (!checked) {
        m_error->setText(checked.error().message);
        return;
    }
    m_error->setText(tr("Saving…"));
    m_plans.save(checked.value(), this, [this](Result<void> saved) {
        if (!saved) {
            m_error->setText(saved.error().message);
            return;
        }
        accept();
    });
}

} // namespace Jiandu
