// 办案区 in the client as the demo site runs it: the simulated day drawn on the floor plan and
// listed beside it, a room without a camera said so when clicked, and a subject left alone in a
// waiting room reaching the alert inbox as 无人看管 — the place rules fed in-process.

#include <QApplication>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <alerts/data/alertsschema.h>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <moduleapi/modulemanager.h>
#include <shell/application.h>
#include <shell/mainwindow.h>
#include <shell/notificationcenter.h>
#include <shell/shell.h>
#include <shell/workspace.h>
#include <storage/localcache.h>
#include <testclient.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;

namespace {

const qint64 kT = QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toMSecsSinceEpoch();

struct Client : Testing::TestClient
{
    Client(const QString &dataDir, const Clock &clock, LocalCache *cache)
        : TestClient(context(dataDir), clock, cache)
    {}
    static ShellContext context(const QString &dataDir)
    {
        ShellContext context{dataDir, u"en"_s, u"tester"_s};
        context.demo = true;
        context.site.name = u"Demo"_s;
        context.site.units = {u"城东分局"_s};
        return context;
    }
    QStringList inboxMessages()
    {
        auto *view = page(u"alerts.inbox"_s)->findChild<QTreeView *>(u"alertView"_s);
        QStringList messages;
        for (int r = 0; view->model() && r < view->model()->rowCount(); ++r)
            messages.append(view->model()->index(r, 1).data().toString());
        return messages;
    }
};

QStringList column(QTableWidget *table, int col)
{
    QStringList cells;
    for (int r = 0; r < table->rowCount(); ++r)
        cells.append(table->item(r, col) ? table->item(r, col)->text() : QString());
    return cells;
}

} // namespace

class tst_CaseArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(installTranslations(u"en"_s)); }

    void theDemoDayIsDrawnListedAndItsPlaceAlertsReachTheInbox()
    {
        auto cache = LocalCache::create(m_dir.path() + u"/cache"_s, u"pw"_s);
        QVERIFY(cache.ok());
        QVERIFY(AlertsSchema::migrate(**cache).ok());
        VirtualClock clock(kT);
        Client client(m_dir.path() + u"/data"_s, clock, cache->get());
        QWidget *page = client.page(u"casearea.live"_s);
        QVERIFY(page);
        QVERIFY(page->findChild<QWidget *>(u"floorPlanView"_s));
        // Five minutes into the day: the first two subjects and their escorts are in.
        auto *people = page->findChild<QTableWidget *>(u"peopleInArea"_s);
        QVERIFY(people);
        QTRY_COMPARE(column(people, 1).count(u"Subject"_s), 2);
        QVERIFY(column(people, 0).contains(u"王某强"_s));
        QVERIFY(column(people, 2).contains(u"人身安全检查室"_s) ||
                column(people, 2).contains(u"出入口"_s));

        // The storage room (17–22 m × 0–9 m of the 40 × 24 m plan) has no camera: clicking it
        // says so, instead of nothing happening.
        auto *view = page->findChild<QWidget *>(u"floorPlanView"_s);
        const double scale = std::min((view->width() - 32) / 40.0, (view->height() - 32) / 24.0);
        const QPointF origin((view->width() - 40 * scale) / 2, (view->height() - 24 * scale) / 2);
        QTest::mouseClick(view, Qt::LeftButton, {},
                          (origin + QPointF(19.5, 4.5) * scale).toPoint());
        QVERIFY(client.shell->notifications().notifications().constLast().message.contains(
            u"No camera of this room"_s));

        // A minute of the day at a time: B-02's escort steps out of the waiting room, and a
        // minute later the inbox has 无人看管 for B-02.
        for (int step = 0; step < 60; ++step) {
            const QStringList now = client.inboxMessages();
            if (std::any_of(now.cbegin(), now.cend(),
                            [](const QString &m) { return m.contains(u"无人看管"_s); }))
                break;
            // Half a minute at a time: under the stale time, as a live feed keeps up.
            clock.advanceMs(30 * 1000);
            QTest::qWait(1100);
        }
        const QStringList messages = client.inboxMessages();
        const auto unattended =
            std::find_if(messages.cbegin(), messages.cend(),
                         [](const QString &m) { return m.contains(u"无人看管"_s); });
        QVERIFY2(unattended != messages.cend(), qPrintable(messages.join(u'\n')));
        QVERIFY(unattended->contains(u"李某"_s));
        // Nobody went out unregistered: the silent band and everyone else stayed inside.
        QVERIFY2(std::none_of(messages.cbegin(), messages.cend(),
                              [](const QString &m) { return m.contains(u"未注销离开"_s); }),
                 qPrintable(messages.join(u'\n')));
        // The minor brought in is a special person (特殊人员入区).
        QVERIFY2(std::any_of(messages.cbegin(), messages.cend(),
                             [](const QString &m) {
                                 return m.startsWith(u"特殊人员进入办案区预警: 李某"_s);
                             }),
                 qPrintable(messages.join(u'\n')));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    tst_CaseArea test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_casearea.moc"
