#pragma once

#include "../alertindex.h"

#include <QAbstractItemModel>
#include <QCache>
#include <QSet>
#include <functional>

namespace Jiandu {

//! The inbox as a tree: groups (unit, element, tier or status) with their alerts, or the
//! alerts alone. Rows come from the in-memory AlertIndex; an alert's text is read from the
//! cache only when its row is shown, a page at a time, and kept in a bounded cache.
class AlertInboxModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Tier, Message, Element, Unit, Owner, Raised, Deadline, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TierRole, StatusRole, GroupRole };

    //! Asks for the stored alerts \a ids (rows coming into view); the answer comes back
    //! through takeRecords(). Rows show what the index holds until then.
    using Fetch = std::function<void(const QList<qint64> &ids)>;

    //! \a ruleName names a rule by its id (in the inbox's language).
    AlertInboxModel(const AlertIndex &index, Fetch fetch, std::function<qint64()> now,
                    std::function<QString(const QString &)> ruleName, QObject *parent = nullptr);

    void setFilter(const AlertFilter &filter);
    const AlertFilter &filter() const { return m_filter; }
    void setGroupBy(AlertIndex::GroupBy by);
    AlertIndex::GroupBy groupBy() const { return m_groupBy; }
    //! The index changed (new or updated alerts): rows are computed again.
    void refresh();
    //! Alerts whose stored text changed (acknowledged, silenced): read again when shown.
    void invalidate(const QList<qint64> &ids);
    //! The answer to a Fetch for \a asked: those of \a records are shown; the others cannot be
    //! read and say so.
    void takeRecords(const QList<qint64> &asked, const QList<AlertRecord> &records);
    //! The stored alert \a id if a row showed it lately, else null.
    const AlertRecord *cachedRecord(qint64 id) const { return m_records.object(id); }
    //! Alarms not yet acknowledged are drawn in their colour when on, plain when off.
    void setFlashOn(bool on) { m_flashOn = on; }
    //! Alerts raised since this time are drawn highlighted.
    void setHighlightSince(qint64 ms) { m_highlightSince = ms; }

    qsizetype alertCount() const { return m_visible; }
    QModelIndex indexOfAlert(qint64 id) const;
    qint64 alertId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString name;
        std::vector<quint32> rows; // positions in the index
    };
    static constexpr int kPage = 100;

    void rebuild();
    const AlertRecord *record(int group, int row) const;
    QString groupName(int key) const;

    const AlertIndex &m_index;
    Fetch m_fetch;
    mutable QSet<qint64> m_requested; // asked for, no answer yet
    QSet<qint64> m_unreadable;        // asked for, not found
    std::function<qint64()> m_now;
    std::function<QString(const QString &)> m_ruleName;
    AlertFilter m_filter;
    AlertIndex::GroupBy m_groupBy = AlertIndex::GroupBy::None;
    std::vector<Group> m_groups; // one unnamed group when not grouping
    qsizetype m_visible = 0;
    mutable QCache<qint64, AlertRecord> m_records{4000};
    bool m_flashOn = true;
    qint64 m_highlightSince = 0;
};

} // namespace Jiandu
