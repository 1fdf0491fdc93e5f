#pragma once

#include "clicommand.h"

#include <media/clipexporter.h>
#include <memory>

namespace Jiandu {
class LocalCache;
}

namespace Jiandu::Cli {

//! The cache named by --cache, unlocked with JIANDU_CACHE_PASSWORD; null (and said why) if
//! it cannot be.
std::unique_ptr<LocalCache> openCache(const QCommandLineParser &parser);
//! The key this workstation seals its exports' manifests with (empty if it has none yet and
//! cannot make one: the export is then unsealed, and verify says so).
QByteArray sealKey(LocalCache &cache);
//! An export's options from --exact, --operator and --watermark; sealed with \a cache's key
//! when there is one.
ClipExporter::Options clipOptions(const QCommandLineParser &parser, LocalCache *cache = nullptr);
//! Prints an exported clip as one JSON line (or why it failed); the exit code.
int printClip(const Result<ClipExporter::Clip> &exported);

} // namespace Jiandu::Cli
