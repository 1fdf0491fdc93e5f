#include "imodule.h"

namespace Jiandu {

IModule::~IModule() = default;
void IModule::extensionsInitialized() {}
void IModule::aboutToShutdown() {}

} // namespace Jiandu
