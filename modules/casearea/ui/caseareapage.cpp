#include "caseareapage.h"

#include "../liveplace.h"
#include "floorplanview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <core/localtime.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {
enum Column { NameColumn, RoleColumn, RoomColumn, SinceColumn, TagColumn, Columns };
}

CaseAreaPage::CaseAreaPage(IShell &shell, LivePlace &place, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_place(place)
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
    layout->addLayout(head);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_view = new FloorPlanView(place, split);
    m_people = new QTableWidget(0, Columns, split);
    m_people->setObjectName(u"peopleInArea"_s);
    m_people->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Room"), tr("Since"), tr("Tag")});
    m_people->verticalHeader()->hide();
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_people->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(m_view);
    split->addWidget(m_people);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_people->setMinimumWidth(260);
    split->setSizes({700, 340});
    layout->addWidget(split, 1);

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
    const auto &people = m_place.judge().people();
    const auto &tags = m_place.tracker().tags();
    QList<QString> order = people.keys();
    // Subjects first, then officers; by name.
    std::sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        const auto &pa = people[a];
        const auto &pb = people[b];
        if (pa.role != pb.role)
            return pa.role == PlaceJudge::Role::Subject;
        return pa.fields.value(u"name"_s).toString() < pb.fields.value(u"name"_s).toString();
    });
    m_people->setRowCount(int(order.size()));
    const qint64 now = m_place.nowMs();
    for (int row = 0; row < order.size(); ++row) {
        const PlaceJudge::Person &person = people[order[row]];
        const auto state = tags.value(order[row]);
        const Room *room = m_place.tracker().plan().room(state.room);
        QString tagState = order[row];
        if (state.lastMs < 0)
            tagState += u" · "_s + tr("not seen yet");
        else if (state.lost)
            tagState += u" · "_s + tr("silent for %1 min").arg((now - state.lastMs) / 60000);
        const QStringList cells{
            person.fields.value(u"name"_s).toString(),
            person.role == PlaceJudge::Role::Officer ? tr("Officer") : tr("Subject"),
            room ? room->name : u"—"_s,
            state.roomSinceMs > 0 ? localTimeText(state.roomSinceMs).mid(11, 5) : u"—"_s, tagState};
        for (int col = 0; col < Columns; ++col) {
            auto *item = m_people->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_people->setItem(row, col, item);
            }
            item->setText(cells[col]);
            item->setForeground(state.lost ? palette().color(QPalette::PlaceholderText)
                                           : palette().color(QPalette::Text));
        }
    }
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
