#include "asrengines.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {
Q_LOGGING_CATEGORY(lcAsr, "jiandu.review.asr")
}

QList<AsrEngine *> AsrEngines::all()
{
    static const QList<AsrEngine *> engines = [] {
        QStringList folders = QCoreApplication::libraryPaths();
        folders << QDir(QCoreApplication::applicationDirPath())
                       .absoluteFilePath(QStringLiteral(JIANDU_RELATIVE_PLUGIN_DIR));
        QList<AsrEngine *> found;
        QStringList ids;
        for (const QString &folder : std::as_const(folders)) {
            const QDir dir(folder + u"/asr"_s);
            for (const QString &file : dir.entryList(QDir::Files)) {
                QPluginLoader loader(dir.absoluteFilePath(file));
                if (loader.metaData().value(u"IID"_s).toString() !=
                    QLatin1StringView(Jiandu_Review_AsrEngine_iid))
                    continue;
                auto *engine = qobject_cast<AsrEngine *>(loader.instance());
                if (!engine) {
                    qCWarning(lcAsr) << "speech recognition plugin" << file
                                     << "cannot be loaded:" << loader.errorString();
                    continue;
                }
                if (ids.contains(engine->id()))
                    continue;
                ids << engine->id();
                found << engine;
            }
        }
        return found;
    }();
    return engines;
}

AsrEngine *AsrEngines::find(const QString &id)
{
    for (AsrEngine *engine : all())
        if (engine->id() == id)
            return engine;
    return nullptr;
}

} // namespace Jiandu::Review
