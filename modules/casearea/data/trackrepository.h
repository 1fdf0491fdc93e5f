#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <casearea/tracking/staytrajectory.h>
#include <core/result.h>

namespace Jiandu {

//! Who was in which room when, as the live plan judged it, in the cache.
class TrackRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::TrackRepository)

public:
    struct Row
    {
        QString tag;
        QString room;
        bool in = true; //!< came into the room; false: fell silent there (at its last position)
        qint64 atMs = 0;
    };

    explicit TrackRepository(QSqlDatabase db);
    Result<void> add(const QList<Row> &rows);
    //! The rows of [fromMs, toMs) in time order, and for each tag the row that put it where it
    //! was at fromMs; only \a tags' when given.
    Result<QList<Row>> between(qint64 fromMs, qint64 toMs, const QStringList &tags = {});
    //! One tag's rooms over [fromMs, toMs) as the rows say.
    static QList<CaseArea::RoomStretch> stretches(const QList<Row> &rows, const QString &tag,
                                                  qint64 fromMs, qint64 toMs);
    //! Where each tag was at \a atMs (tag → room), from rows in time order.
    static QHash<QString, QString> roomsAt(const QList<Row> &rows, qint64 atMs);

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu
