#include "wallchannel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <core/boundedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

WallChannel::WallChannel(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watch(); // a replaced file must be watched again
        Q_EMIT changed();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watch();
        Q_EMIT changed();
    });
    watch();
}

QString WallChannel::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"jiandu-wall/cameras.json"_s);
}

void WallChannel::watch()
{
    const QString dir = QFileInfo(path()).absolutePath();
    QDir().mkpath(dir);
    if (!m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
    if (QFile::exists(path()) && !m_watcher.files().contains(path()))
        m_watcher.addPath(path());
}

QStringList WallChannel::cameras() const
{
    const auto text = BoundedFile::read(path(), 1 << 20);
    if (!text)
        return {};
    QStringList ids;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(*text).object().value(u"cameras"_s).toArray()) {
        if (!v.toString().isEmpty())
            ids.append(v.toString());
    }
    return ids.mid(0, kCameras);
}

qint64 WallChannel::sentMs() const
{
    const auto text = BoundedFile::read(path(), 1 << 20);
    return text ? qint64(QJsonDocument::fromJson(*text).object().value(u"sentMs"_s).toDouble()) : 0;
}

bool WallChannel::send(const QString &cameraId, const QString &operatorName, QString *error)
{
    QStringList ids = cameras();
    ids.removeAll(cameraId);
    ids.prepend(cameraId);
    return show(ids, operatorName, QDateTime::currentMSecsSinceEpoch(), error);
}

bool WallChannel::show(const QStringList &cameras, const QString &operatorName, qint64 sentMs,
                       QString *error)
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QSaveFile file(path());
    const QByteArray json =
        QJsonDocument(
            QJsonObject{{u"cameras"_s, QJsonArray::fromStringList(cameras.mid(0, kCameras))},
                        {u"sentBy"_s, operatorName},
                        {u"sentMs"_s, sentMs}})
            .toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Jiandu
