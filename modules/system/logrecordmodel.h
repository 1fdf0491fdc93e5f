#pragma once

#include <QAbstractTableModel>
#include <QTimer>
#include <core/loghub.h>
#include <deque>

namespace Jiandu {

//! The process log as a table (time, level, category, message), fed from the LogHub in
//! batches so a burst of messages never floods the UI thread.
class LogRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn = 0, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role { TypeRole = Qt::UserRole + 1, CategoryRole, SequenceRole };

    explicit LogRecordModel(QObject *parent = nullptr, int maxRows = 20000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    //! Takes the records logged since the last fetch; called by a timer while running.
    void fetchNew();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    //! Forgets the rows shown; new records still arrive.
    void clear();
    QStringList categories() const;
    const LogRecord &record(int row) const { return m_records.at(size_t(row)); }

signals:
    void categoriesChanged();

private:
    std::deque<LogRecord> m_records;
    QStringList m_categories;
    qint64 m_lastSequence = 0;
    int m_maxRows;
    bool m_paused = false;
    QTimer m_poll;
};

} // namespace Jiandu
