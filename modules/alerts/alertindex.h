#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <alerts/data/alertrepository.h>
#include <memory>
#include <vector>

namespace Jiandu {

//! What the inbox shows: any combination of tiers, statuses, one element, one unit, a time
//! window, a search's result; silenced alerts only on request.
struct AlertFilter
{
    quint8 tiers = 0xff;      //!< bit per Tier (1 << Tier)
    quint8 statuses = 0b1111; //!< bit per AlertRecord::Status
    QString element;          //!< empty: any
    QString unit;             //!< empty: any
    qint64 fromMs = 0;        //!< raised at or after (0: no bound)
    qint64 toMs = 0;          //!< raised before (0: no bound)
    bool includeSilenced = false;
    //! Only these alerts (a search's result); null: no such limit.
    std::shared_ptr<const QSet<qint64>> only;

    friend bool operator==(const AlertFilter &, const AlertFilter &) = default;
};

//! Every alert's summary in memory, 40 bytes each, newest first: a million alerts are
//! filtered and counted in milliseconds, and the inbox reads an alert whole from the cache
//! only when a row of it is on screen.
class AlertIndex
{
public:
    enum class GroupBy { None, Unit, Element, Tier, Status };

    struct Entry
    {
        qint64 id = 0;
        qint64 raisedMs = 0;
        qint64 deadlineMs = -1;
        qint64 suppressedUntilMs = 0;
        quint16 unit = 0;
        quint8 element = 0;
        quint8 tier = 0;
        quint8 status = 0;
        bool escalated = false;
    };

    //! Adds \a summary, or updates the entry with its id.
    void upsert(const AlertRepository::Summary &summary);
    //! Adds a new alert without keeping the order (a first load); reorder() when done.
    void append(const AlertRepository::Summary &summary);
    void reorder();
    qsizetype size() const { return qsizetype(m_order.size()); }
    qint64 lastId() const { return m_lastId; }
    bool contains(qint64 id) const { return m_byId.contains(id); }

    //! Positions (into entry()) of the alerts \a filter lets through at \a nowMs, newest first.
    std::vector<quint32> filter(const AlertFilter &filter, qint64 nowMs) const;
    const Entry &entry(quint32 position) const { return m_entries[position]; }
    //! The group \a position falls in; names by groupNames().
    int groupOf(quint32 position, GroupBy by) const;
    QStringList groupNames(GroupBy by) const;
    QString unitName(const Entry &e) const { return m_units.value(e.unit); }
    QString elementName(const Entry &e) const { return m_elements.value(e.element); }
    QStringList units() const { return m_units; }
    QStringList elements() const { return m_elements; }

private:
    static int intern(QStringList &names, QHash<QString, int> &index, const QString &name);
    bool earlier(quint32 a, quint32 b) const;
    Entry entryOf(const AlertRepository::Summary &summary);

    std::vector<Entry> m_entries;  // by arrival
    std::vector<quint32> m_order;  // positions, oldest first (new alerts go at the end)
    QHash<qint64, quint32> m_byId; // id → position
    QStringList m_units{QString()};
    QHash<QString, int> m_unitIndex{{QString(), 0}};
    QStringList m_elements{QString()};
    QHash<QString, int> m_elementIndex{{QString(), 0}};
    qint64 m_lastId = 0;
};

} // namespace Jiandu
