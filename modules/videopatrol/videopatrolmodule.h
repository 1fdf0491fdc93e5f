#pragma once

#include <QObject>
#include <QPointer>
#include <memory>
#include <moduleapi/imodule.h>

namespace Jiandu {

class CacheThread;
class CameraStreams;
class Evidence;
class LayoutLibrary;
class Recordings;
class VideoPatrolPage;

//! 视频督察: live patrol of the site's cameras.
class VideoPatrolModule final : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.jiandu.Module/1" FILE "videopatrol.json")
    Q_INTERFACES(Jiandu::IModule)

public:
    Result<void> initialize(IShell &shell) override;
    QList<const Setting *> settings() const override;
    QList<Migration> migrations() const override;
    void aboutToShutdown() override;
    VideoPatrolModule();
    ~VideoPatrolModule() override;

private:
    QPointer<VideoPatrolPage> m_live;
    std::unique_ptr<CacheThread> m_data; // the module's database thread (with a cache)
    QPointer<CameraStreams> m_streams;
    QPointer<Recordings> m_recordings;
    QPointer<Evidence> m_evidence;
    QPointer<LayoutLibrary> m_layouts;
};

} // namespace Jiandu
