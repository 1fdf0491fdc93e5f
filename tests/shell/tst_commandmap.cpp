// 指挥调度一张图 in the client as the demo site runs it, driven through the page itself (real
// clicks on the web view): the offline map drawn from the installed MBTiles, the week's
// incidents and the simulated patrols on it; an incident clicked lists who is nearest,
// nearest first; a circle drawn lists what is inside and exports it; a camera clicked opens
// live in a window; JavaScript errors reach the client's log; a broken tile file is said on
// the page and costs the geography, not the map.

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <commandmap/geo/sitegeography.h>
#include <core/incidentjson.h>
#include <core/sitedescription.h>
#include <shell/application.h>
#include <storage/incidentrepository.h>
#include <storage/localcache.h>
#include <testclient.h>
#include <uistallwatchdog.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;

namespace {

const qint64 kT = QDateTime(QDate(2026, 11, 22), QTime(18, 0)).toMSecsSinceEpoch();

// Messages come from every thread (the media engine's among them).
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    g_previousHandler(type, context, message);
}

bool logged(const QStringList &words)
{
    QMutexLocker lock(&g_logMutex);
    return std::any_of(g_log.cbegin(), g_log.cend(), [&words](const QString &m) {
        return std::all_of(words.cbegin(), words.cend(),
                           [&m](const QString &w) { return m.contains(w); });
    });
}

struct Client : Testing::TestClient
{
    Client(const QString &dataDir, const Clock &clock, LocalCache *cache)
        : TestClient(context(dataDir), clock, cache)
    {}
    static ShellContext context(const QString &dataDir)
    {
        ShellContext context{dataDir, u"en"_s, u"tester"_s};
        context.demo = true;
        context.offline = true;
        auto site = SiteDescription::load(u":/demo/site.json"_s);
        if (!site)
            qFatal("site: %s", qPrintable(site.error().text()));
        context.site = *site;
        return context;
    }
};

//! A client on the demo site with the demo incidents in its cache; \a settings written first.
struct DemoClient
{
    QTemporaryDir dir;
    std::unique_ptr<LocalCache> cache;
    VirtualClock clock{kT};
    std::unique_ptr<Client> client;

    explicit DemoClient(const QList<QPair<QString, QVariant>> &settings = {})
    {
        auto created = LocalCache::create(dir.filePath(u"cache"_s), u"pw"_s);
        if (!created)
            qFatal("cache: %s", qPrintable(created.error().text()));
        cache = std::move(created).value();
        QFile file(u":/demo/incidents.json"_s);
        file.open(QIODevice::ReadOnly);
        QList<Incident> incidents;
        for (const QJsonValue &record : QJsonDocument::fromJson(file.readAll())[u"jq"_s].toArray())
            incidents.append(*IncidentJson::fromShareApi(record.toObject()));
        if (!IncidentRepository(cache->database().connection()).upsert(incidents))
            qFatal("demo incidents not stored");
        const QString data = dir.filePath(u"data"_s);
        {
            SettingsStore store(data + u"/jiandu.ini"_s);
            for (const auto &[key, value] : settings)
                store.setValue(key, value);
        }
        client = std::make_unique<Client>(data, clock, cache.get());
    }

    QWidget *mapPage() { return client->page(u"commandmap.map"_s); }
};

QWebEngineView *viewOf(QWidget *page)
{
    return page ? page->findChild<QWebEngineView *>(u"mapView"_s) : nullptr;
}

//! Runs \a script in the map page and waits for its value.
QVariant run(QWidget *page, const QString &script)
{
    QVariant result;
    bool done = false;
    viewOf(page)->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 10000)
        QTest::qWait(10);
    return result;
}

QVariantMap markers(QWidget *page)
{
    return run(page, u"jianduStats.markers()"_s).toMap();
}

//! A real click on the web view at \a point (the page's pixels).
void clickAt(QWidget *page, const QVariant &point)
{
    const QVariantList xy = point.toList();
    QVERIFY2(xy.size() == 2, "no such point on the page");
    QWidget *target = viewOf(page)->focusProxy();
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(xy.at(0).toInt(), xy.at(1).toInt()));
}

void waitForMap(QWidget *page)
{
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->property("pageLoaded").toBool(), 60000);
    QTRY_VERIFY2_WITH_TIMEOUT(markers(page).value(u"officers"_s).toInt() > 0,
                              qPrintable(run(page, u"JSON.stringify([jianduStats.view(), "
                                                   "jianduStats.markers(), innerWidth, "
                                                   "innerHeight])"_s)
                                             .toString()),
                              20000);
}

double metresOf(const QString &text)
{
    const QString number = text.section(u' ', 0, 0);
    return text.endsWith(u"km"_s) ? number.toDouble() * 1000 : number.toDouble();
}

CommandMap::SiteGeography demoCity()
{
    return *CommandMap::SiteGeography::load(u":/demo/map.json"_s);
}

} // namespace

class tst_CommandMap : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoClient> m_demo;
    std::unique_ptr<Testing::UiStallWatchdog> m_watchdog;

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(u"en"_s));
        g_previousHandler = qInstallMessageHandler(keepLog);
        m_demo = std::make_unique<DemoClient>();
        m_demo->client->shell->mainWindow()->resize(1366, 768);
        waitForMap(m_demo->mapPage());
        // The page is up: from here the operator's clicks never hold the UI thread.
        m_watchdog = std::make_unique<Testing::UiStallWatchdog>();
    }

    void cleanupTestCase()
    {
        const QStringList stalls = std::exchange(m_watchdog, {})->stalls();
        m_demo.reset();
        qInstallMessageHandler(g_previousHandler);
        QVERIFY2(stalls.isEmpty(), qPrintable(stalls.join(u'\n')));
    }

    void theWeekAndThePatrolsAreOnTheOfflineMap()
    {
        m_watchdog->step(u"offline map"_s);
        QWidget *page = m_demo->mapPage();
        const CommandMap::SiteGeography city = demoCity();
        run(page, u"jianduStats.setView(%1, %2, 13)"_s.arg(city.centre.lat).arg(city.centre.lon));
        // Every demo incident has an address on the demo city's map and falls in the week.
        QTRY_COMPARE_WITH_TIMEOUT(markers(page).value(u"incidents"_s).toInt(), 60, 10000);
        QCOMPARE(markers(page).value(u"officers"_s).toInt(), 52);
        QObject *tiles = page->findChild<QObject *>(u"mapTiles"_s);
        QVERIFY(tiles);
        QTRY_VERIFY_WITH_TIMEOUT(tiles->property("served").toLongLong() >= 12, 10000);
        QCOMPARE(tiles->property("missing").toLongLong(), 0);
        const QString status = page->findChild<QLabel *>(u"mapStatus"_s)->text();
        QVERIFY2(status.contains(u"52 officer"_s), qPrintable(status));
        QVERIFY2(status.contains(u"60 incident"_s), qPrintable(status));
    }

    void anIncidentClickedListsWhoIsNearestFirst()
    {
        m_watchdog->step(u"incident clicked"_s);
        QWidget *page = m_demo->mapPage();
        const auto at = demoCity().locate(u"幸福小区36号"_s);
        QVERIFY(at);
        run(page,
            u"jianduStats.setView(%1, %2, 19)"_s.arg(at->lat, 0, 'f', 7).arg(at->lon, 0, 'f', 7));
        const QString jqbh = u"J4403002026111600032"_s; // 幸福小区36号
        QTRY_VERIFY_WITH_TIMEOUT(
            run(page, u"jianduStats.pointOf('incident', '%1')"_s.arg(jqbh)).isValid(), 10000);
        clickAt(page, run(page, u"jianduStats.pointOf('incident', '%1')"_s.arg(jqbh)));
        QTRY_VERIFY_WITH_TIMEOUT(page->property("details").toString().contains(jqbh), 5000);
        QVERIFY(page->property("details").toString().contains(u"幸福小区36号"_s));
        auto *results = page->findChild<QTreeWidget *>(u"mapResults"_s);
        QVERIFY(results->topLevelItemCount() >= 10);
        // Officers and vehicles nearest first, each with a straight-line time; then cameras.
        double last = -1;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = results->topLevelItem(i);
            if (row->text(0) == u"Camera"_s)
                break;
            QVERIFY(row->text(0) == u"Officer"_s || row->text(0) == u"Vehicle"_s);
            // The columns as headed: distance, then time, then the unit.
            QVERIFY2(row->text(2).endsWith(u" m"_s) || row->text(2).endsWith(u" km"_s),
                     qPrintable(row->text(2)));
            QVERIFY(!row->text(4).isEmpty());
            const double metres = metresOf(row->text(2));
            QVERIFY2(metres >= last, qPrintable(row->text(2)));
            QVERIFY(!row->text(3).isEmpty());
            last = metres;
        }
    }

    void anInstructionFromTheMapIsAnsweredAndABriefingReachesTheLeaders()
    {
        m_watchdog->step(u"instruction sent"_s);
        QWidget *page = m_demo->mapPage();
        const QString jqbh = u"J4403002026111600032"_s; // 幸福小区36号, shown by the last test
        QVERIFY(page->property("details").toString().contains(jqbh));
        auto *results = page->findChild<QTreeWidget *>(u"mapResults"_s);
        QStringList chosen;
        for (int i = 0; i < 2; ++i) {
            results->topLevelItem(i)->setSelected(true);
            chosen << results->topLevelItem(i)->text(1);
        }
        auto *send = page->findChild<QAction *>(u"dispatchSend"_s);
        QVERIFY(send && send->isEnabled());
        send->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<QDialog *>(u"dispatchDialog"_s)) &&
                    dialog->isVisible());
        // The officers chosen, about the incident shown, ready to send.
        auto *to = dialog->findChild<QListWidget *>(u"dispatchRecipients"_s);
        QCOMPARE(to->count(), 2);
        QCOMPARE((QStringList{to->item(0)->text(), to->item(1)->text()}), chosen);
        QVERIFY(
            dialog->findChild<QLineEdit *>(u"dispatchTitle"_s)->text().contains(u"幸福小区36号"_s));
        // Nobody to send to is refused in the dialog, which stays open.
        to->item(0)->setCheckState(Qt::Unchecked);
        to->item(1)->setCheckState(Qt::Unchecked);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *problem = dialog->findChild<QLabel *>(u"dispatchProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(dialog->isVisible());
        to->item(1)->setCheckState(Qt::Checked);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!page->findChild<QDialog *>(u"dispatchDialog"_s));

        auto *panel = page->findChild<QWidget *>(u"dispatchPanel"_s);
        QVERIFY(panel);
        QTRY_COMPARE(panel->property("instructionCount").toInt(), 1);
        QVERIFY(panel->isVisible()); // the operator is shown what they sent
        auto *list = panel->findChild<QTreeWidget *>(u"dispatchList"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->childCount(), 1);
        QCOMPARE(list->topLevelItem(0)->child(0)->text(0), chosen.at(1));
        // The demo's patrol answers as its terminal would: received within seconds, then
        // accepted or refused with a reason.
        QCOMPARE(list->topLevelItem(0)->child(0)->text(1), u"sent"_s);
        m_demo->clock.advanceMs(6000);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItem(0)->child(0)->text(1) == u"received"_s, 5000);
        m_demo->clock.advanceMs(10000);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItem(0)->child(0)->text(1) == u"accepted"_s ||
                                     list->topLevelItem(0)->child(0)->text(1) == u"refused"_s,
                                 5000);
        // On the map, the officer is ringed while the instruction is theirs to carry out.
        const bool accepted = list->topLevelItem(0)->child(0)->text(1) == u"accepted"_s;
        const auto taskShown = [page, results](const QString &id) {
            const auto found = results->findItems(id, Qt::MatchExactly, 1);
            QCOMPARE(found.size(), 1);
            emit results->itemActivated(found.first(), 0); // the map flies to them
            QTRY_VERIFY(!run(page, u"jianduStats.taskOf('%1') === null"_s.arg(id)).toBool());
        };
        taskShown(chosen.at(1));
        QTRY_COMPARE(run(page, u"jianduStats.taskOf('%1')"_s.arg(chosen.at(1))).toString(),
                     accepted ? u"accepted"_s : QString());
        taskShown(chosen.at(0)); // not sent to
        QCOMPARE(run(page, u"jianduStats.taskOf('%1')"_s.arg(chosen.at(0))).toString(), QString());
        list->setCurrentItem(list->topLevelItem(0)->child(0));
        auto *history = panel->findChild<QLabel *>(u"dispatchHistory"_s);
        QVERIFY2(history->text().contains(u"received"_s), qPrintable(history->text()));

        // 情况发布 in one click: the leaders of the jurisdiction it happened in and those on duty.
        QVERIFY(QMetaObject::invokeMethod(page, "select", Q_ARG(QString, u"incident"_s),
                                          Q_ARG(QString, jqbh)));
        auto *brief = page->findChild<QAction *>(u"dispatchBrief"_s);
        QVERIFY(brief->isEnabled());
        brief->trigger();
        QTRY_COMPARE(panel->property("instructionCount").toInt(), 2);
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        const QTreeWidgetItem *briefing = list->topLevelItem(0); // newest first
        QVERIFY(briefing->text(0).contains(u"Briefing"_s));
        QStringList leaders;
        for (int i = 0; i < briefing->childCount(); ++i)
            leaders << briefing->child(i)->text(0);
        const auto at = demoCity().locate(u"幸福小区36号"_s);
        QCOMPARE(leaders, demoCity().leadersFor(*at));
        QVERIFY(leaders.contains(u"指挥中心值班领导 周明"_s));
        QVERIFY(leaders.size() >= 2);
    }

    void anAnswerGivenByPhoneIsRecordedWithItsPhotos()
    {
        m_watchdog->step(u"answer with photos"_s);
        QWidget *page = m_demo->mapPage();
        const QString jqbh = u"J4403002026111600032"_s;
        QVERIFY(QMetaObject::invokeMethod(page, "select", Q_ARG(QString, u"incident"_s),
                                          Q_ARG(QString, jqbh)));
        auto *results = page->findChild<QTreeWidget *>(u"mapResults"_s);
        QTRY_VERIFY(results->topLevelItemCount() > 3);
        results->clearSelection();
        // The third officer or vehicle nearest (the first two had the instruction before).
        QTreeWidgetItem *third = nullptr;
        for (int row = 0, people = 0; row < results->topLevelItemCount() && !third; ++row) {
            const QString kind = results->topLevelItem(row)->data(0, Qt::UserRole).toString();
            if ((kind == u"officer"_s || kind == u"vehicle"_s) && ++people == 3)
                third = results->topLevelItem(row);
        }
        QVERIFY(third);
        third->setSelected(true);
        const QString officer = third->text(1);
        m_demo->clock.advanceMs(1000); // after the briefing
        page->findChild<QAction *>(u"dispatchSend"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<QDialog *>(u"dispatchDialog"_s)) &&
                    dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!page->findChild<QDialog *>(u"dispatchDialog"_s));
        auto *panel = page->findChild<QWidget *>(u"dispatchPanel"_s);
        auto *list = panel->findChild<QTreeWidget *>(u"dispatchList"_s);
        QTRY_VERIFY(list->topLevelItemCount() > 0 && list->topLevelItem(0)->childCount() == 1 &&
                    list->topLevelItem(0)->child(0)->text(0) == officer);

        // The officer calls in before their terminal answers: accepted, there, done.
        const auto record = [&](const QString &state) {
            list->setCurrentItem(list->topLevelItem(0)->child(0));
            auto *button = panel->findChild<QPushButton *>(u"dispatchRecord"_s);
            for (QAction *action : button->menu()->actions()) {
                if (action->text() == state)
                    action->trigger();
            }
        };
        record(u"accepted"_s);
        QTRY_COMPARE(list->topLevelItem(0)->child(0)->text(1), u"accepted"_s);
        record(u"arrived"_s);
        QTRY_COMPARE(list->topLevelItem(0)->child(0)->text(1), u"arrived"_s);
        record(u"done"_s);
        QDialog *answer = nullptr;
        QTRY_VERIFY((answer = panel->findChild<QDialog *>(u"dispatchAnswer"_s)) &&
                    answer->isVisible());
        answer->findChild<QPlainTextEdit *>(u"dispatchAnswerNote"_s)
            ->setPlainText(u"纠纷已调解，双方签字"_s);
        // Something that only looks like a photo is refused by name; the dialog stays.
        QTemporaryDir files;
        const QString fake = files.filePath(u"现场.jpg"_s);
        QFile text(fake);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture");
        text.close();
        QWidget *picker = answer->findChild<QWidget *>(u"photoPicker"_s);
        QVERIFY(QMetaObject::invokeMethod(picker, "addFiles", Q_ARG(QStringList, {fake})));
        auto *ok = answer->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *problem = answer->findChild<QLabel *>(u"dispatchAnswerProblem"_s);
        QTRY_VERIFY(problem->text().contains(u"现场.jpg"_s));
        QVERIFY(answer->isVisible());
        QCOMPARE(list->topLevelItem(0)->child(0)->text(1), u"arrived"_s);
        // The real photo.
        QImage scene(640, 480, QImage::Format_RGB32);
        scene.fill(QColor(u"#4a7"_s));
        const QString photo = files.filePath(u"scene.png"_s);
        QVERIFY(scene.save(photo));
        picker->findChild<QListWidget *>(u"photoFiles"_s)->clear();
        QVERIFY(QMetaObject::invokeMethod(picker, "addFiles", Q_ARG(QStringList, {photo})));
        QTRY_VERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!panel->findChild<QDialog *>(u"dispatchAnswer"_s));
        QTRY_COMPARE(list->topLevelItem(0)->child(0)->text(1), u"done"_s);

        // Chosen, the answer shows its photo, small.
        list->setCurrentItem(list->topLevelItem(0)->child(0));
        auto *photos = panel->findChild<QListWidget *>(u"dispatchPhotos"_s);
        QTRY_VERIFY(photos->isVisible() && photos->count() == 1 &&
                    !photos->item(0)->icon().isNull());
        QVERIFY(panel->findChild<QLabel *>(u"dispatchHistory"_s)->text().contains(u"纠纷已调解"_s));
        // On the map, nobody is ringed for it any more.
        QTRY_COMPARE(run(page, u"jianduStats.taskOf('%1') || ''"_s.arg(officer)).toString(),
                     QString());
    }

    void anOfficerChosenShowsTheirWayOverThePeriod()
    {
        m_watchdog->step(u"officer's way"_s);
        QWidget *page = m_demo->mapPage();
        const QString id = u"警-0001"_s;
        QVERIFY(QMetaObject::invokeMethod(page, "select", Q_ARG(QString, u"officer"_s),
                                          Q_ARG(QString, id)));
        // The demo's patrols' last hours, a position a minute.
        QTRY_VERIFY_WITH_TIMEOUT(run(page, u"jianduStats.trackPoints()"_s).toInt() > 300, 5000);
        QVERIFY2(page->property("details").toString().contains(u"Way drawn from"_s),
                 qPrintable(page->property("details").toString()));
        // The officer shown can be sent an instruction at once.
        QVERIFY(page->findChild<QAction *>(u"dispatchSend"_s)->isEnabled());
        // Anything else chosen: the way goes.
        QVERIFY(QMetaObject::invokeMethod(page, "select", Q_ARG(QString, u"station"_s),
                                          Q_ARG(QString, u"城东派出所"_s)));
        QTRY_COMPARE(run(page, u"jianduStats.trackPoints()"_s).toInt(), 0);
        QVERIFY(!page->findChild<QAction *>(u"dispatchSend"_s)->isEnabled());
    }

    void aCircleDrawnListsWhatIsInsideAndExportsIt()
    {
        m_watchdog->step(u"circle drawn"_s);
        QWidget *page = m_demo->mapPage();
        const CommandMap::SiteGeography city = demoCity();
        const auto estate = std::find_if(city.places.cbegin(), city.places.cend(),
                                         [](const auto &p) { return p.name == u"幸福小区"_s; });
        run(page, u"jianduStats.setView(%1, %2, 16)"_s.arg(estate->at.lat, 0, 'f', 7)
                      .arg(estate->at.lon, 0, 'f', 7));
        QAction *circle = nullptr;
        for (QAction *action : page->findChildren<QAction *>()) {
            if (action->text() == u"Circle"_s)
                circle = action;
        }
        QVERIFY(circle);
        circle->trigger();
        // The centre, then the edge 300 m east.
        clickAt(page, run(page, u"jianduStats.pointAt(%1, %2)"_s.arg(estate->at.lat, 0, 'f', 7)
                                    .arg(estate->at.lon, 0, 'f', 7)));
        const double east =
            estate->at.lon + 300 / (111194.9 * std::cos(estate->at.lat * M_PI / 180));
        clickAt(page, run(page, u"jianduStats.pointAt(%1, %2)"_s.arg(estate->at.lat, 0, 'f', 7)
                                    .arg(east, 0, 'f', 7)));
        // The six incidents at 幸福小区 (its buildings lie within 150 m), nothing else's.
        QTRY_VERIFY_WITH_TIMEOUT(page->property("details").toString().contains(u"6 incidents"_s),
                                 5000);
        auto *results = page->findChild<QTreeWidget *>(u"mapResults"_s);
        int incidents = 0;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            if (results->topLevelItem(i)->text(0) == u"Incident"_s) {
                ++incidents;
                QVERIFY(results->topLevelItem(i)->text(1).contains(u"幸福小区"_s));
            }
        }
        QCOMPARE(incidents, 6);
        QTemporaryDir out;
        const QString csv = out.filePath(u"inside.csv"_s);
        QVERIFY(QMetaObject::invokeMethod(page, "exportResults", Q_ARG(QString, csv)));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), results->topLevelItemCount() + 1);
        QCOMPARE(text.count(u"幸福小区"_s), 6);
    }

    void aCameraClickedOpensLiveInAWindow()
    {
        m_watchdog->step(u"camera clicked"_s);
        QWidget *page = m_demo->mapPage();
        const CommandMap::SiteGeography city = demoCity();
        const auto at = city.cameras.value(u"cam-0110-01"_s);
        run(page,
            u"jianduStats.setView(%1, %2, 17)"_s.arg(at.lat, 0, 'f', 7).arg(at.lon, 0, 'f', 7));
        QTest::qWait(300);
        clickAt(
            page,
            run(page,
                u"jianduStats.pointAt(%1, %2)"_s.arg(at.lat, 0, 'f', 7).arg(at.lon, 0, 'f', 7)));
        QWidget *window = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((window =
                                      [] {
                                          for (QWidget *w : QApplication::topLevelWidgets())
                                              if (w->objectName() == u"cameraWindow"_s &&
                                                  w->isVisible())
                                                  return w;
                                          return static_cast<QWidget *>(nullptr);
                                      }()),
                                 5000);
        QCOMPARE(window->windowTitle(), u"城东派出所 接警大厅"_s);
        QVERIFY(page->property("details").toString().contains(u"城东派出所 接警大厅"_s));
        window->close();
    }

    void layersAreSwitchedWithTheirClusters()
    {
        m_watchdog->step(u"layers switched"_s);
        QWidget *page = m_demo->mapPage();
        const auto action = [page](const QString &layer) {
            return page->findChild<QAction *>(u"layer_"_s + layer);
        };
        const auto visible = [page](const QString &layer) {
            return run(page, u"jianduStats.visible('%1')"_s.arg(layer)).toBool();
        };
        QVERIFY(visible(u"incidents"_s) && visible(u"incidentGroups"_s));
        action(u"incidents"_s)->trigger();
        QTRY_VERIFY(!visible(u"incidents"_s) && !visible(u"incidentGroups"_s));
        QVERIFY(visible(u"officers"_s) && visible(u"officerGroups"_s));
        action(u"incidents"_s)->trigger();
        QTRY_VERIFY(visible(u"incidents"_s) && visible(u"incidentGroups"_s));
        // Jurisdictions are drawn into the tiles: switched off, the tiles come without them.
        QVERIFY(run(page, u"jianduStats.tileUrl()"_s).toString().contains(u"jurisdictions=1"_s));
        action(u"jurisdictions"_s)->trigger();
        QTRY_VERIFY(!run(page, u"jianduStats.tileUrl()"_s).toString().contains(u"jurisdictions"_s));
        QVERIFY(!visible(u"jurisdictions"_s));
        action(u"jurisdictions"_s)->trigger();
        QTRY_VERIFY(
            run(page, u"jianduStats.tileUrl()"_s).toString().contains(u"jurisdictions=1"_s));
        // The heat map, off at first, shows the period's incidents in cells.
        const CommandMap::SiteGeography city = demoCity();
        run(page, u"jianduStats.setView(%1, %2, 13)"_s.arg(city.centre.lat).arg(city.centre.lon));
        QVERIFY(!visible(u"heat"_s));
        action(u"heat"_s)->trigger();
        QTRY_VERIFY(visible(u"heat"_s));
        QTRY_VERIFY(
            run(page, u"jianduStats.map() && document.querySelectorAll('.jd-heat').length"_s)
                .toInt() > 0);
        action(u"heat"_s)->trigger();
    }

    void javascriptErrorsReachTheClientLog()
    {
        m_watchdog->step(u"page error"_s);
        QWidget *page = m_demo->mapPage();
        run(page, u"setTimeout(() => { throw new Error('probe-4711'); }, 0); true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(logged({u"map page"_s, u"probe-4711"_s}), 5000);
    }

    void aBrokenTileFileIsSaidAndTheMapStillWorks()
    {
        m_watchdog->step(u"broken tiles"_s, false);
        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.mbtiles"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'x'));
        file.close();
        m_demo.reset();
        m_demo = std::make_unique<DemoClient>(
            QList<QPair<QString, QVariant>>{{u"commandmap/tiles"_s, broken}});
        QWidget *page = m_demo->mapPage();
        waitForMap(page);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->findChild<QLabel *>(u"mapStatus"_s)->text().contains(u"broken.mbtiles"_s), 10000);
        const CommandMap::SiteGeography city = demoCity();
        run(page, u"jianduStats.setView(%1, %2, 13)"_s.arg(city.centre.lat).arg(city.centre.lon));
        QTRY_COMPARE_WITH_TIMEOUT(markers(page).value(u"incidents"_s).toInt(), 60, 10000);
        QVERIFY(page->findChild<QObject *>(u"mapTiles"_s)->property("missing").toLongLong() > 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_CommandMap test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_commandmap.moc"
