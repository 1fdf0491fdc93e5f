#pragma once

#include "coreexport.h"

#include <QStringList>

namespace Jiandu {
class SettingsStore;

//! The settings the shell itself reads (language, video wall, log levels), with validation.
//! The settings pages that edit them live in the system module.
namespace ShellSettings {
inline constexpr char kLanguage[] = "ui/language";
inline constexpr char kWallRotationSeconds[] = "wall/rotationSeconds";
inline constexpr char kWallContents[] = "wall/contents";
inline constexpr char kDebugCategories[] = "log/debugCategories";
inline constexpr char kLockMinutes[] = "ui/lockMinutes";

inline constexpr int kDefaultWallRotationSeconds = 30;
inline constexpr int kMinWallRotationSeconds = 5;
inline constexpr int kMaxWallRotationSeconds = 3600;
inline constexpr int kDefaultLockMinutes = 15;
inline constexpr int kMaxLockMinutes = 240;

JIANDU_CORE_EXPORT QStringList supportedLanguages();
//! "zh_CN" unless the operator chose another supported language.
JIANDU_CORE_EXPORT QString language(const SettingsStore &settings);
JIANDU_CORE_EXPORT int wallRotationSeconds(const SettingsStore &settings);
//! Ids of the wall contents to rotate through; empty means all available.
JIANDU_CORE_EXPORT QStringList wallContents(const SettingsStore &settings);
JIANDU_CORE_EXPORT QStringList debugCategories(const SettingsStore &settings);
//! Minutes without input before the screen locks (0: never).
JIANDU_CORE_EXPORT int lockMinutes(const SettingsStore &settings);
//! Values present in \a settings that are not valid (they fall back to defaults), one
//! sentence each, e.g. for `jiandu-cli config check`.
JIANDU_CORE_EXPORT QStringList invalidValues(const SettingsStore &settings);
//! QLoggingCategory filter rules: Jiandu's categories at info, \a debugCategories at debug.
JIANDU_CORE_EXPORT QString loggingRules(const QStringList &debugCategories);
} // namespace ShellSettings

} // namespace Jiandu
