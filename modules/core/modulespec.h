#pragma once

#include "coreexport.h"
#include "id.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QVersionNumber>

namespace Jiandu {

//! The interface id every Jiandu module plugin declares; bumped when IModule changes.
inline constexpr char kModuleInterfaceId[] = "org.jiandu.Module/1";

struct ModuleDependency
{
    Id id;
    QVersionNumber minimumVersion;
};

//! What a module says about itself in its plugin metadata, readable without loading it.
class JIANDU_CORE_EXPORT ModuleSpec
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::ModuleSpec)

public:
    //! Parses the metadata QPluginLoader::metaData() returns for \a filePath.
    static Result<ModuleSpec> fromPluginMetaData(const QJsonObject &pluginMetaData,
                                                 const QString &filePath);

    Id id() const { return m_id; }
    QVersionNumber version() const { return m_version; }
    QString filePath() const { return m_filePath; }
    const QList<ModuleDependency> &dependencies() const { return m_dependencies; }
    //! The name in \a language ("zh_CN", "en"), falling back to the English name.
    QString displayName(const QString &language) const;
    QString description(const QString &language) const;

private:
    Id m_id;
    QVersionNumber m_version;
    QString m_filePath;
    QMap<QString, QString> m_names;        // "" = English
    QMap<QString, QString> m_descriptions; // "" = English
    QList<ModuleDependency> m_dependencies;
};

} // namespace Jiandu
