#include "tileserver.h"

#include <QDateTime>
#include <QFileInfo>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>
#include <core/boundedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

TileServer::TileServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

QString TileServer::checkTemplate(const QString &urlTemplate)
{
    const QUrl url(QString(urlTemplate)
                       .replace(u"{z}"_s, u"0"_s)
                       .replace(u"{x}"_s, u"0"_s)
                       .replace(u"{y}"_s, u"0"_s));
    if (!urlTemplate.contains(u"{z}"_s) || !urlTemplate.contains(u"{x}"_s) ||
        !urlTemplate.contains(u"{y}"_s))
        return tr("The tile address must name {z}, {x} and {y}.");
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
        url.host().isEmpty())
        return tr("The tile address must be an http(s) address.");
    return {};
}

QString TileServer::cachePath(int z, int x, int y) const
{
    return u"%1/%2/%3/%4.tile"_s.arg(m_options.cacheDirectory).arg(z).arg(x).arg(y);
}

void TileServer::fetch(int z, int x, int y, Done done)
{
    const qint64 size = z >= 0 && z <= 24 ? (qint64(1) << z) : 0;
    if (size == 0 || x < 0 || y < 0 || x >= size || y >= size) {
        done(Error{tr("There is no tile %1/%2/%3.").arg(z).arg(x).arg(y), {}, u"no-tile"_s});
        return;
    }
    const QString path = cachePath(z, x, y);
    const QFileInfo cached(path);
    std::optional<QByteArray> copy;
    if (cached.isFile()) {
        if (auto bytes = BoundedFile::read(path, m_options.maxTileBytes); bytes)
            copy = *bytes;
    }
    const bool fresh = copy && cached.lastModified().secsTo(QDateTime::currentDateTime()) <
                                   m_options.maxAgeSeconds;
    if (fresh) {
        done(Tile{*copy, true, false});
        return;
    }
    if (!checkTemplate(m_options.urlTemplate).isEmpty()) {
        if (copy)
            done(Tile{*copy, true, true});
        else
            done(Error{checkTemplate(m_options.urlTemplate), {}, u"bad-settings"_s});
        return;
    }
    QNetworkRequest request(QUrl(QString(m_options.urlTemplate)
                                     .replace(u"{z}"_s, QString::number(z))
                                     .replace(u"{x}"_s, QString::number(x))
                                     .replace(u"{y}"_s, QString::number(y))));
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_network.get(request);
    // The whole answer within the time, not only each of its pieces.
    QTimer::singleShot(m_options.timeoutMs, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received, qint64) {
        if (received > m_options.maxTileBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, path, copy, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body =
            reply->isOpen() ? reply->read(m_options.maxTileBytes + 1) : QByteArray();
        if (reply->error() == QNetworkReply::NoError && status == 200 && !body.isEmpty() &&
            body.size() <= m_options.maxTileBytes) {
            QDir().mkpath(QFileInfo(path).path());
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly) && file.write(body) == body.size())
                file.commit(); // a full disk only costs the cache, not the tile
            done(Tile{body, false, false});
            return;
        }
        if (copy) {
            done(Tile{*copy, true, true});
            return;
        }
        done(Error{status == 404
                       ? tr("The tile server has no tile here.")
                       : tr("The tile server does not answer (%1).")
                             .arg(status ? QString::number(status) : reply->errorString()),
                   {},
                   status == 404 ? u"no-tile"_s : u"unreachable"_s});
    });
}

} // namespace Jiandu::CommandMap
