#pragma once

namespace Jiandu {

//! How serious a supervision point is (seed 004): 事前指引 guides before the fact, 事中预警
//! warns while it can still be put right, 事后报警 alarms once it went wrong. Stored as its
//! number; Invalid is never stored.
enum class Tier { Invalid = 0, Guidance = 1, Warning = 2, Alarm = 3 };

} // namespace Jiandu
