#pragma once

#include "api/icamerastreams.h"

#include <QHash>
#include <QObject>

namespace Jiandu {

//! The workstation's live-camera connections, one per address, shared by the tiles, the
//! sound, the recordings and the snapshots of every module (ICameraStreams). A feed lives
//! while someone holds it: the last tile closing and the recording stopping end the session.
class CameraStreams : public QObject, public ICameraStreams
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::ICameraStreams)
public:
    explicit CameraStreams(QObject *parent = nullptr);
    ~CameraStreams() override;

    std::shared_ptr<CameraFeed> feed(const QUrl &url) override;
    //! The cameras connected now (for the overview and the tests).
    int connected() const;

private:
    QHash<QString, std::weak_ptr<CameraFeed>> m_feeds; // address → its feed, while held
};

} // namespace Jiandu
