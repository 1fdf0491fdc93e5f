#include "logrecordmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Jiandu {

LogRecordModel::LogRecordModel(QObject *parent, int maxRows)
    : QAbstractTableModel(parent)
    , m_maxRows(maxRows)
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &LogRecordModel::fetchNew);
    m_poll.start();
    fetchNew();
}

int LogRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int LogRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_records.size()))
        return {};
    const LogRecord &r = m_records[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        case LevelColumn:
            switch (r.type) {
            case QtDebugMsg:
                return tr("Debug");
            case QtInfoMsg:
                return tr("Info");
            case QtWarningMsg:
                return tr("Warning");
            case QtCriticalMsg:
                return tr("Error");
            case QtFatalMsg:
                return tr("Fatal");
            }
            return {};
        case CategoryColumn:
            return r.category;
        case MessageColumn:
            return r.message;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(r.message) : QVariant();
    case Qt::ForegroundRole:
        if (r.type == QtCriticalMsg || r.type == QtFatalMsg)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (r.type == QtWarningMsg)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (r.type == QtDebugMsg)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case TypeRole:
        return int(r.type);
    case CategoryRole:
        return r.category;
    case SequenceRole:
        return r.sequence;
    }
    return {};
}

QVariant LogRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void LogRecordModel::fetchNew()
{
    if (m_paused)
        return;
    const QList<LogRecord> fresh = LogHub::instance().recordsSince(m_lastSequence, m_maxRows);
    if (fresh.isEmpty())
        return;
    m_lastSequence = fresh.constLast().sequence;

    const int overflow = int(m_records.size()) + int(fresh.size()) - m_maxRows;
    if (overflow > 0) {
        const int drop = std::min(overflow, int(m_records.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_records.erase(m_records.begin(), m_records.begin() + drop);
            endRemoveRows();
        }
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    bool newCategory = false;
    for (const LogRecord &r : fresh) {
        if (!m_categories.contains(r.category)) {
            m_categories.append(r.category);
            newCategory = true;
        }
        m_records.push_back(r);
    }
    endInsertRows();
    if (newCategory) {
        m_categories.sort();
        emit categoriesChanged();
    }
}

void LogRecordModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        fetchNew();
}

void LogRecordModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

QStringList LogRecordModel::categories() const
{
    return m_categories;
}

} // namespace Jiandu
