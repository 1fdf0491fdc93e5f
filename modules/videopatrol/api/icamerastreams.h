#pragma once

#include <QObject>
#include <QUrl>
#include <memory>

namespace Jiandu {

class CameraFeed;

//! One connection per live camera for everything on the workstation that shows, hears or
//! records it (published by the video patrol module through IShell::addService). A module
//! that shows a camera asks for its feed and starts a LiveStream, AudioMonitor or Recorder
//! from it (media library); the camera is connected while anyone holds the feed. Header only.
class ICameraStreams
{
public:
    virtual ~ICameraStreams() = default;
    //! The shared feed of the camera at \a url (its main stream or sub-stream address);
    //! null when \a url is not a live camera (a file, another scheme): open it directly.
    virtual std::shared_ptr<CameraFeed> feed(const QUrl &url) = 0;
};

} // namespace Jiandu

Q_DECLARE_INTERFACE(Jiandu::ICameraStreams, "org.jiandu.CameraStreams/1")
