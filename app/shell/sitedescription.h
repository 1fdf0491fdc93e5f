#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <core/result.h>

namespace Jiandu {

//! The site a workstation serves: its name and units. The demo site is embedded in the
//! client; a real site's description comes with its configuration.
struct SiteDescription
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::SiteDescription)

public:
    QString code;
    QString name;
    QStringList units;

    static Result<SiteDescription> fromJson(const QByteArray &json);
    static Result<SiteDescription> load(const QString &path);
    //! The embedded demo site.
    static SiteDescription demo();
};

} // namespace Jiandu
