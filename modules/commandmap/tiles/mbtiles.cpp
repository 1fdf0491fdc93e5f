#include "mbtiles.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {
QAtomicInt g_connections;
constexpr int kMaxZoom = 24;
constexpr qint64 kMaxTileBytes = 8 << 20;
} // namespace

MbTiles::~MbTiles()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<MbTiles>> MbTiles::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{
            tr("The map tiles %1 are not there (or not a file).").arg(path), {}, u"missing"_s};
    std::unique_ptr<MbTiles> tiles(new MbTiles);
    tiles->m_path = path;
    tiles->m_connection = u"jiandu-mbtiles-%1"_s.arg(g_connections.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, tiles->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    const Error broken{
        tr("%1 is not a map tile file (MBTiles) Jiandu can read.").arg(info.fileName()),
        {},
        u"broken"_s};
    if (!db.open())
        return Error{broken.message, db.lastError().text(), broken.code};
    QSqlQuery q(db);
    // The tiles themselves; "tiles" is a table or, in deduplicated files, a view.
    if (!q.exec(u"SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1"_s))
        return Error{broken.message, q.lastError().text(), broken.code};
    q.finish();
    if (q.exec(u"SELECT name, value FROM metadata"_s)) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString value = q.value(1).toString();
            if (key == u"name"_s)
                tiles->m_metadata.name = value;
            else if (key == u"format"_s)
                tiles->m_metadata.format = value;
            else if (key == u"minzoom"_s)
                tiles->m_metadata.minZoom = std::clamp(value.toInt(), 0, kMaxZoom);
            else if (key == u"maxzoom"_s)
                tiles->m_metadata.maxZoom = std::clamp(value.toInt(), 0, kMaxZoom);
            else if (key == u"bounds"_s) {
                const QStringList parts = value.split(u',');
                std::array<double, 4> b{};
                bool all = parts.size() == 4;
                for (int i = 0; all && i < 4; ++i) {
                    bool ok = false;
                    b[size_t(i)] = parts[i].trimmed().toDouble(&ok);
                    all = ok && std::isfinite(b[size_t(i)]);
                }
                if (all)
                    tiles->m_metadata.bounds = b;
            }
        }
    }
    if (tiles->m_metadata.format.isEmpty())
        tiles->m_metadata.format = u"png"_s;
    return tiles;
}

Result<std::optional<QByteArray>> MbTiles::tile(int z, int x, int y)
{
    if (z < 0 || z > kMaxZoom)
        return std::optional<QByteArray>();
    const qint64 size = qint64(1) << z;
    if (x < 0 || y < 0 || x >= size || y >= size)
        return std::optional<QByteArray>();
    const qint64 tmsRow = size - 1 - y;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT CASE WHEN length(tile_data) <= ? THEN tile_data END, length(tile_data) "
              "FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"_s);
    q.addBindValue(kMaxTileBytes);
    q.addBindValue(z);
    q.addBindValue(x);
    q.addBindValue(tmsRow);
    if (!q.exec())
        return Error{
            tr("The map tiles %1 cannot be read (damaged?).").arg(QFileInfo(m_path).fileName()),
            q.lastError().text(), u"broken"_s};
    if (!q.next())
        return std::optional<QByteArray>();
    QByteArray data = q.value(0).toByteArray();
    if (q.value(1).toLongLong() > kMaxTileBytes)
        return Error{
            tr("A tile of %1 is too large to be a tile.").arg(QFileInfo(m_path).fileName()),
            {},
            u"broken"_s};
    return std::optional<QByteArray>(std::move(data));
}

} // namespace Jiandu::CommandMap
