#include "exportsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <core/localtime.h>
#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

std::unique_ptr<LocalCache> openCache(const QCommandLineParser &parser)
{
    auto cache =
        LocalCache::open(parser.value(u"cache"_s), qEnvironmentVariable("JIANDU_CACHE_PASSWORD"));
    if (!cache) {
        printError(cache.error().text());
        return {};
    }
    return std::move(cache).value();
}

QByteArray sealKey(LocalCache &cache)
{
    auto key = cache.secret(QString::fromLatin1(ClipExporter::kSealPurpose));
    if (!key)
        printError(u"warning: the manifest is not sealed: "_s + key.error().text());
    return key ? *key : QByteArray();
}

ClipExporter::Options clipOptions(const QCommandLineParser &parser, LocalCache *cache)
{
    ClipExporter::Options options;
    if (cache)
        options.sealKey = sealKey(*cache);
    options.mode = parser.isSet(u"exact"_s) ? ClipExporter::Mode::Exact : ClipExporter::Mode::Fast;
    options.operatorName = parser.isSet(u"operator"_s)
                               ? parser.value(u"operator"_s)
                               : qEnvironmentVariable("USER", u"operator"_s);
    options.burnedWatermark = parser.value(u"watermark"_s);
    return options;
}

int printClip(const Result<ClipExporter::Clip> &exported)
{
    if (!exported) {
        printError(exported.error().text());
        return ExitFailure;
    }
    QJsonArray missing;
    qint64 missingMs = 0;
    for (const auto &[fromMs, toMs] : exported->missingMs) {
        missing.append(QJsonObject{{u"fromMs"_s, fromMs}, {u"toMs"_s, toMs}});
        missingMs += toMs - fromMs;
        printError(u"warning: no footage from %1 to %2 (%3 s): the clip jumps over it"_s
                       .arg(localTimeText(fromMs), localTimeText(toMs))
                       .arg((toMs - fromMs) / 1000.0, 0, 'f', 1));
    }
    printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"clip"_s, exported->path},
                                                         {u"manifest"_s, exported->manifestPath},
                                                         {u"sha256"_s, exported->sha256},
                                                         {u"fromMs"_s, exported->actualStartMs},
                                                         {u"toMs"_s, exported->actualEndMs},
                                                         {u"frames"_s, exported->frames},
                                                         {u"missing"_s, missing},
                                                         {u"missingMs"_s, missingMs}})
                                   .toJson(QJsonDocument::Compact)));
    return ExitOk;
}

} // namespace Jiandu::Cli
