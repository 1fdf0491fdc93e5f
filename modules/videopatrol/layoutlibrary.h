#pragma once

#include <QObject>
#include <sync/api/isyncparticipant.h>
#include <videopatrol/data/layoutrepository.h>
#include <videopatrol/data/layoutsreplica.h>

namespace Jiandu {

class CacheThread;
class IShell;

//! 预案布局 and 上墙 as the unit shares them: named layouts of the patrol grid saved on one
//! workstation appear on the unit's others, and a camera sent to the wall reaches the video
//! wall of every computer of the unit — this computer's at once, the others' through the
//! central service (published as an ISyncParticipant). The list is kept here, read from the
//! cache off the UI thread.
class LayoutLibrary final : public QObject, public Sync::ISyncParticipant
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::Sync::ISyncParticipant)

public:
    //! \a data: the module's database thread; null without a cache (nothing is kept).
    LayoutLibrary(IShell &shell, CacheThread *data, QObject *parent = nullptr);

    const QList<NamedLayout> &layouts() const { return m_layouts; }
    //! Saves the grid's arrangement under \a name for the unit's operators.
    void save(const QString &name, int tiles, const QStringList &cameras);
    void remove(const NamedLayout &layout);
    //! Puts \a cameraId first on the wall; false (with the reason) if it cannot be.
    bool pushToWall(const QString &cameraId, QString *error);

    QStringList kinds() const override { return m_replica.kinds(); }
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override
    {
        return m_replica.apply(db, change);
    }
    void changed(const QStringList &kinds) override;

signals:
    void layoutsChanged();

private:
    void reload();
    //! Layouts kept in the workstation's settings by earlier versions move into the cache.
    void adoptSettings();
    void showNewestWall();

    IShell &m_shell;
    CacheThread *m_data;
    const LayoutsReplica m_replica;
    QList<NamedLayout> m_layouts;
};

} // namespace Jiandu
