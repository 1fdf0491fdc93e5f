#include "../logfilterproxymodel.h"
#include "../logrecordmodel.h"
#include "../ui/logviewerpage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <core/loghub.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCamera, "jiandu.videopatrol", QtDebugMsg)
Q_LOGGING_CATEGORY(lcAlerts, "jiandu.alerts", QtDebugMsg)

class tst_LogViewer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        LogHub::instance().installMessageHandler();
        LogHub::instance().setEchoToStderr(false);
    }

    void modelFollowsTheLogInBatches()
    {
        LogRecordModel model(nullptr, 100);
        const int before = model.rowCount();
        qCWarning(lcCamera) << "camera 7 reconnecting";
        qCInfo(lcAlerts) << "alert raised";
        QCOMPARE(model.rowCount(), before); // nothing until the next batch
        QTRY_COMPARE(model.rowCount(), before + 2);
        const QModelIndex last = model.index(model.rowCount() - 1, LogRecordModel::MessageColumn);
        QCOMPARE(last.data().toString(), u"alert raised"_s);
        QVERIFY(model.categories().contains(u"jiandu.videopatrol"_s));

        model.setPaused(true);
        qCInfo(lcAlerts) << "while paused";
        QTest::qWait(400);
        QCOMPARE(model.rowCount(), before + 2);
        model.setPaused(false); // catches up at once, nothing lost
        QCOMPARE(model.index(model.rowCount() - 1, LogRecordModel::MessageColumn).data().toString(),
                 u"while paused"_s);

        for (int i = 0; i < 250; ++i)
            qCDebug(lcAlerts) << "burst" << i;
        model.fetchNew();
        QCOMPARE(model.rowCount(), 100); // bounded, newest kept
        QCOMPARE(model.index(99, LogRecordModel::MessageColumn).data().toString(), u"burst 249"_s);
    }

    void filtersByLevelSourceAndText()
    {
        LogRecordModel model(nullptr, 1000);
        model.clear();
        qCDebug(lcCamera) << "frame dropped";
        qCWarning(lcCamera) << "camera 7 lost";
        qCCritical(lcAlerts) << "rule file rejected";
        qCInfo(lcAlerts) << "inbox opened";
        model.fetchNew();
        LogFilterProxyModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setMinimumType(QtWarningMsg);
        QCOMPARE(filter.rowCount(), 2);
        filter.setCategory(u"jiandu.alerts"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setMinimumType(QtDebugMsg);
        filter.setText(u"INBOX"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, LogRecordModel::MessageColumn).data().toString(),
                 u"inbox opened"_s);
    }

    void pageShowsWhatTheOperatorAskedFor()
    {
        LogViewerPage page;
        page.show();
        qCCritical(lcAlerts) << "disk almost full on recorder";
        qCInfo(lcCamera) << "patrol round started";
        auto *view = page.findChild<QTableView *>();
        page.findChild<QLineEdit *>()->setText(u"disk almost"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1); // arrives with the next batch
        const auto combos = page.findChildren<QComboBox *>();
        QComboBox *level = combos.value(0);
        level->setCurrentIndex(level->count() - 1); // errors only
        QCOMPARE(view->model()->rowCount(), 1);
        page.findChild<QLineEdit *>()->clear();
        QCOMPARE(view->model()->rowCount(), 2); // both errors this process logged, nothing else
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(view->model()->index(row, LogRecordModel::LevelColumn).data().toString(),
                     u"Error"_s);
        QLabel *summary = nullptr;
        for (QLabel *label : page.findChildren<QLabel *>()) {
            if (label->text().startsWith(u"Showing"_s))
                summary = label;
        }
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(u"Showing 2 of"_s), qPrintable(summary->text()));
    }
};

QTEST_MAIN(tst_LogViewer)
#include "tst_logviewer.moc"
