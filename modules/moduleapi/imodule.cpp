#include "imodule.h"

namespace Jiandu {

IModule::~IModule() = default;
void IModule::extensionsInitialized() {}
void IModule::aboutToShutdown() {}
QList<const Setting *> IModule::settings() const
{
    return {};
}
QList<Migration> IModule::migrations() const
{
    return {};
}

} // namespace Jiandu
