// Map tiles from an MBTiles file as the map asks for them (XYZ rows, the file's TMS rows
// turned over), its metadata, and files that are not tiles refused in words.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <commandmap/tiles/mbtiles.h>
#include <commandmap/tiles/mbtileswriter.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CommandMap;

class TestMbTiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(u"demo-city.mbtiles"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make"_s);
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE metadata (name TEXT, value TEXT)"_s));
            QVERIFY(q.exec(u"CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                           "tile_row INTEGER, tile_data BLOB)"_s));
            for (const auto &[k, v] : {std::pair{u"name"_s, u"演示城市"_s},
                                       {u"format"_s, u"png"_s},
                                       {u"minzoom"_s, u"10"_s},
                                       {u"maxzoom"_s, u"16"_s},
                                       {u"bounds"_s, u"112.4,37.7,112.8,38.0"_s}}) {
                q.prepare(u"INSERT INTO metadata VALUES (?, ?)"_s);
                q.addBindValue(k);
                q.addBindValue(v);
                QVERIFY(q.exec());
            }
            // Zoom 12, column 3329, XYZ row 1552: TMS row 4095 - 1552 = 2543.
            q.prepare(u"INSERT INTO tiles VALUES (12, 3329, 2543, ?)"_s);
            q.addBindValue(QByteArray("\x89PNG tile of the city centre"));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"make"_s);
    }

    void tilesAreFoundInXyzRows()
    {
        auto tiles = MbTiles::open(m_file);
        QVERIFY2(tiles.ok(), qPrintable(tiles ? QString() : tiles.error().text()));
        QCOMPARE((*tiles)->metadata().name, u"演示城市"_s);
        QCOMPARE((*tiles)->metadata().minZoom, 10);
        QCOMPARE((*tiles)->metadata().maxZoom, 16);
        QVERIFY((*tiles)->metadata().bounds.has_value());
        QCOMPARE((*(*tiles)->metadata().bounds)[3], 38.0);
        const auto tile = (*tiles)->tile(12, 3329, 1552);
        QVERIFY(tile.ok() && tile->has_value());
        QVERIFY((*tile)->startsWith("\x89PNG"));
        // Asked in TMS rows by mistake, it is another tile: none there.
        QVERIFY(!(*tiles)->tile(12, 3329, 2543)->has_value());
        // Outside the world: none, not an error.
        QVERIFY(!(*tiles)->tile(12, 4096, 0)->has_value());
        QVERIFY(!(*tiles)->tile(-1, 0, 0)->has_value());
        QVERIFY(!(*tiles)->tile(40, 0, 0)->has_value());
        // Two files open at once each keep their own connection.
        auto again = MbTiles::open(m_file);
        QVERIFY(again.ok());
        QVERIFY((*again)->tile(12, 3329, 1552)->has_value());
    }

    void aWrittenMapReadsBackAndAnAbandonedOneLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"site.mbtiles"_s);
        MbTiles::Metadata metadata;
        metadata.name = u"演示市"_s;
        metadata.format = u"png"_s;
        metadata.maxZoom = 3;
        {
            auto writer = MbTilesWriter::create(path, metadata);
            QVERIFY(writer);
            QVERIFY((*writer)->add(3, 6, 1, "north-east"));
            // Dropped before finish(): as a run killed half way, nothing is left to open.
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".part"_s));
        auto writer = MbTilesWriter::create(path, metadata);
        QVERIFY(writer);
        QVERIFY((*writer)->add(3, 6, 1, "north-east"));
        QVERIFY((*writer)->add(0, 0, 0, "world"));
        QVERIFY((*writer)->finish());
        auto tiles = MbTiles::open(path);
        QVERIFY(tiles);
        QCOMPARE((*tiles)->metadata().name, u"演示市"_s);
        QCOMPARE((*tiles)->metadata().maxZoom, 3);
        QCOMPARE(*(*tiles)->tile(3, 6, 1).value(), QByteArray("north-east"));
        QVERIFY(!(*tiles)->tile(3, 6, 6).value()); // the same row counted from the bottom
        QCOMPARE(*(*tiles)->tile(0, 0, 0).value(), QByteArray("world"));
    }

    void notTilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zeros") << QByteArray(8192, '\0');
    }
    void notTilesAreRefused()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(u"broken.mbtiles"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        const auto tiles = MbTiles::open(path);
        QVERIFY(!tiles.ok());
        QCOMPARE(tiles.error().code, u"broken"_s);
        QVERIFY(tiles.error().message.contains(u"broken.mbtiles"_s));
        QCOMPARE(MbTiles::open(m_dir.filePath(u"absent.mbtiles"_s)).error().code, u"missing"_s);
        QCOMPARE(MbTiles::open(u"/dev/zero"_s).error().code, u"missing"_s);
    }

    void aTruncatedFileSaysSoWhenRead()
    {
        const QString cut = m_dir.filePath(u"cut.mbtiles"_s);
        QFile::copy(m_file, cut);
        QFile f(cut);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        auto tiles = MbTiles::open(cut);
        if (!tiles.ok()) { // refused at once: as good
            QCOMPARE(tiles.error().code, u"broken"_s);
            return;
        }
        const auto tile = (*tiles)->tile(12, 3329, 1552);
        QVERIFY(!tile.ok() || !tile->has_value());
    }
};

QTEST_GUILESS_MAIN(TestMbTiles)
#include "tst_mbtiles.moc"
