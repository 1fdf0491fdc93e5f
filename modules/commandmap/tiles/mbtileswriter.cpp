#include "mbtileswriter.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {
QAtomicInt g_writers;
}

MbTilesWriter::~MbTilesWriter()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid()) {
            if (!m_finished)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (!m_finished)
        QFile::remove(m_partPath);
}

Result<std::unique_ptr<MbTilesWriter>> MbTilesWriter::create(const QString &path,
                                                             const MbTiles::Metadata &metadata)
{
    std::unique_ptr<MbTilesWriter> writer(new MbTilesWriter);
    writer->m_path = path;
    writer->m_partPath = path + u".part"_s;
    writer->m_connection = u"jiandu-mbtiles-writer-%1"_s.arg(g_writers.fetchAndAddRelaxed(1));
    QFile::remove(writer->m_partPath);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, writer->m_connection);
    db.setDatabaseName(writer->m_partPath);
    const auto failed = [&](const QString &detail) {
        return Error{tr("The map tiles %1 cannot be written.").arg(path), detail, u"unwritable"_s};
    };
    if (!db.open())
        return failed(db.lastError().text());
    QSqlQuery q(db);
    for (const QString &statement :
         {u"CREATE TABLE metadata (name TEXT, value TEXT)"_s,
          u"CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
          "tile_data BLOB)"_s,
          u"CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)"_s}) {
        if (!q.exec(statement))
            return failed(q.lastError().text());
    }
    if (!db.transaction())
        return failed(db.lastError().text());
    QList<QPair<QString, QString>> values{{u"name"_s, metadata.name},
                                          {u"format"_s, metadata.format},
                                          {u"minzoom"_s, QString::number(metadata.minZoom)},
                                          {u"maxzoom"_s, QString::number(metadata.maxZoom)},
                                          {u"type"_s, u"baselayer"_s},
                                          {u"version"_s, u"1.3"_s}};
    if (metadata.bounds) {
        const auto &b = *metadata.bounds;
        values.append({u"bounds"_s, u"%1,%2,%3,%4"_s.arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3])});
    }
    q.prepare(u"INSERT INTO metadata (name, value) VALUES (?, ?)"_s);
    for (const auto &[name, value] : std::as_const(values)) {
        q.addBindValue(name);
        q.addBindValue(value);
        if (!q.exec())
            return failed(q.lastError().text());
    }
    return writer;
}

Result<void> MbTilesWriter::add(int z, int x, int y, const QByteArray &data)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(z);
    q.addBindValue(x);
    q.addBindValue((qint64(1) << z) - 1 - y);
    q.addBindValue(data);
    if (!q.exec())
        return Error{tr("The map tiles %1 cannot be written.").arg(m_path), q.lastError().text(),
                     u"unwritable"_s};
    return {};
}

Result<void> MbTilesWriter::finish()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.commit())
            return Error{tr("The map tiles %1 cannot be written.").arg(m_path),
                         db.lastError().text(), u"unwritable"_s};
        db.close();
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_partPath, m_path))
        return Error{tr("The map tiles %1 cannot be written.").arg(m_path), u"rename failed"_s,
                     u"unwritable"_s};
    m_finished = true;
    return {};
}

} // namespace Jiandu::CommandMap
