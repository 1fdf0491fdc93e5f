#include "reservationsdialog.h"

#include "../liveplace.h"
#include "../reservations.h"
#include "reservationforms.h"
#include "reservationtimeline.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {

QString timeOf(qint64 ms, const QDate &day)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.date() == day ? t.toString(u"HH:mm"_s) : t.toString(u"MM-dd HH:mm"_s);
}

} // namespace

ReservationsDialog::ReservationsDialog(Reservations &reservations, LivePlace &place,
                                       QWidget *parent)
    : QDialog(parent)
    , m_reservations(reservations)
    , m_place(place)
{
    setObjectName(u"reservationsDialog"_s);
    setWindowTitle(tr("Reservations of the case-handling areas"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 640);
    auto *layout = new QVBoxLayout(this);

    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Area:"), this));
    m_area = new QComboBox(this);
    m_area->setObjectName(u"reservationsArea"_s);
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    head->addWidget(m_area);
    head->addWidget(new QLabel(tr("Day:"), this));
    m_day = new QDateEdit(QDateTime::fromMSecsSinceEpoch(reservations.nowMs()).date(), this);
    m_day->setObjectName(u"reservationsDay"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    head->addWidget(m_day);
    head->addStretch();
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reservationsSummary"_s);
    head->addWidget(m_summary);
    layout->addLayout(head);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_timeline = new ReservationTimeline(split);
    m_list = new QTableWidget(0, 8, split);
    m_list->setObjectName(u"reservationList"_s);
    m_list->setHorizontalHeaderLabels({tr("Time"), tr("Asked by"), tr("Reason"), tr("Suspects"),
                                       tr("Rooms asked"), tr("State"), tr("Rooms assigned"),
                                       tr("Last decision")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(u"reservationsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_request = new QPushButton(tr("Request…"), this);
    m_request->setObjectName(u"requestReservation"_s);
    m_approve = new QPushButton(tr("Approve (station leader)"), this);
    m_approve->setObjectName(u"leaderApprove"_s);
    m_assign = new QPushButton(tr("Approve and assign rooms… (legal head)"), this);
    m_assign->setObjectName(u"legalApprove"_s);
    m_reject = new QPushButton(tr("Reject…"), this);
    m_reject->setObjectName(u"rejectReservation"_s);
    m_cancel = new QPushButton(tr("Take back"), this);
    m_cancel->setObjectName(u"cancelReservation"_s);
    for (QPushButton *b : {m_request, m_approve, m_assign, m_reject, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *legend = new QLabel(this);
    QStringList keys;
    for (ReservationState s : {ReservationState::Requested, ReservationState::LeaderApproved,
                               ReservationState::Approved})
        keys.append(u"<span style='color:%1'>■</span> %2"_s.arg(
            ReservationTimeline::colourOf(s).name(), Reservation::stateName(s).toHtmlEscaped()));
    keys.append(u"<span style='background:#f4c7c3'>&nbsp;%1&nbsp;</span>"_s.arg(
        tr("in use now").toHtmlEscaped()));
    legend->setText(keys.join(u"&nbsp;&nbsp;"_s));
    buttons->addWidget(legend);
    layout->addLayout(buttons);

    connect(m_area, &QComboBox::currentIndexChanged, this, &ReservationsDialog::showDay);
    connect(m_day, &QDateEdit::dateChanged, this, &ReservationsDialog::reload);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ReservationsDialog::showSelection);
    connect(m_timeline, &ReservationTimeline::reservationClicked, this, [this](const QString &uid) {
        for (int row = 0; row < m_shown.size(); ++row)
            if (m_shown.at(row).uid == uid)
                m_list->selectRow(row);
    });
    connect(m_request, &QPushButton::clicked, this, [this] {
        QList<AreaChoice> areas;
        for (int i = 0; i < m_area->count(); ++i)
            areas.append({m_area->itemText(i), m_area->itemData(i).toStringList().value(0),
                          m_area->itemData(i).toStringList().value(1)});
        // The day shown from 08:00, or the next whole hour if that is past.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_reservations.nowMs());
        QDateTime from(m_day->date(), QTime(8, 0));
        if (from < now)
            from = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
        auto *form =
            new ReservationRequestDialog(m_reservations, areas, m_area->currentIndex(), from, this);
        form->open();
    });
    connect(m_approve, &QPushButton::clicked, this, &ReservationsDialog::approve);
    connect(m_assign, &QPushButton::clicked, this, &ReservationsDialog::assign);
    connect(m_reject, &QPushButton::clicked, this, &ReservationsDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &ReservationsDialog::cancel);
    connect(&m_reservations, &Reservations::reservationsChanged, this, &ReservationsDialog::reload);
    connect(&m_place, &LivePlace::planChanged, this, &ReservationsDialog::reload);
    // The rooms' state now and the line of the time move on by themselves.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &ReservationsDialog::showDay);
    tick->start(5000);
    if (!m_reservations.isAvailable())
        m_error->setText(tr("This workstation has no local cache: reservations cannot be kept "
                            "here."));
    showSelection();
    reload();
}

void ReservationsDialog::reload()
{
    m_reservations.loadAreas(this, [this](Result<QList<StoredPlan>> plans) {
        if (!plans) {
            m_error->setText(plans.error().message);
            return;
        }
        m_plans = *plans;
        // The area watched here first, then the others the cache holds plans of (another
        // unit's named with its unit).
        const QString own = m_reservations.unit();
        QList<QStringList> areas{{own, m_place.tracker().plan().area.simplified()}};
        for (const StoredPlan &p : std::as_const(m_plans))
            if (!areas.contains(QStringList{p.unit, p.plan.area}))
                areas.append({p.unit, p.plan.area});
        const QStringList current = m_area->currentData().toStringList();
        {
            const QSignalBlocker quiet(m_area);
            m_area->clear();
            for (const QStringList &a : std::as_const(areas))
                m_area->addItem(a.at(0) == own || a.at(0).isEmpty()
                                    ? a.at(1)
                                    : u"%1 (%2)"_s.arg(a.at(1), a.at(0)),
                                a);
            if (const int i = int(areas.indexOf(current)); i >= 0)
                m_area->setCurrentIndex(i);
        }
        const QDate day = m_day->date();
        m_reservations.load(day.startOfDay().toMSecsSinceEpoch(),
                            day.addDays(1).startOfDay().toMSecsSinceEpoch(), this,
                            [this](Result<QList<Reservation>> all) {
                                if (!all) {
                                    m_error->setText(all.error().message);
                                    return;
                                }
                                m_dayReservations = *all;
                                showDay();
                            });
    });
}

bool ReservationsDialog::isWatched(const QString &unit, const QString &area) const
{
    return unit == m_reservations.unit() && area == m_place.tracker().plan().area.simplified();
}

FloorPlan ReservationsDialog::areaRooms(const QString &unit, const QString &area) const
{
    // Every floor the cache holds; the floor watched here as it is drawn now.
    QList<FloorPlan> floors;
    const bool watched = isWatched(unit, area);
    for (const StoredPlan &p : m_plans)
        if (p.unit == unit && p.plan.area == area &&
            !(watched && p.plan.floor == m_place.tracker().plan().floor))
            floors.append(p.plan);
    if (watched)
        floors.append(m_place.tracker().plan());
    return Reservation::roomsOf(floors);
}

void ReservationsDialog::showDay()
{
    const QString unit = m_area->currentData().toStringList().value(0);
    const QString area = m_area->currentData().toStringList().value(1);
    const FloorPlan rooms = areaRooms(unit, area);
    const QString selectedUid = selected() ? selected()->uid : QString();
    m_shown.clear();
    for (const Reservation &r : std::as_const(m_dayReservations))
        if (r.area == area && r.areaUnit == unit)
            m_shown.append(r);
    const qint64 now = m_reservations.nowMs();
    m_timeline->setRooms(rooms.rooms);
    m_timeline->setDay(m_day->date());
    m_timeline->setReservations(m_shown);
    m_timeline->setNow(now);

    // Now: who is in which room, where this workstation watches the area.
    const bool watched = isWatched(unit, area);
    QHash<QString, int> people;
    int inArea = 0;
    if (watched) {
        for (const auto &tag : m_place.tracker().tags())
            if (!tag.lost && !tag.room.isEmpty()) {
                ++people[tag.room];
                ++inArea;
            }
    }
    m_timeline->setOccupancy(people, watched);
    int bookable = 0;
    int inUse = 0;
    for (const Room &room : rooms.rooms)
        if (Reservation::bookableTypes().contains(room.type)) {
            ++bookable;
            inUse += people.value(room.id) > 0;
        }
    int approved = 0;
    int waiting = 0;
    for (const Reservation &r : std::as_const(m_shown)) {
        approved += r.state == ReservationState::Approved;
        waiting +=
            r.state == ReservationState::Requested || r.state == ReservationState::LeaderApproved;
    }
    QString summary = tr("%n room(s)", nullptr, bookable);
    if (watched)
        summary += u" · "_s +
                   tr("in use now %1 (%2 %)")
                       .arg(inUse)
                       .arg(bookable ? qRound(100.0 * inUse / bookable) : 0) +
                   u" · "_s + tr("%n in the area", nullptr, inArea);
    summary += u" · "_s + tr("approved %1, waiting %2").arg(approved).arg(waiting);
    m_summary->setText(summary);

    const QSignalBlocker quiet(m_list);
    m_list->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const Reservation &r = m_shown.at(row);
        QStringList asked;
        for (const RoomWish &w : r.wishes)
            asked.append(u"%1×%2"_s.arg(FloorPlan::typeName(w.type)).arg(w.count));
        QStringList assigned;
        for (const QString &id : r.rooms)
            assigned.append(rooms.room(id) ? rooms.room(id)->name : id);
        QString last;
        if (!r.decisions.isEmpty()) {
            const ReservationDecision &d = r.decisions.last();
            last = u"%1 %2 %3"_s.arg(
                d.actor, Reservation::actionName(d.action),
                QDateTime::fromMSecsSinceEpoch(d.atMs).toString(u"MM-dd HH:mm"_s));
            if (!d.note.isEmpty())
                last += u": "_s + d.note;
        }
        const QStringList cells{timeOf(r.fromMs, m_day->date()) + u"–"_s +
                                    timeOf(r.toMs, m_day->date()),
                                r.requester(),
                                r.reason,
                                QString::number(r.suspects),
                                asked.join(u", "_s),
                                Reservation::stateName(r.state),
                                assigned.join(u", "_s),
                                last};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (col == 5) {
                QColor c = ReservationTimeline::colourOf(r.state);
                c.setAlpha(90);
                item->setBackground(c);
            }
            m_list->setItem(row, col, item);
        }
        if (r.uid == selectedUid)
            m_list->selectRow(row);
    }
    showSelection();
}

const Reservation *ReservationsDialog::selected() const
{
    const auto rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_shown.size())
        return nullptr;
    return &m_shown.at(rows.first().row());
}

void ReservationsDialog::showSelection()
{
    const Reservation *r = selected();
    const QString role = m_reservations.role();
    const bool available = m_reservations.isAvailable();
    m_request->setEnabled(available && m_area->count() > 0); // once the areas are read
    m_approve->setEnabled(available && r && r->state == ReservationState::Requested &&
                          Reservation::leads(role));
    m_assign->setEnabled(available && r && r->state == ReservationState::LeaderApproved &&
                         Reservation::headsLegal(role));
    m_reject->setEnabled(
        available && r &&
        ((r->state == ReservationState::Requested && Reservation::leads(role)) ||
         (r->state == ReservationState::LeaderApproved && Reservation::headsLegal(role))));
    m_cancel->setEnabled(available && r && r->isActive() && r->toMs > m_reservations.nowMs() &&
                         (role.isEmpty() || r->requestedBy == m_reservations.actor()));
}

void ReservationsDialog::answer(const Result<Reservation> &kept)
{
    m_error->setText(kept ? QString() : kept.error().message);
}

void ReservationsDialog::approve()
{
    const Reservation *r = selected();
    if (!r)
        return;
    m_reservations.decide(r->uid, ReservationAction::LeaderApprove, {}, {}, this,
                          [this](Result<Reservation> kept) { answer(kept); });
}

void ReservationsDialog::assign()
{
    const Reservation *r = selected();
    if (!r)
        return;
    const FloorPlan rooms = areaRooms(r->areaUnit, r->area);
    if (rooms.rooms.isEmpty()) {
        m_error->setText(tr("The plan of %1 is not on this workstation; its rooms cannot be "
                            "assigned here.")
                             .arg(r->area));
        return;
    }
    // The other approved reservations of the area over the same time hold their rooms.
    const Reservation asked = *r;
    m_reservations.load(
        asked.fromMs, asked.toMs, this, [this, asked, rooms](Result<QList<Reservation>> others) {
            if (!others) {
                m_error->setText(others.error().message);
                return;
            }
            (new RoomAssignmentDialog(m_reservations, asked, rooms, *others, this))->open();
        });
}

void ReservationsDialog::reject()
{
    const Reservation *r = selected();
    if (!r)
        return;
    const QString uid = r->uid;
    bool ok = false;
    const QString why =
        QInputDialog::getText(this, tr("Reject the request"), tr("Why is the request rejected?"),
                              QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    m_reservations.decide(uid, ReservationAction::Reject, why, {}, this,
                          [this](Result<Reservation> kept) { answer(kept); });
}

void ReservationsDialog::cancel()
{
    const Reservation *r = selected();
    if (!r)
        return;
    const QString uid = r->uid;
    if (QMessageBox::question(
            this, tr("Take the reservation back"),
            tr("Take back the reservation of %1 for %2?").arg(r->area, r->reason)) !=
        QMessageBox::Yes)
        return;
    m_reservations.decide(uid, ReservationAction::Cancel, {}, {}, this,
                          [this](Result<Reservation> kept) { answer(kept); });
}

} // namespace Jiandu
