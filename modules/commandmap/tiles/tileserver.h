#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <core/result.h>
#include <functional>

namespace Jiandu::CommandMap {

//! An agency's XYZ tile server (a URL template with {z}, {x}, {y}; WMTS servers in their
//! REST form are written the same way), with an on-disk cache so the map keeps its geography
//! when the server is slow or gone: a tile is served from the cache while it is fresh, fetched
//! otherwise, and the cached copy (however old) answers when the server does not. Runs on the
//! thread that made it (its network I/O is asynchronous there).
class TileServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString urlTemplate;    //!< e.g. "https://tiles.example/{z}/{x}/{y}.png"
        QString cacheDirectory; //!< where tiles are kept
        int maxAgeSeconds = 7 * 24 * 3600;
        int timeoutMs = 5000; //!< a server slower than this is not waited for
        qint64 maxTileBytes = 4 << 20;
    };
    struct Tile
    {
        QByteArray data;
        bool fromCache = false;
        bool stale = false; //!< an old copy, because the server did not answer
    };
    using Done = std::function<void(const Result<Tile> &tile)>;

    explicit TileServer(Options options, QObject *parent = nullptr);

    //! The tile z/x/y; \a done on this thread (at once when cached and fresh).
    void fetch(int z, int x, int y, Done done);
    //! Whether \a urlTemplate names all of {z}, {x} and {y} over http(s).
    static QString checkTemplate(const QString &urlTemplate);

private:
    QString cachePath(int z, int x, int y) const;

    Options m_options;
    QNetworkAccessManager m_network;
};

} // namespace Jiandu::CommandMap
