#include "reservationforms.h"

#include "../reservations.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *error = new QLabel(parent);
    error->setObjectName(u"reservationError"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #b00020;"_s);
    return error;
}

QString span(const Reservation &r)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(r.fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(r.toMs);
    return from.toString(u"yyyy-MM-dd HH:mm"_s) + u"–"_s +
           to.toString(from.date() == to.date() ? u"HH:mm"_s : u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

ReservationRequestDialog::ReservationRequestDialog(Reservations &reservations,
                                                   const QList<AreaChoice> &areas, int chosen,
                                                   const QDateTime &from, QWidget *parent)
    : QDialog(parent)
    , m_reservations(reservations)
    , m_uid(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(u"reservationRequest"_s);
    setWindowTitle(tr("Reserve a case-handling area"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_area = new QComboBox(this);
    m_area->setObjectName(u"reservationArea"_s);
    for (const AreaChoice &a : areas)
        m_area->addItem(a.label, QStringList{a.unit, a.area});
    m_area->setCurrentIndex(chosen);
    form->addRow(tr("Area:"), m_area);
    m_from = new QDateTimeEdit(from, this);
    m_from->setObjectName(u"reservationFrom"_s);
    m_to = new QDateTimeEdit(from.addSecs(2 * 3600), this);
    m_to->setObjectName(u"reservationTo"_s);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    }
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        if (m_to->dateTime() <= start)
            m_to->setDateTime(start.addSecs(2 * 3600));
    });
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("Until:"), m_to);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reservationReason"_s);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why, e.g. two theft suspects caught, to be questioned"));
    form->addRow(tr("Reason:"), m_reason);
    m_suspects = new QSpinBox(this);
    m_suspects->setObjectName(u"reservationSuspects"_s);
    m_suspects->setRange(1, Reservation::kMaxSuspects);
    form->addRow(tr("Suspects:"), m_suspects);
    auto *rooms = new QGridLayout;
    int i = 0;
    for (RoomType type : Reservation::bookableTypes()) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(u"wish_"_s + FloorPlan::keyOf(type));
        spin->setRange(0, Reservation::kMaxRooms);
        if (type == RoomType::Interrogation || type == RoomType::Waiting)
            spin->setValue(1);
        rooms->addWidget(new QLabel(FloorPlan::typeName(type), this), i / 2, (i % 2) * 2);
        rooms->addWidget(spin, i / 2, (i % 2) * 2 + 1);
        m_wishes.append({type, spin});
        ++i;
    }
    form->addRow(tr("Rooms:"), rooms);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The station leader approves the request, then the legal "
                                    "head, who assigns the rooms."),
                                 this));
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReservationRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ReservationRequestDialog::submit()
{
    Reservation r;
    r.uid = m_uid;
    r.areaUnit = m_area->currentData().toStringList().value(0);
    r.area = m_area->currentData().toStringList().value(1);
    r.fromMs = m_from->dateTime().toMSecsSinceEpoch();
    r.toMs = m_to->dateTime().toMSecsSinceEpoch();
    r.reason = m_reason->text().trimmed();
    r.suspects = m_suspects->value();
    for (const auto &[type, spin] : std::as_const(m_wishes))
        if (spin->value() > 0)
            r.wishes.append({type, spin->value()});
    m_error->setText(tr("Sending…"));
    m_ok->setEnabled(false); // once, however often it is clicked
    m_reservations.request(r, this, [this](Result<Reservation> kept) {
        m_ok->setEnabled(true);
        if (!kept) {
            m_error->setText(kept.error().message);
            return;
        }
        accept();
    });
}

RoomAssignmentDialog::RoomAssignmentDialog(Reservations &reservations,
                                           const Reservation &reservation, const FloorPlan &rooms,
                                           const QList<Reservation> &others, QWidget *parent)
    : QDialog(parent)
    , m_reservations(reservations)
    , m_reservation(reservation)
    , m_plan(rooms)
{
    setObjectName(u"roomAssignment"_s);
    setWindowTitle(tr("Assign the rooms"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    QStringList asked;
    for (const RoomWish &w : reservation.wishes)
        asked.append(u"%1 × %2"_s.arg(w.count).arg(FloorPlan::typeName(w.type)));
    auto *heading = new QLabel(tr("%1 asks for %2 in %3, %4: %5")
                                   .arg(reservation.requester(), asked.join(u", "_s),
                                        reservation.area, span(reservation), reservation.reason),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_rooms = new QListWidget(this);
    m_rooms->setObjectName(u"assignRooms"_s);
    for (const Room &room : rooms.rooms) {
        bool wished = false;
        for (const RoomWish &w : reservation.wishes)
            wished |= w.type == room.type;
        if (!wished)
            continue;
        QString holder;
        for (const Reservation &other : others)
            if (other.uid != reservation.uid && other.state == ReservationState::Approved &&
                other.area == reservation.area && other.areaUnit == reservation.areaUnit &&
                other.overlaps(reservation.fromMs, reservation.toMs) &&
                other.rooms.contains(room.id))
                holder = tr("held by %1, %2").arg(other.requester(), span(other));
        auto *item = new QListWidgetItem(
            u"%1 · %2%3"_s.arg(room.name, FloorPlan::typeName(room.type),
                               holder.isEmpty() ? QString() : u" — "_s + holder),
            m_rooms);
        item->setData(Qt::UserRole, room.id);
        item->setFlags(holder.isEmpty() ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                        : Qt::ItemFlags());
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_rooms, &QListWidget::itemChanged, this, &RoomAssignmentDialog::count);
    layout->addWidget(m_rooms);
    m_count = new QLabel(this);
    layout->addWidget(m_count);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Approve and assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoomAssignmentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    count();
}

void RoomAssignmentDialog::count()
{
    QStringList parts;
    for (const RoomWish &w : m_reservation.wishes) {
        int chosen = 0;
        for (int i = 0; i < m_rooms->count(); ++i) {
            const QListWidgetItem *item = m_rooms->item(i);
            const Room *room = m_plan.room(item->data(Qt::UserRole).toString());
            if (item->checkState() == Qt::Checked && room && room->type == w.type)
                ++chosen;
        }
        parts.append(u"%1 %2/%3"_s.arg(FloorPlan::typeName(w.type)).arg(chosen).arg(w.count));
    }
    m_count->setText(parts.join(u" · "_s));
}

void RoomAssignmentDialog::submit()
{
    QStringList rooms;
    for (int i = 0; i < m_rooms->count(); ++i)
        if (m_rooms->item(i)->checkState() == Qt::Checked)
            rooms.append(m_rooms->item(i)->data(Qt::UserRole).toString());
    m_error->setText(tr("Sending…"));
    m_ok->setEnabled(false);
    m_reservations.decide(m_reservation.uid, ReservationAction::LegalApprove, {}, rooms, this,
                          [this](Result<Reservation> kept) {
                              m_ok->setEnabled(true);
                              if (!kept) {
                                  m_error->setText(kept.error().message);
                                  return;
                              }
                              accept();
                          });
}

} // namespace Jiandu
