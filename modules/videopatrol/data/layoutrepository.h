#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <core/result.h>

namespace Jiandu {

//! A named arrangement of the patrol grid (预案布局): how many tiles and which camera in each.
struct NamedLayout
{
    QString unit; //!< the unit whose operators share it (its code; empty on a standalone site)
    QString name;
    int tiles = 4;
    QStringList cameras; //!< per tile, empty where a tile is empty
    QString savedBy;
    qint64 savedMs = 0;
    int version = 0; //!< the central service's version (0: never confirmed by it)
};

//! The named layouts and the video wall's cameras (上墙) in the cache. A layout saved or
//! deleted here, and a camera sent to the wall, are queued for the central service in the
//! same transaction; what the service sends is stored as it says.
class LayoutRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::LayoutRepository)

public:
    explicit LayoutRepository(QSqlDatabase db);

    Result<QList<NamedLayout>> list();
    //! Saves \a layout over the version this workstation has (if any), as \a actor.
    Result<NamedLayout> save(NamedLayout layout, const QString &actor, qint64 nowMs);
    Result<void> remove(const QString &unit, const QString &name, const QString &actor,
                        qint64 nowMs);
    //! Queues \a cameraId for the front of \a unit's video wall on every computer.
    Result<void> pushToWall(const QString &unit, const QString &cameraId, const QString &actor,
                            qint64 nowMs);

    //! A layout as the service sent it (its body), or its deletion (by key "unit/name").
    Result<void> applyRemote(const QJsonObject &body);
    Result<void> removeRemote(const QString &key);
    //! A unit's wall as the service sent it.
    Result<void> applyRemoteWall(const QJsonObject &body);
    //! The newest wall any unit in this workstation's scope had sent: cameras, by whom, when.
    struct Wall
    {
        QStringList cameras;
        QString sentBy;
        qint64 sentMs = 0;
    };
    Result<Wall> latestWall();

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu
