#include "alertinboxmodel.h"

#include "alertpresentation.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

// internalId: 0 for a group row, group + 1 for an alert row.
constexpr quintptr kGroupRow = 0;

} // namespace

AlertInboxModel::AlertInboxModel(const AlertIndex &index, Fetch fetch, std::function<qint64()> now,
                                 std::function<QString(const QString &)> ruleName, QObject *parent)
    : QAbstractItemModel(parent)
    , m_index(index)
    , m_fetch(std::move(fetch))
    , m_now(std::move(now))
    , m_ruleName(std::move(ruleName))
{
    rebuild();
}

void AlertInboxModel::setFilter(const AlertFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void AlertInboxModel::setGroupBy(AlertIndex::GroupBy by)
{
    if (by == m_groupBy)
        return;
    m_groupBy = by;
    refresh();
}

void AlertInboxModel::refresh()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void AlertInboxModel::invalidate(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        m_records.remove(id);
        m_unreadable.remove(id);
    }
}

void AlertInboxModel::takeRecords(const QList<qint64> &asked, const QList<AlertRecord> &records)
{
    for (qint64 id : asked) {
        m_requested.remove(id);
        m_unreadable.insert(id);
    }
    for (const AlertRecord &a : records) {
        m_unreadable.remove(a.id);
        m_records.insert(a.id, new AlertRecord(a));
    }
    // The view repaints the rows it shows; finding each row of a million would cost more.
    const auto changed = [this](const QModelIndex &parent, int rows) {
        if (rows > 0)
            emit dataChanged(index(0, Message, parent), index(rows - 1, Status, parent));
    };
    if (m_groupBy == AlertIndex::GroupBy::None)
        return changed({}, int(m_groups[0].rows.size()));
    for (size_t g = 0; g < m_groups.size(); ++g)
        changed(index(int(g), 0), int(m_groups[g].rows.size()));
}

QString AlertInboxModel::groupName(int key) const
{
    switch (m_groupBy) {
    case AlertIndex::GroupBy::None:
        return {};
    case AlertIndex::GroupBy::Unit: {
        const QString name = m_index.units().value(key);
        return name.isEmpty() ? tr("(no unit)") : name;
    }
    case AlertIndex::GroupBy::Element:
        return AlertPresentation::elementName(m_index.elements().value(key));
    case AlertIndex::GroupBy::Tier:
        return AlertPresentation::tierName(Jiandu::Tier(key));
    case AlertIndex::GroupBy::Status:
        return AlertPresentation::statusName(AlertRecord::Status(key));
    }
    return {};
}

void AlertInboxModel::rebuild()
{
    std::vector<quint32> rows = m_index.filter(m_filter, m_now());
    m_visible = qsizetype(rows.size());
    m_groups.clear();
    if (m_groupBy == AlertIndex::GroupBy::None) {
        m_groups.push_back({{}, std::move(rows)});
        return;
    }
    // Groups in a fixed order (severest tier first, statuses as the workflow goes, names as
    // they came), each newest first.
    QHash<int, size_t> slot;
    std::vector<int> keys;
    for (quint32 position : rows) {
        const int key = m_index.groupOf(position, m_groupBy);
        auto it = slot.find(key);
        if (it == slot.end()) {
            it = slot.insert(key, m_groups.size());
            m_groups.push_back({groupName(key), {}});
            keys.push_back(key);
        }
        m_groups[it.value()].rows.push_back(position);
    }
    std::vector<size_t> order(m_groups.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const bool tier = m_groupBy == AlertIndex::GroupBy::Tier;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return tier ? keys[a] > keys[b] : keys[a] < keys[b]; });
    std::vector<Group> sorted;
    sorted.reserve(order.size());
    for (size_t i : order)
        sorted.push_back(std::move(m_groups[i]));
    m_groups = std::move(sorted);
}

const AlertRecord *AlertInboxModel::record(int group, int row) const
{
    const std::vector<quint32> &rows = m_groups[size_t(group)].rows;
    const qint64 id = m_index.entry(rows[size_t(row)]).id;
    if (const AlertRecord *cached = m_records.object(id))
        return cached;
    if (m_requested.contains(id) || m_unreadable.contains(id))
        return nullptr;
    // The whole page around the row in one query, on the database thread.
    QList<qint64> ids;
    const int first = row - row % kPage;
    for (int r = first; r < std::min<int>(first + kPage, int(rows.size())); ++r) {
        const qint64 other = m_index.entry(rows[size_t(r)]).id;
        if (!m_records.contains(other) && !m_requested.contains(other) &&
            !m_unreadable.contains(other))
            ids.append(other);
    }
    for (qint64 asked : std::as_const(ids))
        m_requested.insert(asked);
    if (m_fetch)
        m_fetch(ids);
    return m_records.object(id); // a fetch that answers at once (a benchmark) is shown now
}

QModelIndex AlertInboxModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (m_groupBy == AlertIndex::GroupBy::None) {
        if (parent.isValid() || row >= int(m_groups[0].rows.size()))
            return {};
        return createIndex(row, column, quintptr(1));
    }
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || row >= int(m_groups[size_t(parent.row())].rows.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AlertInboxModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow ||
        m_groupBy == AlertIndex::GroupBy::None)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int AlertInboxModel::rowCount(const QModelIndex &parent) const
{
    if (m_groupBy == AlertIndex::GroupBy::None)
        return parent.isValid() ? 0 : int(m_groups[0].rows.size());
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupRow && parent.column() == 0)
        return int(m_groups[size_t(parent.row())].rows.size());
    return 0;
}

int AlertInboxModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex AlertInboxModel::indexOfAlert(qint64 id) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const auto &rows = m_groups[g].rows;
        for (size_t r = 0; r < rows.size(); ++r) {
            if (m_index.entry(rows[r]).id == id) {
                if (m_groupBy == AlertIndex::GroupBy::None)
                    return createIndex(int(r), 0, quintptr(1));
                return createIndex(int(r), 0, quintptr(g + 1));
            }
        }
    }
    return {};
}

qint64 AlertInboxModel::alertId(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return 0;
    const size_t group = index.internalId() - 1;
    return m_index.entry(m_groups[group].rows[size_t(index.row())]).id;
}

QVariant AlertInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow) {
        const Group &group = m_groups[size_t(index.row())];
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("%1 (%2)").arg(group.name).arg(group.rows.size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == GroupRole)
            return true;
        return {};
    }
    const size_t group = index.internalId() - 1;
    const AlertIndex::Entry &e = m_index.entry(m_groups[group].rows[size_t(index.row())]);
    const auto tier = Jiandu::Tier(e.tier);
    const auto status = AlertRecord::Status(e.status);
    const qint64 now = m_now();
    switch (role) {
    case IdRole:
        return e.id;
    case TierRole:
        return e.tier;
    case StatusRole:
        return e.status;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Tier:
            return AlertPresentation::tierName(tier);
        case Message:
            if (const AlertRecord *a = record(int(group), index.row()))
                return AlertPresentation::headline(m_ruleName(a->ruleId), a->subjectJson);
            return m_unreadable.contains(e.id) ? tr("(not readable)") : tr("…");
        case Owner:
            if (const AlertRecord *a = record(int(group), index.row()))
                return a->claimedBy;
            return {};
        case Element:
            return AlertPresentation::elementName(m_index.elementName(e));
        case Unit:
            return m_index.unitName(e);
        case Raised:
            return AlertPresentation::timeText(e.raisedMs);
        case Deadline:
            return status == AlertRecord::Status::Resolved
                       ? AlertPresentation::timeText(e.deadlineMs)
                       : AlertPresentation::countdown(e.deadlineMs, now);
        case Status:
            if (const AlertRecord *a = record(int(group), index.row()))
                return AlertPresentation::stateText(*a, now);
            return AlertPresentation::statusName(status);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Message) {
            if (const AlertRecord *a = record(int(group), index.row()))
                return AlertPresentation::headline(m_ruleName(a->ruleId), a->subjectJson);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Tier)
            return AlertPresentation::tierColour(tier);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Tier)
            return AlertPresentation::tierColour(tier);
        if (index.column() == Deadline && e.deadlineMs >= 0 && e.deadlineMs <= now &&
            status != AlertRecord::Status::Resolved)
            return AlertPresentation::tierColour(Tier::Alarm);
        if (status == AlertRecord::Status::Resolved)
            return QColor(Qt::gray);
        return {};
    case Qt::BackgroundRole: {
        if (status != AlertRecord::Status::New || e.suppressedUntilMs > now)
            return {};
        if (tier == Tier::Alarm) {
            QColor c = AlertPresentation::tierColour(tier);
            c.setAlpha(m_flashOn ? 90 : 20);
            return c;
        }
        if (m_highlightSince && e.raisedMs >= m_highlightSince)
            return QColor(255, 243, 176);
        return {};
    }
    case Qt::FontRole:
        if (status == AlertRecord::Status::New) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QVariant AlertInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tier:
        return tr("Tier");
    case Message:
        return tr("Alert");
    case Element:
        return tr("Element");
    case Unit:
        return tr("Unit");
    case Owner:
        return tr("Owner");
    case Raised:
        return tr("Raised");
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace Jiandu
