#pragma once

#include <QSortFilterProxyModel>

namespace Jiandu {

//! Filters log rows by minimum level, source category and a case-insensitive text.
class LogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxyModel(QObject *parent = nullptr);

    void setMinimumType(QtMsgType type);
    //! Empty shows every category.
    void setCategory(const QString &category);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumSeverity = 0;
    QString m_category;
    QString m_text;
};

} // namespace Jiandu
