#include "ishell.h"

namespace Jiandu {

IShell::~IShell() = default;

} // namespace Jiandu
