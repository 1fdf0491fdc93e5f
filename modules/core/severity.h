#pragma once

namespace Jiandu {

//! How urgent a message to the operator is (notifications, the log, module reports).
enum class Severity { Invalid = 0, Information, Warning, Critical };

} // namespace Jiandu
