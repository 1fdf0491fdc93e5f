#include "logfilterproxymodel.h"

#include "logrecordmodel.h"

namespace Jiandu {

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void LogFilterProxyModel::setMinimumType(QtMsgType type)
{
    m_minimumSeverity = LogHub::severity(type);
    invalidateRowsFilter();
}

void LogFilterProxyModel::setCategory(const QString &category)
{
    m_category = category;
    invalidateRowsFilter();
}

void LogFilterProxyModel::setText(const QString &text)
{
    m_text = text;
    invalidateRowsFilter();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = static_cast<const LogRecordModel *>(sourceModel());
    if (sourceParent.isValid() || sourceRow >= model->rowCount())
        return false;
    const LogRecord &r = model->record(sourceRow);
    if (LogHub::severity(r.type) < m_minimumSeverity)
        return false;
    if (!m_category.isEmpty() && r.category != m_category)
        return false;
    return m_text.isEmpty() || r.message.contains(m_text, Qt::CaseInsensitive) ||
           r.category.contains(m_text, Qt::CaseInsensitive);
}

} // namespace Jiandu
