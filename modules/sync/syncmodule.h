#pragma once

#include <QObject>
#include <moduleapi/imodule.h>

namespace Jiandu {

class SyncService;

//! The sync module: the share feeds pulled from the central service while the client runs,
//! a word on it in the status bar, the sync page and its settings.
class SyncModule final : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.jiandu.Module/1" FILE "sync.json")
    Q_INTERFACES(Jiandu::IModule)

public:
    Result<void> initialize(IShell &shell) override;
    void aboutToShutdown() override;
    QList<const Setting *> settings() const override;
    QList<Migration> migrations() const override;

private:
    SyncService *m_service = nullptr;
};

} // namespace Jiandu
