#include "modulespec.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

// "Name", "Name[zh_CN]" … as in desktop entries.
QMap<QString, QString> localizedValues(const QJsonObject &meta, const QString &key)
{
    QMap<QString, QString> values;
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (it.key() == key)
            values.insert(QString(), it.value().toString());
        else if (it.key().startsWith(key + u'[') && it.key().endsWith(u']'))
            values.insert(it.key().mid(key.size() + 1).chopped(1), it.value().toString());
    }
    return values;
}

QString pick(const QMap<QString, QString> &values, const QString &language)
{
    return values.value(language, values.value(QString()));
}

} // namespace

Result<ModuleSpec> ModuleSpec::fromPluginMetaData(const QJsonObject &pluginMetaData,
                                                  const QString &filePath)
{
    const QString file = QFileInfo(filePath).fileName();
    const auto fail = [&](const QString &reason) {
        return Error{tr("%1 is not a usable Jiandu module: %2").arg(file, reason), filePath};
    };
    if (pluginMetaData.isEmpty())
        return fail(tr("it is not a Qt plugin"));
    const QString iid = pluginMetaData.value(u"IID"_s).toString();
    if (iid != QLatin1String(kModuleInterfaceId))
        return fail(tr("it implements interface \"%1\", this Jiandu expects \"%2\"")
                        .arg(iid, QLatin1String(kModuleInterfaceId)));
    const QJsonObject meta = pluginMetaData.value(u"MetaData"_s).toObject();

    ModuleSpec spec;
    spec.m_filePath = filePath;
    const auto id = Id::fromString(meta.value(u"Id"_s).toString());
    if (!id)
        return fail(tr("its metadata has no valid \"Id\""));
    spec.m_id = *id;
    spec.m_version = QVersionNumber::fromString(meta.value(u"Version"_s).toString());
    if (spec.m_version.isNull())
        return fail(tr("its metadata has no valid \"Version\""));
    spec.m_names = localizedValues(meta, u"Name"_s);
    if (spec.m_names.value(QString()).isEmpty())
        return fail(tr("its metadata has no \"Name\""));
    spec.m_descriptions = localizedValues(meta, u"Description"_s);

    const QJsonValue deps = meta.value(u"Dependencies"_s);
    if (!deps.isUndefined() && !deps.isArray())
        return fail(tr("its \"Dependencies\" is not a list"));
    for (const QJsonValue &value : deps.toArray()) {
        const QJsonObject dep = value.toObject();
        const auto depId = Id::fromString(dep.value(u"Id"_s).toString());
        if (!depId)
            return fail(tr("a dependency has no valid \"Id\""));
        spec.m_dependencies.append(
            {*depId, QVersionNumber::fromString(dep.value(u"Version"_s).toString())});
    }
    return spec;
}

QString ModuleSpec::displayName(const QString &language) const
{
    return pick(m_names, language);
}

QString ModuleSpec::description(const QString &language) const
{
    return pick(m_descriptions, language);
}

} // namespace Jiandu
