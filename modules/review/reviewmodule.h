#pragma once

#include <QObject>
#include <memory>
#include <moduleapi/imodule.h>

namespace Jiandu {
class CacheThread;
}

namespace Jiandu::Review {

class ReviewLibrary;

//! 笔录与审讯音视频联动: interrogation recordings, written records and transcripts reviewed
//! side by side, aligned both ways, with seed 004's record checks raised as alerts.
class ReviewModule final : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.jiandu.Module/1" FILE "review.json")
    Q_INTERFACES(Jiandu::IModule)

public:
    ReviewModule();
    ~ReviewModule() override;
    Result<void> initialize(IShell &shell) override;
    QList<const Setting *> settings() const override;
    QList<Migration> migrations() const override;
    void aboutToShutdown() override;

private:
    std::unique_ptr<CacheThread> m_data;
    std::unique_ptr<ReviewLibrary> m_library;
};

} // namespace Jiandu::Review
