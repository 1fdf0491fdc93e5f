#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <moduleapi/imodule.h>

Q_DECLARE_LOGGING_CATEGORY(lcSystem)

namespace Jiandu {

//! The system module: operator log viewer, general and log settings, wall clock and status.
class SystemModule final : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.jiandu.Module/1" FILE "system.json")
    Q_INTERFACES(Jiandu::IModule)

public:
    Result<void> initialize(IShell &shell) override;
};

} // namespace Jiandu
