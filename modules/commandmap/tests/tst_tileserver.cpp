// An agency's tile server behind an on-disk cache: fetched once then served from disk while
// fresh, the old copy answering when the server fails or hangs, a tile never seen said so
// quickly, and bad addresses refused in words.
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <commandmap/tiles/tileserver.h>
#include <scriptedserver.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CommandMap;

namespace {

Result<TileServer::Tile> fetch(TileServer &server, int z, int x, int y)
{
    std::optional<Result<TileServer::Tile>> got;
    server.fetch(z, x, y, [&](const Result<TileServer::Tile> &t) { got = t; });
    QDeadlineTimer deadline(15000);
    while (!got && !deadline.hasExpired())
        QTest::qWait(10);
    return got ? *got : Result<TileServer::Tile>(Error{u"never answered"_s, {}, u"hung"_s});
}

} // namespace

class TestTileServer : public QObject
{
    Q_OBJECT

private slots:
    void fetchedOnceThenFromTheCache()
    {
        QTemporaryDir dir;
        int asked = 0;
        int status = 200;
        Testing::ScriptedServer http([&](const QString &path, const QUrlQuery &) {
            ++asked;
            return Testing::ScriptedServer::Answer{status, (u"tile "_s + path).toUtf8()};
        });
        TileServer server({http.url().toString() + u"/tiles/{z}/{x}/{y}.png"_s, dir.path()});
        auto t = fetch(server, 12, 3329, 1552);
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().text()));
        QCOMPARE(t->data, QByteArray("tile /tiles/12/3329/1552.png"));
        QVERIFY(!t->fromCache);
        t = fetch(server, 12, 3329, 1552);
        QVERIFY(t.ok() && t->fromCache && !t->stale);
        QCOMPARE(asked, 1);

        // Grown old, and the server now fails: the old copy answers, marked stale.
        QFile cached(dir.path() + u"/12/3329/1552.tile"_s);
        QVERIFY(cached.open(QIODevice::ReadWrite));
        QVERIFY(cached.setFileTime(QDateTime::currentDateTime().addDays(-30),
                                   QFileDevice::FileModificationTime));
        cached.close();
        status = 503;
        t = fetch(server, 12, 3329, 1552);
        QVERIFY(t.ok() && t->fromCache && t->stale);
        QCOMPARE(asked, 2);

        // Never seen, and the server fails: said so.
        t = fetch(server, 12, 1, 1);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, u"unreachable"_s);
        status = 404;
        QCOMPARE(fetch(server, 12, 2, 2).error().code, u"no-tile"_s);
        QCOMPARE(fetch(server, 12, 4096, 0).error().code, u"no-tile"_s); // outside the world
    }

    void aHungServerIsNotWaitedFor()
    {
        QTemporaryDir dir;
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        TileServer::Options options{u"http://127.0.0.1:%1/{z}/{x}/{y}"_s.arg(silent.serverPort()),
                                    dir.path()};
        options.timeoutMs = 500;
        TileServer server(options);
        QElapsedTimer timer;
        timer.start();
        const auto t = fetch(server, 3, 1, 1);
        QVERIFY(!t.ok());
        QVERIFY(timer.elapsed() < 5000);
    }

    void badAddressesAreSaid()
    {
        QVERIFY(!TileServer::checkTemplate(u"https://tiles.example/{z}/{x}.png"_s).isEmpty());
        QVERIFY(!TileServer::checkTemplate(u"file:///etc/{z}/{x}/{y}"_s).isEmpty());
        QVERIFY(TileServer::checkTemplate(u"https://tiles.example/{z}/{x}/{y}.png"_s).isEmpty());
        QTemporaryDir dir;
        TileServer server({u"ftp://x/{z}/{x}/{y}"_s, dir.path()});
        QCOMPARE(fetch(server, 1, 0, 0).error().code, u"bad-settings"_s);
    }
};

QTEST_GUILESS_MAIN(TestTileServer)
#include "tst_tileserver.moc"
