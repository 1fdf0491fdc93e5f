// 笔录与审讯音视频联动 in the client as the demo site runs it: the demo interrogation made and
// aligned, the record checks reaching the alert inbox through the rule engine, a pair clicked
// playing from just before where it was said, a segment clicked playing and finding its pair,
// a pair placed by hand kept as a new version, search, a bookmark, and the trail of who did
// what. A review whose transcript is garbage and whose recording changed after it was added
// still opens, says both, plays, and takes a good transcript afterwards.

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <core/clock.h>
#include <media/gstreamer.h>
#include <review/data/reviewrepository.h>
#include <review/documents/textdecoding.h>
#include <shell/application.h>
#include <storage/localcache.h>
#include <testclient.h>
#include <uistallwatchdog.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;

namespace {

const qint64 kT = QDateTime(QDate(2026, 12, 1), QTime(10, 0)).toMSecsSinceEpoch();

struct Client : Testing::TestClient
{
    Client(const QString &dataDir, const Clock &clock, LocalCache *cache)
        : TestClient(context(dataDir), clock, cache)
    {
        settings.setValue(u"review/audioSink"_s, u"fakesink sync=true"_s);
    }
    static ShellContext context(const QString &dataDir)
    {
        ShellContext context{dataDir, u"en"_s, u"法制 李"_s};
        context.demo = true;
        context.site.name = u"Demo"_s;
        context.site.units = {u"城东分局"_s};
        return context;
    }
};

struct Fresh : Testing::Fresh<Client>
{
    Fresh()
        : Testing::Fresh<Client>(kT)
    {}
};

QStringList trail(LocalCache &cache)
{
    QSqlQuery q(cache.database().connection());
    QStringList actions;
    if (q.exec(u"SELECT action FROM review_audit ORDER BY seq"_s))
        while (q.next())
            actions << q.value(0).toString();
    return actions;
}

int alignmentVersions(LocalCache &cache)
{
    QSqlQuery q(cache.database().connection());
    return q.exec(u"SELECT COUNT(*) FROM review_version WHERE kind = 'alignment'"_s) && q.next()
               ? q.value(0).toInt()
               : -1;
}

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

void clickRow(QTableView *view, int row, int column = 1)
{
    view->scrollTo(view->model()->index(row, column));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(row, column)).center());
}

//! The picture the first recording shows now, in ms into it.
qint64 frameMs(QWidget *view)
{
    QWidget *surface = view->findChild<QWidget *>(u"reviewSurface"_s);
    return surface ? surface->property("frameMs").toLongLong() : -2;
}

} // namespace

class tst_Review : public QObject
{
    Q_OBJECT

    // Every scenario: the UI thread never works 100 ms without its event loop turning. The
    // client's start-up (opening the cache, the modules' migrations) is not watched.
    std::unique_ptr<Testing::UiStallWatchdog> m_watchdog;
    void watch() { m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction())); }

private slots:
    void initTestCase() { QVERIFY(installTranslations(u"en"_s)); }
    void init()
    {
        m_watchdog = std::make_unique<Testing::UiStallWatchdog>();
        m_watchdog->step(u"start-up"_s, false);
    }
    void cleanup()
    {
        const QStringList stalls = std::exchange(m_watchdog, {})->stalls();
        QVERIFY2(stalls.isEmpty(), qPrintable(stalls.join(u'\n')));
    }

    void theDemoInterrogationIsReviewedBothWays()
    {
        Fresh fresh;
        QVERIFY(fresh.client);
        auto &[dir, cache, clock, client] = fresh;
        watch(); // the client has started: its pages at work from here
        QWidget *page = client->page(u"review.interrogations"_s);
        QVERIFY(page);
        // The demo's recording is made on a worker, then added, aligned and shown.
        QWidget *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (view = page->findChild<QWidget *>(u"reviewView"_s)) &&
                view->findChild<QLabel *>(u"reviewVerdict"_s)->text().contains(u"of 11 pairs"_s),
            90000);
        auto *verdict = view->findChild<QLabel *>(u"reviewVerdict"_s);
        QVERIFY2(verdict->text().contains(u"10 of 11 pairs found"_s), qPrintable(verdict->text()));
        QVERIFY(verdict->text().contains(u"2 passages said but not written down"_s));
        auto *pairs = view->findChild<QTableView *>(u"reviewPairs"_s);
        auto *transcript = view->findChild<QTableView *>(u"reviewTranscript"_s);
        QCOMPARE(pairs->model()->rowCount(), 11);
        QCOMPARE(cell(pairs, 6, 2), u"not found"_s);
        QCOMPARE(cell(transcript, 13, 3), u"not written"_s); // 01:33 the offer of water
        // Said in answer to pair 4 and left out of its written answer.
        QCOMPARE(cell(transcript, 8, 3), u"4, part not written"_s);

        // The record's faults: findings on the screen, and alerts through the rule engine.
        auto *findings = view->findChild<QListWidget *>(u"reviewFindings"_s);
        QStringList said;
        for (int i = 0; i < findings->count(); ++i)
            said << findings->item(i)->text();
        QVERIFY2(said.join(u'\n').contains(u"is 17 and no guardian"_s),
                 qPrintable(said.join(u'\n')));
        QVERIFY(said.join(u'\n').contains(u"3 min"_s));
        QVERIFY(said.join(u'\n').contains(u"Pair 7 is written in the record but was not found"_s));
        QVERIFY(said.join(u'\n').contains(
            u"said in answer to pair 4 but left out of the record: 我也踢了他一脚"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(client->inboxMessages().join(u'\n').contains(
                                      u"询问未成年人，应通知其父母或其它监护人到场"_s),
                                  qPrintable(client->inboxMessages().join(u'\n')), 10000);

        // A pair clicked plays from two seconds before it was said; its segments are marked.
        QTRY_VERIFY_WITH_TIMEOUT(frameMs(view) >= 0, 20000);
        // The demo's recording ran when its record says: no finding about its times.
        QVERIFY(findings->findItems(u"its recording runs"_s, Qt::MatchContains).isEmpty());
        clickRow(pairs, 3); // pair 4, said from 00:47
        QTRY_VERIFY_WITH_TIMEOUT(frameMs(view) >= 44900 && frameMs(view) < 45100, 5000);
        QVERIFY(transcript->model()->index(6, 2).data(Qt::BackgroundRole).isValid());
        QVERIFY(!transcript->model()->index(10, 2).data(Qt::BackgroundRole).isValid());

        // A segment clicked plays there and marks its pair.
        clickRow(transcript, 10, 2); // 01:13 没有打，我就是把他们拉开了。
        QTRY_VERIFY_WITH_TIMEOUT(frameMs(view) >= 73200 && frameMs(view) < 73400, 5000);
        QVERIFY(pairs->model()->index(4, 1).data(Qt::BackgroundRole).isValid()); // pair 5

        // Playing moves on.
        view->findChild<QToolButton *>(u"reviewPlay"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(frameMs(view) > 74000, 5000);
        view->findChild<QToolButton *>(u"reviewPlay"_s)->click();

        // The reviewer places pair 7 by hand on the two segments at 01:33: a new version.
        pairs->selectRow(6);
        transcript->clearSelection();
        transcript->selectionModel()->select(transcript->model()->index(13, 0),
                                             QItemSelectionModel::Select |
                                                 QItemSelectionModel::Rows);
        transcript->selectionModel()->select(transcript->model()->index(14, 0),
                                             QItemSelectionModel::Select |
                                                 QItemSelectionModel::Rows);
        view->findChild<QToolButton *>(u"reviewPlacePair"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(pairs, 6, 2), u"placed by hand"_s, 5000);
        QCOMPARE(alignmentVersions(*cache), 2);
        QCOMPARE(cell(transcript, 13, 3), u"7"_s);
        auto *history = view->findChild<QListWidget *>(u"reviewHistory"_s);
        QVERIFY(!history->findItems(u"Alignment 2"_s, Qt::MatchStartsWith).isEmpty());

        // Search over the record and the transcript; Next goes to the first hit.
        view->findChild<QLineEdit *>(u"reviewSearch"_s)->setText(u"网吧"_s);
        QCOMPARE(view->findChild<QLabel *>(u"reviewHits"_s)->text(),
                 u"record 4 · transcript 3 · notes 0"_s);
        view->findChild<QToolButton *>(u"reviewNextHit"_s)->click();
        QCOMPARE(pairs->selectionModel()->selectedRows().value(0).row(), 2);

        // A bookmark with a note, at the moment played.
        QTimer::singleShot(300, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                dialog->setTextValue(u"“我也踢了他一脚”未记入笔录"_s);
                dialog->accept();
            }
        });
        view->findChild<QToolButton *>(u"reviewBookmark"_s)->click();
        auto *bookmarks = view->findChild<QListWidget *>(u"reviewBookmarks"_s);
        QTRY_COMPARE_WITH_TIMEOUT(bookmarks->count(), 1, 5000);
        QVERIFY(bookmarks->item(0)->text().contains(u"未记入笔录"_s));

        // Who did what, in order; the trail cannot be rewritten.
        QTRY_VERIFY(trail(*cache).contains(u"bookmark"_s));
        const QStringList actions = trail(*cache);
        QCOMPARE(actions.mid(0, 4),
                 (QStringList{u"create"_s, u"transcript"_s, u"realign"_s, u"view"_s}));
        QVERIFY(actions.contains(u"play"_s));
        QCOMPARE(actions.count(u"realign"_s), 2);
        QSqlQuery q(cache->database().connection());
        QVERIFY(!q.exec(u"DELETE FROM review_audit"_s));
    }

    void aBrokenReviewStillOpensAndSaysWhat()
    {
        Fresh fresh;
        QVERIFY(fresh.client);
        auto &[dir, cache, clock, client] = fresh;
        watch(); // the client has started: its pages at work from here
        const QString files = dir.filePath(u"files"_s);
        QDir().mkpath(files);
        const QString record = files + u"/笔录.txt"_s;
        {
            QFile f(record);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Review::TextDecoding::toGb18030(
                u"询问笔录\n时间：2026年12月01日09时00分至09时30分\n地点：城关派出所\n"
                "询问人：张明、李强\n被询问人：赵六\n"
                "问：你叫什么名字？\n答：赵六。\n问：你住在哪里？\n答：城关镇。\n"_s));
        }
        const QString garbage = files + u"/转写.json"_s;
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"segments\": [ {\"start\": \"never\"");
        }
        // Recorded from 10:00, half an hour after the record says the questioning ended.
        const QString recording = files + u"/同录.mka"_s;
        QVERIFY(Gst::runToEnd(
                    u"audiotestsrc num-buffers=30 samplesperbuffer=1600 "
                    "! audio/x-raw,rate=16000 ! audioconvert ! vorbisenc "
                    "! matroskamux name=mux ! filesink location=%1"_s.arg(Gst::quoted(recording)),
                    60,
                    [](GstElement *pipeline) {
                        Gst::setCreationTime(pipeline, "mux",
                                             QDateTime(QDate(2026, 12, 1), QTime(10, 0)));
                    })
                    .ok());
        Review::Interrogation added;
        added.title = u"赵六 第1次询问"_s;
        for (const auto &[path, role] : {std::pair{recording, Review::ReviewFile::Role::Recording},
                                         std::pair{record, Review::ReviewFile::Role::Record},
                                         std::pair{garbage, Review::ReviewFile::Role::Transcript}})
            added.files << *Review::ReviewRepository::measure(path, role);
        QVERIFY(Review::ReviewRepository(cache->database().connection())
                    .create(added, u"法制 李"_s, kT)
                    .ok());
        // The recording changed after it was added: what is played is not the original.
        {
            QFile f(recording);
            QVERIFY(f.open(QIODevice::Append));
            f.write("tampered");
        }
        QWidget *page = client->page(u"review.interrogations"_s);
        auto *list = page->findChild<QListWidget *>(u"reviewList"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 10000);
        list->setCurrentRow(0);
        QWidget *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((view = page->findChild<QWidget *>(u"reviewView"_s)) &&
                                     view->findChild<QLabel *>(u"reviewVerdict"_s)
                                         ->text()
                                         .contains(u"No transcript yet"_s),
                                 10000);
        auto *integrity = view->findChild<QLabel *>(u"reviewIntegrity"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(
            integrity->text().contains(u"同录.mka has changed since it was added"_s),
            qPrintable(integrity->text()), 10000);
        QVERIFY(integrity->text().contains(u"Transcript: "_s));
        // The rest still works: the pairs (read from GB18030) are listed, the sound plays.
        auto *pairs = view->findChild<QTableView *>(u"reviewPairs"_s);
        QCOMPARE(pairs->model()->rowCount(), 2);
        QWidget *surface = view->findChild<QWidget *>(u"reviewSurface"_s);
        QTRY_COMPARE_WITH_TIMEOUT(surface->property("notice").toString(), u"Sound only"_s, 10000);
        auto *time = view->findChild<QLabel *>(u"reviewTime"_s);
        view->findChild<QToolButton *>(u"reviewPlay"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(time->text().startsWith(u"00:01"_s), 5000);
        view->findChild<QToolButton *>(u"reviewPlay"_s)->click();
        QCOMPARE(alignmentVersions(*cache), 0);
        // The record's times against when the recording really ran.
        auto *findings = view->findChild<QListWidget *>(u"reviewFindings"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            !findings->findItems(u"but its recording runs 2026-12-01 10:00"_s, Qt::MatchContains)
                 .isEmpty(),
            10000);
    }
};

QTEST_MAIN(tst_Review)
#include "tst_review.moc"
