#pragma once

#include <QImage>
#include <QObject>
#include <core/result.h>
#include <videopatrol/data/findingsreplica.h>

class QWidget;

namespace Jiandu {

class CacheThread;
class IShell;
struct SiteCamera;

//! What an operator keeps from what they watched, live or played back: snapshots (抓拍)
//! and findings (发现问题, a note with the snapshot of that moment), which can go on into the
//! closed loop as a problem (the alerts module's IProblems). Both tell the operator how it
//! went. Findings are stored on the module's database thread.
class Evidence final : public QObject, public Sync::ISyncParticipant
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::Sync::ISyncParticipant)

public:
    //! \a data: the module's database thread; null without a cache (nothing is recorded).
    Evidence(IShell &shell, CacheThread *data, QObject *parent = nullptr);
    //! The module's database thread (null without a cache).
    CacheThread *data() const { return m_data; }
    //! This workstation's key that seals clip manifests (ClipExporter::kSealPurpose), read
    //! from the cache on the database thread as the module starts; empty until then and
    //! without a cache (a manifest is then checked for integrity only).
    QByteArray sealKey() const { return m_sealKey; }
    //! Runs \a use with the seal key once it has been read (at once if it has), on
    //! \a context's thread while \a context exists.
    void withSealKey(QObject *context, std::function<void(const QByteArray &key)> use) const;
    ~Evidence() override;

    //! Saves \a frame (seen at \a timeMs) under the snapshots folder, encoded off the UI
    //! thread; the operator is told where it went (snapshotSaved follows).
    void saveSnapshot(const SiteCamera &camera, const QImage &frame, qint64 timeMs);
    //! Asks for the note (and whether to open a problem), then stores the finding with
    //! \a frame as its snapshot.
    void reportFinding(QWidget *parent, const SiteCamera &camera, const QImage &frame,
                       qint64 seenAtMs);

    // Findings shared through the central service (ISyncParticipant).
    QStringList kinds() const override { return m_replica.kinds(); }
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override
    {
        return m_replica.apply(db, change);
    }
    void changed(const QStringList &kinds) override;

signals:
    //! The seal key was read (sealKey()), empty if the cache could not give it.
    void sealKeyRead();
    //! A finding was stored (and, if asked, its problem opened or refused), here or pulled
    //! from the central service (id 0).
    void findingRecorded(qint64 findingId);
    void snapshotSaved(const QString &path);

private:
    void openProblem(const SiteCamera &camera, const QString &unit, const QString &note,
                     qint64 seenAtMs, const QString &snapshotPath);

    IShell &m_shell;
    CacheThread *m_data;
    QByteArray m_sealKey;
    bool m_sealKeyRead = false;
    const FindingsReplica m_replica;
};

} // namespace Jiandu
