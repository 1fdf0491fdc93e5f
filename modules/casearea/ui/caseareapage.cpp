#include "caseareapage.h"

#include "../briefs.h"
#include "../journeys.h"
#include "../liveplace.h"
#include "../placehistory.h"
#include "devicesdialog.h"
#include "floorplanview.h"
#include "planeditordialog.h"
#include "reservationsdialog.h"
#include "staydocumentprinter.h"
#include "stayhistorydialog.h"
#include "stepdialog.h"
#include "stepforms.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <core/localtime.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {
enum Column { NameColumn, RoleColumn, RoomColumn, SinceColumn, TagColumn, StepsColumn, Columns };
}

CaseAreaPage::CaseAreaPage(IShell &shell, LivePlace &place, Journeys &journeys,
                           PlaceHistory &history, Briefs &briefs, PlanLibrary &plans,
                           Reservations &reservations, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_place(place)
    , m_journeys(journeys)
    , m_history(history)
    , m_briefs(briefs)
    , m_plans(plans)
    , m_reservations(reservations)
{
    setObjectName(u"caseAreaPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(place.tracker().plan().area.toHtmlEscaped()), this);
    m_feed = new QLabel(this);
    m_feed->setObjectName(u"feedState"_s);
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch();
    head->addWidget(m_feed);
    // 简报: the morning's and the evening's of the day shown, on demand.
    auto *brief = new QPushButton(tr("Briefs"), this);
    brief->setObjectName(u"briefs"_s);
    auto *briefMenu = new QMenu(brief);
    briefMenu->addAction(tr("Morning brief (17:00–08:00)"), this, [this] { makeBrief(0); });
    briefMenu->addAction(tr("Evening brief (08:00–17:00)"), this, [this] { makeBrief(1); });
    brief->setMenu(briefMenu);
    head->addWidget(brief);
    auto *edit = new QPushButton(tr("Edit plan…"), this);
    edit->setObjectName(u"editPlan"_s);
    connect(edit, &QPushButton::clicked, this,
            [this] { (new PlanEditorDialog(m_shell, m_place, m_plans, this))->show(); });
    head->addWidget(edit);
    // 场所预约统筹: the areas' rooms by day, requested and approved in turn.
    auto *reserve = new QPushButton(tr("Reservations…"), this);
    reserve->setObjectName(u"reservations"_s);
    connect(reserve, &QPushButton::clicked, this, [this] {
        if (auto *open = findChild<ReservationsDialog *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        (new ReservationsDialog(m_reservations, m_place, this))->show();
    });
    head->addWidget(reserve);
    // 设备管理: the floor's hardware, and the bands and cards as they are heard now.
    auto *devices = new QPushButton(tr("Devices…"), this);
    devices->setObjectName(u"devices"_s);
    connect(devices, &QPushButton::clicked, this, [this] {
        if (auto *open = findChild<DevicesDialog *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        (new DevicesDialog(m_place, m_journeys, m_plans, this))->show();
    });
    head->addWidget(devices);
    layout->addLayout(head);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_view = new FloorPlanView(place, split);
    auto *sideTabs = new QTabWidget(split);
    auto *side = new QWidget(sideTabs);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *register_ = new QPushButton(tr("Entry registration"), side);
    register_->setObjectName(u"registerEntry"_s);
    auto *card = new QPushButton(tr("Bind officer's card"), side);
    auto *returnCard = new QPushButton(tr("Return card"), side);
    returnCard->setObjectName(u"returnCard"_s);
    returnCard->setEnabled(false);
    m_returnCard = returnCard;
    connect(returnCard, &QPushButton::clicked, this, &CaseAreaPage::returnCard);
    auto *deskHead = new QHBoxLayout;
    deskHead->addWidget(register_);
    deskHead->addWidget(card);
    deskHead->addWidget(returnCard);
    deskHead->addStretch();
    sideLayout->addLayout(deskHead);
    m_people = new QTableWidget(0, Columns, side);
    m_people->setObjectName(u"peopleInArea"_s);
    m_people->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Room"), tr("Since"), tr("Tag"), tr("Steps")});
    m_people->verticalHeader()->hide();
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setSelectionMode(QAbstractItemView::SingleSelection);
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_people->horizontalHeader()->setStretchLastSection(true);
    sideLayout->addWidget(m_people, 1);
    m_chosen = new QLabel(side);
    m_chosen->setObjectName(u"chosenStay"_s);
    m_chosen->setWordWrap(true);
    sideLayout->addWidget(m_chosen);
    // The chosen subject's steps, in the order a stay usually takes them.
    auto *steps = new QGridLayout;
    const QList<std::pair<QString, std::function<StepDialog *(const QString &)>>> forms{
        {tr("Safety check"),
         [this](const QString &uid) {
             return StepForms::safetyCheck(m_journeys, uid, this);
         }},
        {tr("Belongings"),
         [this](const QString &uid) {
             return StepForms::belongings(m_journeys, uid, this);
         }},
        {tr("Info collection"),
         [this](const QString &uid) {
             return StepForms::infoCollection(m_journeys, uid, this);
         }},
        {tr("Drug test"),
         [this](const QString &uid) {
             return StepForms::drugTest(m_journeys, uid, this);
         }},
        {tr("Link case"),
         [this](const QString &uid) {
             return StepForms::caseLink(m_journeys, uid, this);
         }},
        {tr("Temporary leave"),
         [this](const QString &uid) {
             return StepForms::temporaryLeave(m_journeys, uid, this);
         }},
        {tr("Back from leave"),
         [this](const QString &uid) {
             return StepForms::returnFromLeave(m_journeys, uid, this);
         }},
        {tr("Return belongings"),
         [this](const QString &uid) {
             return StepForms::returnBelongings(m_journeys, uid, this);
         }},
        {tr("Deregister"),
         [this](const QString &uid) {
             return StepForms::deregistration(m_journeys, uid, this);
         }},
    };
    for (const auto &[title, form] : forms) {
        auto *button = new QPushButton(title, side);
        button->setObjectName(u"step_"_s + QString::number(m_stepButtons.size()));
        connect(button, &QPushButton::clicked, this, [this, form] {
            const QString uid = selectedStay();
            if (!uid.isEmpty())
                open(form(uid));
        });
        steps->addWidget(button, int(m_stepButtons.size()) / 3, int(m_stepButtons.size()) % 3);
        m_stepButtons.append(button);
    }
    // The papers the stay has come far enough for, printed to PDF.
    auto *documents = new QPushButton(tr("Documents"), side);
    documents->setObjectName(u"stayDocuments"_s);
    auto *menu = new QMenu(documents);
    documents->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        if (const Stay *stay = m_journeys.book().stay(selectedStay()))
            StayDocumentPrinter::fillMenu(menu, this, m_shell, *stay, m_place.tracker().plan().area,
                                          m_place.nowMs());
    });
    steps->addWidget(documents, int(m_stepButtons.size()) / 3, int(m_stepButtons.size()) % 3);
    m_stepButtons.append(documents);
    auto *historyButton = new QPushButton(tr("Stay history"), side);
    historyButton->setObjectName(u"stayHistoryButton"_s);
    connect(historyButton, &QPushButton::clicked, this, [this] {
        if (const QString uid = selectedStay(); !uid.isEmpty())
            openHistory(uid);
    });
    steps->addWidget(historyButton, int(m_stepButtons.size()) / 3, int(m_stepButtons.size()) % 3);
    m_stepButtons.append(historyButton);
    m_leave = m_stepButtons[5];
    m_back = m_stepButtons[6];
    sideLayout->addLayout(steps);
    sideTabs->addTab(side, tr("In the area"));
    sideTabs->addTab(pastStays(sideTabs), tr("Past stays"));
    split->addWidget(m_view);
    split->addWidget(sideTabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    sideTabs->setMinimumWidth(300);
    split->setSizes({680, 380});
    layout->addWidget(split, 1);

    // The desk takes steps once the kept records are read (a moment after start).
    for (QPushButton *button : {register_, card}) {
        button->setEnabled(m_journeys.isRestored());
        connect(&m_journeys, &Journeys::restored, button,
                [this, button] { button->setEnabled(m_journeys.isRestored()); });
    }
    connect(register_, &QPushButton::clicked, this,
            [this] { open(StepForms::entry(m_journeys, m_shell.context().unit, this)); });
    connect(card, &QPushButton::clicked, this,
            [this] { open(StepForms::officerCard(m_journeys, this)); });
    connect(m_people, &QTableWidget::itemSelectionChanged, this, &CaseAreaPage::updateDesk);
    connect(m_people, &QTableWidget::itemDoubleClicked, this, [this] {
        if (const QString uid = selectedStay(); !uid.isEmpty())
            openHistory(uid);
    });
    connect(&m_journeys, &Journeys::bookChanged, this, &CaseAreaPage::refreshPeople);
    connect(m_view, &FloorPlanView::roomActivated, this, &CaseAreaPage::showRoom);
    // The list is read once a second, not at every position.
    connect(&m_refresh, &QTimer::timeout, this, &CaseAreaPage::refreshPeople);
    m_refresh.start(1000);
    refreshPeople();
}

void CaseAreaPage::refreshPeople()
{
    // The last time the feed was away (not the moment of connecting at start): where people
    // were then is not known.
    QString feed = m_place.feedWords();
    const auto &gaps = m_place.gaps();
    if (!gaps.isEmpty() && gaps.constLast().second - gaps.constLast().first >= 2000)
        feed += u" · "_s + tr("no positions %1–%2")
                               .arg(localTimeText(gaps.constLast().first).mid(11, 8),
                                    localTimeText(gaps.constLast().second).mid(11, 8));
    m_feed->setText(feed);
    m_feed->setStyleSheet(m_place.feedFlowing() ? QString() : u"color: #b71c1c"_s);
    const JourneyBook &book = m_journeys.book();
    const auto &tags = m_place.tracker().tags();
    struct Row
    {
        QString key; //!< the stay's uid, or "card:" and the tag
        QString name, tag;
        bool subject;
        QString steps;
    };
    QList<Row> rows;
    QList<const Stay *> stays;
    for (const Stay &stay : book.stays()) {
        if (stay.inArea())
            stays.append(&stay);
    }
    std::sort(stays.begin(), stays.end(),
              [](const Stay *a, const Stay *b) { return a->enteredMs < b->enteredMs; });
    for (const Stay *stay : stays) {
        QStringList done;
        if (stay->safetyCheckMs >= 0)
            done.append(tr("checked"));
        if (stay->infoCollectedMs >= 0)
            done.append(tr("collected"));
        if (const auto held = stay->held().size())
            done.append(tr("%n item(s) held", nullptr, int(held)));
        if (stay->away)
            done.append(tr("on leave"));
        rows.append({stay->uid, stay->name, stay->tag, true, done.join(u" · "_s)});
    }
    QStringList cards = book.officerCards().keys();
    std::sort(cards.begin(), cards.end());
    for (const QString &tag : cards)
        rows.append({u"card:"_s + tag, book.officerCards().value(tag), tag, false, {}});

    const QString chosen = selectedStay();
    const QSignalBlocker quiet(m_people);
    m_people->setRowCount(int(rows.size()));
    const qint64 now = m_place.nowMs();
    for (int row = 0; row < rows.size(); ++row) {
        const Row &r = rows[row];
        const auto state = tags.value(r.tag);
        const Room *room = m_place.tracker().plan().room(state.room);
        QString tagState = r.tag;
        if (state.lastMs < 0)
            tagState += u" · "_s + tr("not seen yet");
        else if (state.lost)
            tagState += u" · "_s + tr("silent for %1 min").arg((now - state.lastMs) / 60000);
        const QStringList cells{r.name,
                                r.subject ? tr("Subject") : tr("Officer"),
                                room ? room->name : u"—"_s,
                                state.roomSinceMs > 0 ? localTimeText(state.roomSinceMs).mid(11, 5)
                                                      : u"—"_s,
                                tagState,
                                r.steps};
        for (int col = 0; col < Columns; ++col) {
            auto *item = m_people->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_people->setItem(row, col, item);
            }
            item->setText(cells[col]);
            item->setData(Qt::UserRole, r.key);
            item->setForeground(state.lost ? palette().color(QPalette::PlaceholderText)
                                           : palette().color(QPalette::Text));
        }
        if (r.key == chosen)
            m_people->selectRow(row);
    }
    updateDesk();
}

QString CaseAreaPage::selectedStay() const
{
    const auto selected = m_people->selectedItems();
    if (selected.isEmpty())
        return {};
    const QString key = selected.first()->data(Qt::UserRole).toString();
    return key.startsWith(u"card:"_s) ? QString() : key;
}

QString CaseAreaPage::selectedCard() const
{
    const auto selected = m_people->selectedItems();
    const QString key =
        selected.isEmpty() ? QString() : selected.first()->data(Qt::UserRole).toString();
    return key.startsWith(u"card:"_s) ? key.mid(5) : QString();
}

void CaseAreaPage::returnCard()
{
    const QString tag = selectedCard();
    if (tag.isEmpty())
        return;
    const QString officer = m_journeys.book().officerCards().value(tag);
    if (QMessageBox::question(
            this, tr("Return card"),
            tr("%1 returns card %2: it is unbound and may be given again.").arg(officer, tag)) !=
        QMessageBox::Yes)
        return;
    m_journeys.record(m_journeys.newStep(u"officer.card-unbound"_s, {}, {{u"tag"_s, tag}}), this,
                      [this](Result<void> done) {
                          if (!done)
                              m_shell.notify(Severity::Warning, tr("Return card"),
                                             done.error().message);
                      });
}

void CaseAreaPage::updateDesk()
{
    m_returnCard->setEnabled(!selectedCard().isEmpty());
    const Stay *stay = m_journeys.book().stay(selectedStay());
    for (QPushButton *button : std::as_const(m_stepButtons))
        button->setEnabled(stay && stay->inArea());
    if (!stay) {
        m_chosen->setText(tr("Choose a subject in the list for the next step of the stay."));
        return;
    }
    m_leave->setEnabled(!stay->away);
    m_back->setEnabled(stay->away);
    QStringList facts{u"<b>%1</b> %2"_s.arg(stay->name.toHtmlEscaped(), stay->personId)};
    if (!stay->idCard.isEmpty())
        facts.append(stay->idCard);
    facts.append(tr("in since %1").arg(localTimeText(stay->enteredMs).mid(5, 11)));
    if (!stay->categories.isEmpty())
        facts.append(u"<span style=\"color:#b71c1c\">%1</span>"_s.arg(
            stay->categories.join(u"、"_s).toHtmlEscaped()));
    facts.append(
        stay->caseLinked()
            ? tr("case %1").arg(
                  (stay->caseNo.isEmpty() ? stay->incidentNo : stay->caseNo).toHtmlEscaped())
            : tr("no case linked"));
    m_chosen->setText(facts.join(u" · "_s));
}

void CaseAreaPage::openHistory(const QString &stayUid)
{
    auto *dialog = new StayHistoryDialog(m_shell, m_place, m_journeys, m_history, stayUid, this);
    dialog->show();
}

QWidget *CaseAreaPage::pastStays(QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    auto *head = new QHBoxLayout;
    m_pastDay = new QDateEdit(QDateTime::fromMSecsSinceEpoch(m_place.nowMs()).date(), widget);
    m_pastDay->setCalendarPopup(true);
    m_pastDay->setDisplayFormat(u"yyyy-MM-dd"_s);
    head->addWidget(new QLabel(tr("Stays of"), widget));
    head->addWidget(m_pastDay);
    head->addStretch();
    layout->addLayout(head);
    m_past = new QTableWidget(0, 5, widget);
    m_past->setObjectName(u"pastStays"_s);
    m_past->setHorizontalHeaderLabels(
        {tr("Name"), tr("In"), tr("Out"), tr("Reason"), tr("Number")});
    m_past->verticalHeader()->hide();
    m_past->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_past->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_past->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_past->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_past, 1);
    layout->addWidget(new QLabel(tr("Double-click a stay to see it whole."), widget));
    connect(m_pastDay, &QDateEdit::dateChanged, this, &CaseAreaPage::loadPastStays);
    connect(m_past, &QTableWidget::itemDoubleClicked, this,
            [this](QTableWidgetItem *item) { openHistory(item->data(Qt::UserRole).toString()); });
    connect(&m_journeys, &Journeys::kept, this, &CaseAreaPage::loadPastStays);
    loadPastStays();
    return widget;
}

void CaseAreaPage::loadPastStays()
{
    const qint64 from = QDateTime(m_pastDay->date(), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(m_pastDay->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    m_journeys.loadStaysDuring(from, to, this, [this](Result<QList<JourneyStep>> steps) {
        if (!steps) {
            m_shell.notify(Severity::Warning, tr("Case-handling area"), steps.error().message);
            return;
        }
        // Each stay as its steps make it.
        const JourneyBook book = JourneyBook::rebuilt(steps.value());
        QList<const Stay *> stays;
        for (const Stay &stay : book.stays())
            stays.append(&stay);
        std::sort(stays.begin(), stays.end(),
                  [](const Stay *a, const Stay *b) { return a->enteredMs > b->enteredMs; });
        m_past->setRowCount(0);
        for (const Stay *stay : std::as_const(stays)) {
            const int row = m_past->rowCount();
            m_past->insertRow(row);
            const QStringList cells{stay->name, localTimeText(stay->enteredMs).mid(5, 11),
                                    stay->inArea() ? tr("still in")
                                                   : localTimeText(stay->leftMs).mid(5, 11),
                                    stay->reason, stay->personId};
            for (int col = 0; col < cells.size(); ++col) {
                auto *item = new QTableWidgetItem(cells[col]);
                item->setData(Qt::UserRole, stay->uid);
                m_past->setItem(row, col, item);
            }
        }
    });
}

void CaseAreaPage::makeBrief(int kind)
{
    const auto which = kind == 0 ? Brief::Kind::Morning : Brief::Kind::Evening;
    const QDate day = QDateTime::fromMSecsSinceEpoch(m_place.nowMs()).date();
    const QString path = QFileDialog::getSaveFileName(
        this, Brief::title(which), m_briefs.scheduledPath(which, day), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    m_briefs.make(which, day, path, [this, which, path](Result<void> made) {
        if (made)
            m_shell.notify(Severity::Information, Brief::title(which), path);
        else
            m_shell.notify(Severity::Warning, Brief::title(which), made.error().message);
    });
}

void CaseAreaPage::open(StepDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseAreaPage::showRoom(const QString &roomId)
{
    const Room *room = m_place.tracker().plan().room(roomId);
    if (!room)
        return;
    if (room->cameras.isEmpty() || !m_shell.openObject(u"camera"_s, room->cameras.first()))
        m_shell.notify(Severity::Information, room->name,
                       tr("No camera of this room can be shown here."));
}

} // namespace Jiandu
