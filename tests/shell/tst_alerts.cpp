#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <alerts/data/alertrepository.h>
#include <alerts/data/alertsschema.h>
#include <alerts/data/problemrepository.h>
#include <alerts/data/rulesettingsrepository.h>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <moduleapi/modulemanager.h>
#include <shell/application.h>
#include <shell/mainwindow.h>
#include <shell/notificationcenter.h>
#include <shell/shell.h>
#include <shell/workspace.h>
#include <storage/localcache.h>
#include <storage/sealedfile.h>
#include <testclient.h>
#include <uistallwatchdog.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
const qint64 kT = QDateTime(QDate(2026, 11, 23), QTime(9, 0)).toMSecsSinceEpoch();

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QByteArray entered(const QString &personId, qint64 at, const QString &cameraId = {})
{
    // Every person has a name and an id card number of their own.
    static const QHash<QString, QString> names{
        {u"P-2"_s, u"李四"_s}, {u"P-SOON"_s, u"王五"_s}, {u"P-LATE"_s, u"赵六"_s}};
    const QString name = names.value(personId, u"张三"_s);
    const QString idCard =
        u"4403001990010%1"_s.arg(qulonglong(qHash(personId) % 100000), 5, 10, QChar(u'0'));
    return u"{\"type\": \"area.entered\", \"time\": \"%1\", \"subject\": {\"personId\": \"%2\", "
           "\"name\": \"%5\", \"idCard\": \"%4\", \"unit\": \"城东派出所\", "
           "\"cameraId\": \"%3\"}}\n"_s.arg(timeText(at), personId, cameraId, idCard, name)
               .toUtf8();
}

QByteArray feedEvent(const QString &type, const QString &personId, qint64 at)
{
    return u"{\"type\": \"%1\", \"time\": \"%2\", \"subject\": {\"personId\": \"%3\"}}\n"_s
        .arg(type, timeText(at), personId)
        .toUtf8();
}

void dropFeed(const QString &dataDir, const QString &name, const QByteArray &lines)
{
    QDir().mkpath(dataDir + u"/events"_s);
    // Written aside and renamed, as a feeding service would, so it is never read half-written.
    QFile file(dataDir + u"/events/"_s + name + u".part"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines);
    file.close();
    QVERIFY(QFile::rename(file.fileName(), dataDir + u"/events/"_s + name));
}

//! The inbox's columns, as the operator sees them.
namespace AlertInboxColumns {
enum { Tier, Message, Element, Unit, Owner, Raised, Deadline, Status };
}

//! The client as a command room runs it: shell, modules, cache, on a clock the test drives.
// The inbox reads the rows it shows on the module's database thread; until then a row says
// "…". What the operator sees a moment later.
void waitForRowsRead(QAbstractItemModel *model)
{
    const auto pending = [model] {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 1).data().toString() == u"…"_s)
                return true;
        return false;
    };
    QDeadlineTimer deadline(5000);
    while (pending() && !deadline.hasExpired())
        QTest::qWait(10);
}

//! The scenario's watchdog, while one runs.
Testing::UiStallWatchdog *scenarioWatchdog = nullptr;

//! The client's start-up (loading every module's library, the migrations) is the start-up
//! benchmark's to measure, not a stall of an operator's work: it is not watched, what follows is.
ShellContext startingUp(ShellContext context)
{
    if (scenarioWatchdog)
        scenarioWatchdog->step(u"the client's start-up"_s, false);
    return context;
}

struct Client : Testing::TestClient
{
    Client(const QString &dataDir, const Clock &clock, LocalCache *cache,
           const QString &userName = u"tester"_s, bool demo = false)
        : TestClient(startingUp(context(dataDir, userName, demo)), clock, cache)
    {
        if (scenarioWatchdog)
            scenarioWatchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
    }
    static ShellContext context(const QString &dataDir, const QString &userName, bool demo)
    {
        ShellContext context{dataDir, u"en"_s, userName};
        context.demo = demo;
        context.site.name = u"Test site"_s;
        context.site.units = {u"城东派出所"_s, u"滨河派出所"_s};
        context.site.cameras = {
            {u"cam-1"_s, u"候问室"_s, u"城东派出所"_s, u"rtsp://127.0.0.1:9/none"_s}};
        return context;
    }
    QTreeView *inbox() { return page(u"alerts.inbox"_s)->findChild<QTreeView *>(u"alertView"_s); }
    //! The inbox's rows as "tier|message" (no groups).
    QStringList rows()
    {
        QTreeView *view = inbox();
        QStringList result;
        if (!view->model())
            return result;
        waitForRowsRead(view->model());
        for (int r = 0; r < view->model()->rowCount(); ++r)
            result.append(view->model()->index(r, 0).data().toString() + u'|' +
                          view->model()->index(r, 1).data().toString());
        return result;
    }
    bool notified(const QString &text)
    {
        for (const Notification &n : shell->notifications().notifications()) {
            if (n.title.contains(text) || n.message.contains(text))
                return true;
        }
        return false;
    }
};

//! Fills the next dialog that opens with \a note (\a value in its one-line field, \a files
//! as attachments), then confirms it as the operator would.
void answerNextDialog(const QString &note, const QString &value = {}, const QStringList &files = {})
{
    QTimer::singleShot(0, [note, value, files] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextDialog(note, value, files);
            return;
        }
        if (auto *text = dialog->findChild<QPlainTextEdit *>())
            text->setPlainText(note);
        if (auto *line = dialog->findChild<QLineEdit *>(); line && !value.isNull())
            line->setText(value);
        if (auto *list = dialog->findChild<QListWidget *>())
            list->addItems(files);
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->isEnabled() && b->isDefault())
                return b->click();
        }
        dialog->accept();
    });
}

QWidget *topLevel(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == objectName)
            return w;
    }
    return nullptr;
}

QStringList actionButtons(QWidget *page)
{
    QStringList names;
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->property("action").isValid())
            names.append(b->text());
    }
    return names;
}

void clickAction(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->property("action").isValid() && b->text() == text)
            return b->click();
    }
    QFAIL(qPrintable(u"no button "_s + text));
}

} // namespace

// Supervision alerts as an operator meets them: fed events become alerts in the inbox, the
// deadlines survive a killed client, a problem goes round the closed loop, rule changes are
// audited and take effect.
class tst_Alerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    // Every scenario: the UI thread never works 100 ms without its event loop turning (the
    // client's start-up aside).
    std::unique_ptr<Testing::UiStallWatchdog> m_watchdog;
    QString dataDir() const { return m_dir.path() + u"/data"_s; }

private slots:
    void initTestCase()
    {
        // The English UI as operators get it (its plurals come from the English catalogue).
        QVERIFY(installTranslations(u"en"_s));
    }
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(dataDir());
        auto cache = LocalCache::create(m_dir.path() + u"/cache"_s, u"pw"_s);
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
        QVERIFY(AlertsSchema::migrate(*m_cache).ok());
        m_watchdog = std::make_unique<Testing::UiStallWatchdog>();
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
        scenarioWatchdog = m_watchdog.get();
    }
    void cleanup()
    {
        scenarioWatchdog = nullptr;
        m_cache.reset();
        const QStringList stalls = std::exchange(m_watchdog, {})->stalls();
        QVERIFY2(stalls.isEmpty(), qPrintable(stalls.join(u'\n')));
    }

    void fedEventsBecomeAlertsThatResolveThemselves()
    {
        VirtualClock clock(kT);
        Client client(dataDir(), clock, m_cache.get());
        QVERIFY(client.inbox());
        QTRY_VERIFY(client.inbox()->model());
        QVERIFY(client.rows().isEmpty());
        Testing::UiStallWatchdog watchdog;

        // Two hours in the area without a safety check; a line that is not an event.
        watchdog.step(u"a feed file arrives"_s);
        dropFeed(dataDir(), u"area-1.jsonl"_s,
                 entered(u"P-1"_s, kT - 90 * kMinute, u"cam-1"_s) + "not an event\n");
        QTRY_COMPARE(client.rows().size(), 1);
        // What happened first (the rule's title), then who; the ID number is not in lists
        // (only in the detail pane).
        QCOMPARE(client.rows()[0], u"Early warning|未进行人身安全检查预警: 张三"_s);
        client.inbox()->setCurrentIndex(client.inbox()->model()->index(0, 0));
        auto *details =
            client.page(u"alerts.inbox"_s)->findChild<QTextBrowser *>(u"alertDetails"_s);
        QVERIFY(details->toPlainText().contains(u"4403001990010"_s));
        QVERIFY(details->toPlainText().contains(u"1小时未进行人身安全检查"_s));
        // One presentation: the alert popup; no error box, and not a warning of the client's
        // own (the overview counts those).
        QTRY_VERIFY(client.notified(u"未进行人身安全检查预警"_s));
        for (const Notification &n : client.shell->notifications().notifications()) {
            QVERIFY2(!n.message.contains(u"4403001990010"_s), qPrintable(n.message));
            if (n.message.contains(u"未进行人身安全检查预警"_s))
                QCOMPARE(n.severity, Severity::Information);
        }
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(!box || !box->isVisible() || box->icon() != QMessageBox::Critical);
        }
        // The file is done with; the refused line is named, in a file and to the operator.
        QTRY_VERIFY(QFile::exists(dataDir() + u"/events/processed/area-1.jsonl"_s));
        QVERIFY(!QFile::exists(dataDir() + u"/events/area-1.jsonl"_s));
        QFile errors(dataDir() + u"/events/processed/area-1.jsonl.errors.txt"_s);
        QVERIFY(errors.open(QIODevice::ReadOnly));
        QVERIFY(errors.readAll().startsWith("area-1.jsonl:2: not JSON"));
        QVERIFY(client.notified(u"area-1.jsonl: 1 lines are not events"_s));

        // 24 hours in the area: the next alarms come on the clock, not on an event (the 2-hour
        // information collection, then the 24 hours).
        watchdog.step(u"deadlines fall due on the clock"_s);
        clock.setNowMs(kT + 23 * kHour);
        QTRY_COMPARE(client.rows().size(), 3);
        QVERIFY(client.rows()[0].contains(u"在办案区超过24小时报警"_s));
        QVERIFY(client.rows()[1].contains(u"未进行信息采集预警"_s));
        // An alarm cannot be missed: the popup is up and names the person.
        QWidget *popup = topLevel(u"alertPopup"_s);
        QTRY_VERIFY(popup && popup->isVisible());
        QVERIFY(popup->findChild<QListWidget *>()->item(0)->text().contains(u"张三"_s));

        // Leaving the area satisfies both: they leave the "to handle" list by themselves...
        dropFeed(dataDir(), u"area-2.jsonl"_s,
                 feedEvent(u"area.left"_s, u"P-1"_s, kT + 23 * kHour));
        QTRY_VERIFY(client.rows().isEmpty());
        // ...and are listed as resolved.
        auto *status = client.page(u"alerts.inbox"_s)->findChild<QComboBox *>();
        for (QComboBox *box : client.page(u"alerts.inbox"_s)->findChildren<QComboBox *>())
            if (box->accessibleName() == u"Status")
                status = box;
        status->setCurrentIndex(status->findText(u"Resolved"_s));
        QTRY_COMPARE(client.rows().size(), 3);

        // Events dated in the future are refused, and said so.
        watchdog.step(u"events from the future"_s);
        dropFeed(dataDir(), u"future.jsonl"_s, entered(u"P-9"_s, kT + 30 * kHour));
        QTRY_VERIFY(client.notified(u"dated later than now"_s));
        QVERIFY2(watchdog.stalls().isEmpty(), qPrintable(watchdog.stalls().join(u'\n')));
    }

    void theInboxAsAnOperatorOfPagingSoftwareExpectsIt()
    {
        // An alarm escalates after ten minutes without an acknowledgement; this workstation
        // is the responsible unit's.
        VirtualClock clock(kT);
        Client client(dataDir(), clock, m_cache.get());
        client.settings.setValue(u"alerts/escalateAfterMinutes"_s, 10);
        client.settings.setValue(u"alerts/role"_s, u"unit"_s);
        QTreeView *view = client.inbox();
        QTRY_VERIFY(view->model());
        // 张三 has been in the area 25 hours (an alarm an hour old, a warning and two
        // guidance items), 李四 for 100 minutes.
        dropFeed(dataDir(), u"a.jsonl"_s,
                 entered(u"P-1"_s, kT - 25 * kHour, u"cam-1"_s) +
                     entered(u"P-2"_s, kT - 100 * kMinute));
        QTRY_VERIFY(client.rows().size() >= 3);
        const int all = int(client.rows().size());
        QWidget *page = client.page(u"alerts.inbox"_s);

        // One alarm presentation, at the top right, never over the inbox's buttons, with
        // the acknowledgement and the camera on it.
        QWidget *popup = topLevel(u"alertPopup"_s);
        QTRY_VERIFY(popup && popup->isVisible());
        auto *acknowledge = page->findChild<QPushButton *>(u"acknowledge"_s);
        const QRect buttons(acknowledge->mapToGlobal(QPoint(0, 0)), acknowledge->size());
        QVERIFY2(!popup->frameGeometry().intersects(buttons), "the popup covers the buttons");
        auto *watch = popup->findChild<QPushButton *>(u"popupWatch"_s);
        QVERIFY(watch && watch->isEnabled());

        // Nobody acknowledged the alarm within ten minutes: it is escalated (on record, in
        // the status, said in the notifications).
        clock.setNowMs(kT + 11 * kMinute);
        const auto rowOf = [&](const QString &text) {
            waitForRowsRead(view->model());
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, 1).data().toString().contains(text))
                    return r;
            return -1;
        };
        const int alarm = rowOf(u"在办案区超过24小时报警"_s);
        QVERIFY(alarm >= 0);
        QTRY_VERIFY(view->model()
                        ->index(alarm, AlertInboxColumns::Status)
                        .data()
                        .toString()
                        .contains(u"escalated"_s));
        QVERIFY(client.notified(u"Alarm escalated to the leaders"_s));
        const qint64 alarmId = view->model()->index(alarm, 0).data(Qt::UserRole + 1).toLongLong();
        AlertRepository alerts(m_cache->database().connection());
        QVERIFY((*alerts.get(alarmId))->escalatedMs > 0);

        // Acknowledged from the popup, in one click.
        auto *popupList = popup->findChild<QListWidget *>(u"alertPopupList"_s);
        for (int i = 0; i < popupList->count(); ++i)
            if (popupList->item(i)->data(Qt::UserRole).toLongLong() == alarmId)
                popupList->setCurrentRow(i);
        popup->findChild<QPushButton *>(u"popupAcknowledge"_s)->click();
        // Stored on the module's database thread: the popup does not wait for the disk.
        QTRY_COMPARE((*alerts.get(alarmId))->status, AlertRecord::Status::Acknowledged);

        // A search finds the alerts by name, by ID number and by the rule's title.
        auto *search = page->findChild<QLineEdit *>(u"alertSearch"_s);
        search->setText(u"李四"_s);
        QTRY_COMPARE(client.rows().size(), 1);
        QVERIFY(client.rows()[0].contains(u"李四"_s));
        search->setText(u"信息采集"_s);
        QTRY_VERIFY(!client.rows().isEmpty() &&
                    client.rows().filter(u"信息采集"_s).size() == client.rows().size());
        QVERIFY(client.rows().size() < all);
        search->clear();
        QTRY_COMPARE(int(client.rows().size()), all); // "to handle": new and acknowledged

        // Several selected, acknowledged at once with one note; "Acknowledged" lists them.
        view->selectAll();
        QTRY_COMPARE(acknowledge->text(), u"Acknowledge %1…"_s.arg(all - 1));
        answerNextDialog(u"已电话通知办案民警"_s);
        acknowledge->click();
        auto *status = [&] {
            for (QComboBox *box : page->findChildren<QComboBox *>())
                if (box->accessibleName() == u"Status")
                    return box;
            return static_cast<QComboBox *>(nullptr);
        }();
        status->setCurrentIndex(status->findText(u"Acknowledged"_s));
        QTRY_COMPARE(int(client.rows().size()), all);
        status->setCurrentIndex(status->findText(u"New"_s));
        QTRY_VERIFY(client.rows().isEmpty());
        status->setCurrentIndex(status->findText(u"Acknowledged"_s));
        QTRY_COMPARE(int(client.rows().size()), all);

        // Taken on: the owner is shown to everyone.
        const int second = rowOf(u"李四"_s);
        view->setCurrentIndex(view->model()->index(second, 0));
        page->findChild<QPushButton *>(u"claim"_s)->click();
        QTRY_COMPARE(view->model()->index(rowOf(u"李四"_s), AlertInboxColumns::Owner).data(),
                     QVariant(u"tester"_s));

        // The unit appeals (申辩), which is not a silence: the alert stays in the inbox,
        // under appeal, until the legal officer decides.
        const qint64 appealed =
            view->model()->index(rowOf(u"李四"_s), 0).data(Qt::UserRole + 1).toLongLong();
        auto *appeal = page->findChild<QPushButton *>(u"appeal"_s);
        QCOMPARE(appeal->text(), u"Appeal…"_s);
        answerNextDialog(u"14:00 已送看守所，见交接记录 12 号"_s);
        appeal->click();
        QCOMPARE((*alerts.get(appealed))->appeal, AlertRecord::Appeal::Pending);
        // The row is read again on the database thread and shows it.
        QTRY_VERIFY(view->model()
                        ->index(rowOf(u"李四"_s), AlertInboxColumns::Status)
                        .data()
                        .toString()
                        .contains(u"under appeal"_s));
        QVERIFY(!appeal->isEnabled()); // one appeal at a time

        // The same person cannot decide the appeal as the legal officer...
        client.settings.setValue(u"alerts/role"_s, u"legal"_s);
        QTRY_COMPARE(appeal->text(), u"Decide the appeal"_s); // the page follows the role
        QTimer::singleShot(0, [] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()))
                menu->actions().constFirst()->trigger();
        });
        QTimer::singleShot(200, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QPlainTextEdit *>()->setPlainText(u"属实"_s);
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->isDefault())
                    b->click();
            QTimer::singleShot(100, [dialog] {
                auto *error = dialog->findChild<QLabel *>(u"actionError"_s);
                QVERIFY(error && error->text().contains(u"cannot decide"_s));
                dialog->reject();
            });
        });
        appeal->click();
        QCOMPARE((*alerts.get(appealed))->appeal, AlertRecord::Appeal::Pending);
        // ...another legal officer upholds it: the alert is closed on its ground.
        QSqlQuery reassign(m_cache->database().connection());
        QVERIFY(reassign.exec(
            u"UPDATE alert SET appeal_by = '城东派出所 李警官' WHERE id = %1"_s.arg(appealed)));
        QTimer::singleShot(0, [] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()))
                menu->actions().constFirst()->trigger();
        });
        answerNextDialog(u"交接记录属实"_s);
        appeal->click();
        QCOMPARE((*alerts.get(appealed))->appeal, AlertRecord::Appeal::Upheld);
        QCOMPARE((*alerts.get(appealed))->status, AlertRecord::Status::Resolved);
        QVERIFY((*alerts.get(appealed))->resolvedReason.contains(u"交接记录属实"_s));

        // The columns are the operator's: one hidden from the header's menu stays hidden.
        QTimer::singleShot(0, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions())
                if (action->text() == u"Unit")
                    action->trigger();
            menu->close();
        });
        emit view->header()->customContextMenuRequested(QPoint(10, 5));
        QVERIFY(view->header()->isSectionHidden(AlertInboxColumns::Unit));
        QVERIFY(!client.settings.value(u"alerts/inboxColumns"_s).toString().isEmpty());
    }

    void acknowledgeSilenceAndWatchTheRoom()
    {
        VirtualClock clock(kT);
        Client client(dataDir(), clock, m_cache.get());
        dropFeed(dataDir(), u"a.jsonl"_s,
                 entered(u"P-1"_s, kT - 90 * kMinute, u"cam-1"_s) +
                     entered(u"P-2"_s, kT - 100 * kMinute));
        QTRY_COMPARE(client.rows().size(), 2);
        QTreeView *view = client.inbox();
        QWidget *page = client.page(u"alerts.inbox"_s);
        const auto button = [page](const QString &text) {
            for (QPushButton *b : page->findChildren<QPushButton *>())
                if (b->text() == text)
                    return b;
            return static_cast<QPushButton *>(nullptr);
        };
        // P-1 (newest) first; acknowledge it with a note.
        view->setCurrentIndex(view->model()->index(0, 0));
        waitForRowsRead(view->model());
        QVERIFY(view->model()->index(0, 1).data().toString().contains(u"张三"_s));
        answerNextDialog(u"已通知值班民警"_s);
        button(u"Acknowledge…"_s)->click();
        AlertRepository alerts(m_cache->database().connection());
        const qint64 first = view->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
        QCOMPARE((*alerts.get(first))->status, AlertRecord::Status::Acknowledged);
        QCOMPARE((*alerts.get(first))->acknowledgeNote, u"已通知值班民警"_s);
        QCOMPARE((*alerts.get(first))->acknowledgedBy, u"tester"_s);
        QVERIFY(!button(u"Acknowledge…"_s)->isEnabled());

        // The subject's room on camera: the video patrol shows it live.
        QVERIFY(button(u"Watch the room"_s)->isEnabled());
        button(u"Watch the room"_s)->click();
        QWidget *live = client.shell->mainWindow()->workspace()->pageWidget(
            *Id::fromString(u"videopatrol.live"_s));
        QVERIFY(live && live->isVisible());
        QWidget *tile = live->findChild<QWidget *>(u"videoTile0"_s);
        QVERIFY(tile);
        QCOMPARE(tile->toolTip(), u"候问室"_s);

        // Silence P-2's alert: it leaves the inbox, stays listable, and is on record.
        view = client.inbox();
        view->setCurrentIndex(view->model()->index(1, 0));
        const qint64 second = view->model()->index(1, 0).data(Qt::UserRole + 1).toLongLong();
        answerNextDialog(u"嫌疑人送医，已报备"_s);
        button(u"Silence…"_s)->click();
        QTRY_COMPARE(client.rows().size(), 1);
        QCOMPARE((*alerts.get(second))->suppressReason, u"嫌疑人送医，已报备"_s);
        QVERIFY((*alerts.get(second))->suppressedUntilMs > kT);
        for (QCheckBox *box : page->findChildren<QCheckBox *>())
            box->setChecked(true);
        QTRY_COMPARE(client.rows().size(), 2);
        QVERIFY(view->model()
                    ->index(1, AlertInboxColumns::Status)
                    .data()
                    .toString()
                    .contains(u"silenced"_s));
    }

    void newAlertsDoNotMoveTheListBeingRead()
    {
        VirtualClock clock(kT);
        Client client(dataDir(), clock, m_cache.get());
        QByteArray many;
        for (int i = 0; i < 120; ++i)
            many += entered(u"P-%1"_s.arg(i), kT - 90 * kMinute - i * 1000);
        dropFeed(dataDir(), u"many.jsonl"_s, many);
        QTRY_COMPARE(client.rows().size(), 120);
        QTreeView *view = client.inbox();
        view->scrollTo(view->model()->index(80, 0));
        view->setCurrentIndex(view->model()->index(80, 0));
        const qint64 reading = view->currentIndex().data(Qt::UserRole + 1).toLongLong();
        const int scrolled = view->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        dropFeed(dataDir(), u"one.jsonl"_s, entered(u"P-NEW"_s, kT - 61 * kMinute));
        QTRY_COMPARE(client.rows().size(), 121);
        QCOMPARE(view->verticalScrollBar()->value(), scrolled);
        QCOMPARE(view->currentIndex().data(Qt::UserRole + 1).toLongLong(), reading);
    }

    void theClosedLoopOnThePage()
    {
        VirtualClock clock(kT);
        {
            Client client(dataDir(), clock, m_cache.get());
            dropFeed(dataDir(), u"a.jsonl"_s, entered(u"P-1"_s, kT - 90 * kMinute));
            QTRY_COMPARE(client.rows().size(), 1);
            QTreeView *view = client.inbox();
            view->setCurrentIndex(view->model()->index(0, 0));
            QPushButton *open = nullptr;
            for (QPushButton *b : client.page(u"alerts.inbox"_s)->findChildren<QPushButton *>())
                if (b->text() == u"Open a problem…")
                    open = b;
            answerNextDialog(u"核实属实"_s);
            open->click();
            QVERIFY(client.notified(u"Problem opened"_s));
            // The alert now says where it went and is no longer to handle.
            QTRY_VERIFY(client.rows().isEmpty());

            // As the legal officer: issue it.
            QWidget *problems = client.page(u"alerts.problems"_s);
            auto *table = problems->findChild<QTableWidget *>(u"problemTable"_s);
            QTRY_COMPARE(table->rowCount(), 1); // read on the module's database thread
            table->selectRow(0);
            // The detail names the subject and the source alert by what happened.
            auto *summary = problems->findChild<QTextBrowser *>();
            QTRY_VERIFY(summary->toPlainText().contains(u"Concerns"_s));
            QVERIFY(summary->toPlainText().contains(u"张三"_s));
            QVERIFY(summary->toPlainText().contains(u"未进行人身安全检查预警 (Early warning"_s));
            QVERIFY(!summary->toPlainText().contains(u"4403001990010"_s));
            QCOMPARE(actionButtons(problems),
                     (QStringList{u"issue to the unit"_s, u"remind"_s, u"add a note"_s}));
            answerNextDialog({});
            clickAction(problems, u"issue to the unit"_s);
            QTRY_COMPARE(table->item(0, 3)->text(), u"issued"_s);
        }
        // Signed in as the responsible unit: it may answer or appeal, with a reason.
        {
            SettingsStore settings(dataDir() + u"/jiandu.ini"_s);
            settings.setValue(u"alerts/role"_s, u"unit"_s);
            settings.setValue(u"alerts/unit"_s, u"城东派出所"_s);
        }
        const QString evidence = m_dir.path() + u"/送医证明.txt"_s;
        {
            QFile file(evidence);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hospital record");
        }
        {
            // The same person cannot answer for the unit what they issued as the legal
            // officer: the steps are there, but off, and say why.
            Client client(dataDir(), clock, m_cache.get());
            QWidget *problems = client.page(u"alerts.problems"_s);
            auto *table = problems->findChild<QTableWidget *>(u"problemTable"_s);
            QTRY_COMPARE(table->rowCount(), 1);
            table->selectRow(0);
            QPushButton *feedback = nullptr;
            QTRY_VERIFY((feedback = [&]() -> QPushButton * {
                for (QPushButton *b : problems->findChildren<QPushButton *>())
                    if (b->text() == u"give feedback"_s && !b->isEnabled())
                        return b;
                return nullptr;
            }()));
            QVERIFY(feedback->toolTip().contains(u"another person"_s));
        }
        {
            Client client(dataDir(), clock, m_cache.get(), u"城东派出所 王警官"_s);
            QWidget *problems = client.page(u"alerts.problems"_s);
            auto *table = problems->findChild<QTableWidget *>(u"problemTable"_s);
            QTRY_COMPARE(table->rowCount(), 1);
            table->selectRow(0);
            QCOMPARE(actionButtons(problems),
                     (QStringList{u"give feedback"_s, u"appeal"_s, u"add a note"_s}));
            clock.advanceMs(kHour);
            answerNextDialog(u"嫌疑人送医"_s, {}, {evidence});
            clickAction(problems, u"appeal"_s);
            QTRY_COMPARE(table->item(0, 3)->text(), u"appealed"_s);
            // The history on the page: who appealed, why, with the attachment.
            auto *history = problems->findChild<QTreeWidget *>(u"problemHistory"_s);
            QTRY_COMPARE(history->topLevelItemCount(), 3);
            QTreeWidgetItem *appeal = history->topLevelItem(2);
            QVERIFY(appeal->text(1).startsWith(u"城东派出所 王警官"_s));
            QCOMPARE(appeal->text(2), u"appeal"_s);
            QCOMPARE(appeal->text(4), u"嫌疑人送医"_s);
            QCOMPARE(appeal->text(5), u"送医证明.txt"_s);
            // Nothing more for the unit to do but add notes.
            QCOMPARE(actionButtons(problems), QStringList{u"add a note"_s});
        }
        ProblemRepository repository(m_cache->database().connection());
        const Problem problem = repository.list()->constFirst();
        QCOMPARE(problem.stage, ProblemStage::Appealed);
        const auto history = *repository.history(problem.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[1].action, ProblemAction::Issue);
        const ProblemAttachment stored = history[2].attachments.value(0);
        QVERIFY(stored.path.startsWith(dataDir() + u"/attachments/problem-"_s));
        QCOMPARE(
            stored.sha256,
            QString::fromLatin1(
                QCryptographicHash::hash("hospital record", QCryptographicHash::Sha256).toHex()));
        // Encrypted at rest; read through the cache's key it is the file attached.
        QFile copy(stored.path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(!copy.readAll().contains("hospital record"));
        QByteArray plain;
        QVERIFY(SealedFile::read(stored.path, *SealedFile::secret(m_cache->database().connection()),
                                 [&plain](QByteArrayView data) {
                                     plain.append(data);
                                     return true;
                                 }));
        QCOMPARE(plain, QByteArray("hospital record"));
    }

    void theDemoShowsTheClosedLoopInEveryStage()
    {
        // A first start of the demo: problems in every stage, so the problems page and the
        // statistics show what they are for.
        VirtualClock clock(kT);
        Client client(dataDir(), clock, m_cache.get(), u"tester"_s, true);
        QWidget *problems = client.page(u"alerts.problems"_s);
        auto *table = problems->findChild<QTableWidget *>(u"problemTable"_s);
        QTRY_COMPARE(table->rowCount(), 4); // open ones first
        auto *filter = problems->findChild<QComboBox *>();
        filter->setCurrentIndex(filter->findText(u"All problems"_s));
        QTRY_COMPARE(table->rowCount(), 6);
        QSet<QString> stages;
        for (int r = 0; r < table->rowCount(); ++r)
            stages.insert(table->item(r, 3)->text());
        QCOMPARE(stages, (QSet<QString>{u"closed"_s, u"being rectified"_s, u"appealed"_s,
                                        u"issued"_s, u"dismissed"_s, u"found"_s}));
        QWidget *statistics = client.page(u"alerts.statistics"_s);
        auto *byStage = statistics->findChild<QWidget *>(u"chartByStage"_s);
        QTRY_VERIFY(byStage->accessibleDescription().count(u';') == 5);
        // Stage times are written as people say them, none as "0.0 h".
        const QString times =
            statistics->findChild<QWidget *>(u"chartStageHours"_s)->accessibleDescription();
        QVERIFY2(!times.isEmpty() && !times.contains(u"0.0"_s), qPrintable(times));
        QVERIFY2(times.contains(u" d"_s) && times.contains(u" h"_s), qPrintable(times));
    }

    void theOverviewLeadsWithWhatNeedsAttention()
    {
        // Two alarms nobody acknowledged and overdue problems: the overview's first cards say
        // so, and a card opens what it counts.
        VirtualClock clock(kT);
        Client client(dataDir(), clock, m_cache.get(), u"tester"_s, true);
        QWidget *overview = client.page(u"system.overview"_s);
        const auto card = [overview](const QString &title) -> QPushButton * {
            for (auto *b : overview->findChildren<QPushButton *>(u"figureCard"_s))
                if (b->accessibleName().startsWith(title + u':'))
                    return b;
            return nullptr;
        };
        QTRY_VERIFY(card(u"Unacknowledged alarms"_s) &&
                    card(u"Unacknowledged alarms"_s)->accessibleName() ==
                        u"Unacknowledged alarms: 2"_s);
        QTRY_COMPARE(card(u"Overdue problems"_s)->accessibleName(), u"Overdue problems: 2"_s);
        QVERIFY(card(u"Cameras recording"_s));
        QVERIFY(card(u"Central sync"_s));
        // Supervision news is not a fault of the client: no warnings counted for it.
        for (const Notification &n : client.shell->notifications().notifications())
            QVERIFY2(n.severity == Severity::Information || !n.title.contains(u"overdue"_s),
                     qPrintable(n.title));

        // The wall's alarm board says the same in large letters, and has nothing to operate.
        std::unique_ptr<QWidget> board;
        for (const WallContentSpec &content : client.shell->wallContents())
            if (content.id == *Id::fromString(u"alerts.board"_s))
                board.reset(content.create(nullptr));
        QVERIFY(board);
        board->resize(1920, 1080);
        board->show();
        auto *alarms = board->findChild<QLabel *>(u"boardAlarms"_s);
        QTRY_VERIFY2(alarms->text().contains(u"Unacknowledged alarms: 2"_s),
                     qPrintable(alarms->text()));
        QVERIFY(alarms->text().contains(u"在办案区超过24小时报警"_s));
        QTRY_VERIFY(board->findChild<QLabel *>(u"boardProblems"_s)
                        ->text()
                        .contains(u"Overdue problems: 2"_s));
        QVERIFY(board->findChildren<QAbstractButton *>().isEmpty());
        board.reset();

        card(u"Unacknowledged alarms"_s)->click();
        QCOMPARE(client.shell->mainWindow()->workspace()->currentPageId().toString(),
                 u"alerts.inbox"_s);
        QTRY_COMPARE(client.rows().size(), 2);
        for (const QString &row : client.rows())
            QVERIFY2(row.startsWith(u"Alarm|"_s), qPrintable(row));

        client.page(u"system.overview"_s);
        card(u"Overdue problems"_s)->click();
        auto *table =
            client.page(u"alerts.problems"_s)->findChild<QTableWidget *>(u"problemTable"_s);
        QTRY_COMPARE(table->rowCount(), 2);
    }

    void ruleChangesAreAuditedAndTakeEffect()
    {
        VirtualClock clock(kT);
        Client client(dataDir(), clock, m_cache.get());
        QWidget *rules = client.page(u"alerts.rules"_s);
        auto *table = rules->findChild<QTableWidget *>(u"ruleTable"_s);
        // The supervision point by its name first, its id last; deadlines in words.
        enum { Name = 1, Deadline = 5, RuleId = 8 };
        // The rules are read off the UI thread as the module starts; the page fills then.
        QTRY_VERIFY(table->rowCount() > 100);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, RuleId)->text() == u"venue.safety-check-1h")
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, Name)->text(), u"未进行人身安全检查预警"_s);
        QCOMPARE(table->item(row, Deadline)->text(), u"1 hour"_s);
        // Found by a word of its name.
        auto *search = rules->findChild<QLineEdit *>(u"ruleSearch"_s);
        search->setText(u"人身安全检查"_s);
        int shown = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            shown += table->isRowHidden(r) ? 0 : 1;
        QVERIFY(shown >= 1 && shown < 5);
        QVERIFY(!table->isRowHidden(row));
        search->clear();
        // A value that is not a length of time is refused with the reason, nothing stored.
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>()->setText(u"two hours"_s);
            dialog->findChild<QPlainTextEdit *>()->setPlainText(u"试行"_s);
            dialog->accept();
            QTimer::singleShot(0, [dialog] {
                QVERIFY(dialog->isVisible());
                const auto said = [dialog] {
                    for (QLabel *label : dialog->findChildren<QLabel *>())
                        if (label->text().contains(u"not a length of time"_s))
                            return true;
                    return false;
                };
                QTRY_VERIFY(said());
                dialog->findChild<QLineEdit *>()->setText(u"2h"_s);
                dialog->accept();
            });
        });
        emit table->cellActivated(row, Deadline);
        QCOMPARE(table->item(row, Deadline)->text(), u"2 hours"_s);
        QVERIFY(table->item(row, Deadline)->font().bold());
        auto *history = rules->findChild<QTableWidget *>(u"ruleHistory"_s);
        QTRY_COMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 1)->text(), u"tester"_s);
        QCOMPARE(history->item(0, 4)->text(), u"1 hour → 2 hours"_s);
        QCOMPARE(history->item(0, 5)->text(), u"试行"_s);

        // The engine runs the new deadline: 90 minutes without a check is no longer an alarm.
        dropFeed(dataDir(), u"a.jsonl"_s, entered(u"P-1"_s, kT - 90 * kMinute));
        QTRY_VERIFY(QFile::exists(dataDir() + u"/events/processed/a.jsonl"_s));
        QTest::qWait(300);
        QVERIFY(client.rows().isEmpty());
        clock.advanceMs(31 * kMinute);
        QTRY_COMPARE(client.rows().filter(u"人身安全检查"_s).size(), 1);
        // Switched off, a rule stops: nobody else's check is awaited.
        answerNextDialog(u"停用"_s);
        emit table->cellClicked(row, 0);
        QCOMPARE(table->item(row, 0)->checkState(), Qt::Unchecked);
        QCOMPARE((*RuleSettingsRepository(m_cache->database().connection()).all())
                     .value(u"venue.safety-check-1h"_s)
                     .values,
                 (QHash<QString, QString>{{u"deadline"_s, u"2h"_s}, {u"enabled"_s, u"false"_s}}));

        // The responsible unit reads the rules that supervise it but does not change them.
        client.settings.setValue(u"alerts/role"_s, u"unit"_s);
        auto *hint = rules->findChild<QLabel *>(u"ruleHint"_s);
        QTRY_VERIFY(hint->text().contains(u"does not change the rules"_s));
        QVERIFY(!(table->item(row, 0)->flags() & Qt::ItemIsUserCheckable));
        emit table->cellActivated(row, Deadline); // no dialog: said instead
        QVERIFY(client.notified(u"does not change the rules"_s));
        QCOMPARE(table->item(row, Deadline)->text(), u"2 hours"_s);
        QCOMPARE(RuleSettingsRepository(m_cache->database().connection()).history()->size(), 2);
    }

    void aMalformedRuleFileLeavesTheCatalogueRunning()
    {
        QFile broken(m_dir.path() + u"/rules.json"_s);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"format\": \"jiandu-rules/1\",\n  \"rules\": [ {\"id\": 3} ]\n}\n");
        broken.close();
        {
            SettingsStore settings(dataDir() + u"/jiandu.ini"_s);
            settings.setValue(u"alerts/ruleFile"_s, broken.fileName());
        }
        VirtualClock clock(kT);
        Client client(dataDir(), clock, m_cache.get());
        QTRY_VERIFY(client.notified(u"rules.json:"_s));
        QVERIFY(client.notified(u"built-in catalogue runs instead"_s));
        dropFeed(dataDir(), u"a.jsonl"_s, entered(u"P-1"_s, kT - 90 * kMinute));
        QTRY_COMPARE(client.rows().size(), 1);
    }

    void statisticsAndTheirExport()
    {
        // Three problems: two from alerts on cases of 城东派出所 (one still waiting 30 hours
        // for the unit's answer, one closed), one found on patrol at 滨河派出所.
        ProblemRepository problems(m_cache->database().connection());
        const ProblemWorkflow::Actor legal{u"李法制"_s, ProblemRole::LegalOfficer, {}};
        const ProblemWorkflow::Actor unit{u"王所长"_s, ProblemRole::ResponsibleUnit,
                                          u"城东派出所"_s};
        const ProblemWorkflow::Actor leader{u"陈局"_s, ProblemRole::Leader, {}};
        Problem a;
        a.title = u"超期羁押"_s;
        a.unit = u"城东派出所"_s;
        a.element = u"person"_s;
        a.caseId = u"A-1"_s;
        Problem b = a;
        b.title = u"未安全检查"_s;
        b.element = u"venue"_s;
        b.caseId = u"A-2"_s;
        Problem c;
        c.title = u"值班室无人"_s;
        c.unit = u"滨河派出所"_s;
        const qint64 t = kT - 100 * kHour;
        const qint64 first = problems.open(a, legal, {}, t)->id;
        const qint64 second = problems.open(b, legal, {}, t)->id;
        QVERIFY(problems.open(c, legal, {}, t).ok());
        QVERIFY(problems.apply(first, legal, ProblemAction::Issue, {}, {}, t + 2 * kHour).ok());
        QVERIFY(problems.apply(second, legal, ProblemAction::Issue, {}, {}, t + 2 * kHour).ok());
        QVERIFY(problems.apply(second, unit, ProblemAction::Answer, u"已整改"_s, {}, t + 12 * kHour)
                    .ok());
        QVERIFY(problems.apply(second, legal, ProblemAction::Review, u"属实"_s, {}, t + 14 * kHour)
                    .ok());
        QVERIFY(
            problems
                .apply(second, leader, ProblemAction::Dismiss, u"情节轻微"_s, {}, t + 16 * kHour)
                .ok());

        // A third case had an alert and no problem.
        AlertRecord alert;
        alert.ruleId = u"case.admin-30d.overdue"_s;
        alert.subjectKey = u"caseId=A-3"_s;
        alert.element = u"case"_s;
        alert.message = u"案件A-3超期"_s;
        alert.subjectJson = u"{\"caseId\":\"A-3\"}"_s;
        alert.raisedMs = kT - kHour;
        QVERIFY(AlertRepository(m_cache->database().connection()).raise(alert).ok());

        VirtualClock clock(kT);
        Client client(dataDir(), clock, m_cache.get());
        QWidget *page = client.page(u"alerts.statistics"_s);
        QVERIFY(page);
        const auto chart = [page](const QString &name) {
            return page->findChild<QWidget *>(name)->accessibleDescription();
        };
        // Computed on the module's database thread, shown when it answers.
        QTRY_COMPARE(chart(u"chartByUnit"_s), u"城东派出所 2; 滨河派出所 1"_s);
        QCOMPARE(chart(u"chartByElement"_s), u"Case area 1; Found by people 1; Person 1"_s);
        // The slowest stage: waiting for the unit's answer ((98 + 10) / 2 hours).
        QVERIFY2(chart(u"chartStageHours"_s).startsWith(u"issued 2.3 d; found 35 h"_s),
                 qPrintable(chart(u"chartStageHours"_s)));
        QVERIFY2(page->findChild<QLabel *>()->text().contains(u"found in 2 of 3 cases (66.7%)"_s),
                 qPrintable(page->findChild<QLabel *>()->text()));

        const QString path = m_dir.path() + u"/统计.csv"_s;
        QWidget *statistics = page;
        bool written = false;
        QMetaObject::invokeMethod(statistics, "exportCsv", Q_RETURN_ARG(bool, written),
                                  Q_ARG(QString, path), Q_ARG(bool, true));
        QVERIFY(written);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads the Chinese as UTF-8
        QVERIFY(bytes.contains("城东派出所,2\r\n"));
        QVERIFY(bytes.contains("3,2,66.7%"));
        // Unwritable: said, not silently lost.
        QMetaObject::invokeMethod(statistics, "exportCsv", Q_RETURN_ARG(bool, written),
                                  Q_ARG(QString, u"/proc/no/such/dir/x.csv"_s), Q_ARG(bool, false));
        QVERIFY(!written);
        QVERIFY(client.notified(u"cannot be written"_s));
    }

    void deadlinesSurviveAKilledClient()
    {
        // A client on the wall clock takes in a person who entered 30 minutes ago (the safety
        // check is due in 30 minutes) and one who entered 90 minutes ago (overdue at once)...
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_cache.reset();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"JIANDU_ALERTS_CHILD"_s, m_dir.path());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        dropFeed(dataDir(), u"a.jsonl"_s,
                 entered(u"P-SOON"_s, now - 30 * kMinute) +
                     entered(u"P-LATE"_s, now - 90 * kMinute));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dataDir() + u"/events/processed/a.jsonl"_s), 20000);
        // ...and is killed outright.
        m_watchdog->step(u"set-up by the test: the client killed, the cache opened"_s, false);
        child.kill();
        QVERIFY(child.waitForFinished());

        // Started again an hour later: the running deadlines fired (P-SOON's safety check,
        // P-LATE's information collection), the overdue alert is there once, and the
        // processed file was not read again.
        auto cache = LocalCache::open(m_dir.path() + u"/cache"_s, u"pw"_s);
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
        VirtualClock clock(now + kHour);
        Client client(dataDir(), clock, m_cache.get());
        QTRY_COMPARE(client.rows().size(), 3);
        const QStringList checks = client.rows().filter(u"人身安全检查"_s);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.filter(u"王五"_s).size(), 1);
        QCOMPARE(client.rows().filter(u"赵六"_s).size(), 2);
        auto read = AlertRepository(m_cache->database().connection()).count();
        QCOMPARE(*read, 3);
    }
};

// The killed client of deadlinesSurviveAKilledClient: runs until it is killed.
int runChild(const QString &directory)
{
    auto cache = LocalCache::open(directory + u"/cache"_s, u"pw"_s);
    if (!cache)
        qFatal("cache: %s", qPrintable(cache.error().text()));
    Client client(directory + u"/data"_s, *SystemClock::instance(), cache->get());
    return QApplication::exec();
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (const QString child = qEnvironmentVariable("JIANDU_ALERTS_CHILD"); !child.isEmpty())
        return runChild(child);
    tst_Alerts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_alerts.moc"
