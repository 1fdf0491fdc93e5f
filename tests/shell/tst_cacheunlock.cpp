#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <shell/cacheunlock.h>
#include <storage/incidentrepository.h>
#include <storage/localcache.h>
#include <uistallwatchdog.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

struct DialogDriver
{
    CacheUnlockDialog &dialog;
    QLineEdit *password() const { return dialog.findChildren<QLineEdit *>().value(0); }
    QLineEdit *confirm() const { return dialog.findChildren<QLineEdit *>().value(1); }
    QString error() const
    {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->styleSheet().contains(u"c62828"_s))
                return label->text();
        }
        return {};
    }
    QPushButton *clearButton() const { return dialog.findChildren<QPushButton *>().value(0); }
    void submit(const QString &first, const QString &second = {})
    {
        password()->setText(first);
        confirm()->setText(second);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        // The password is checked off the UI thread: the dialog stays responsive (its
        // progress shows) until the answer is back.
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled() || !dialog.isVisible(), 20000);
    }
    bool working() const { return dialog.findChild<QProgressBar *>()->isVisible(); }
};

} // namespace

class tst_CacheUnlock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    // Every scenario: the UI thread never works 100 ms without its event loop turning.
    std::unique_ptr<Testing::UiStallWatchdog> m_watchdog;

private slots:
    void init()
    {
        m_watchdog = std::make_unique<Testing::UiStallWatchdog>();
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
    }
    void cleanup()
    {
        const QStringList stalls = std::exchange(m_watchdog, {})->stalls();
        QVERIFY2(stalls.isEmpty(), qPrintable(stalls.join(u'\n')));
    }
    void createsAProtectedCache()
    {
        const QString dir = m_root.filePath(u"new"_s);
        CacheUnlockDialog dialog(dir);
        dialog.show();
        DialogDriver d{dialog};
        QVERIFY(d.confirm()->isVisible());
        d.submit(u"short"_s, u"short"_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(d.error().contains(u"8"_s));
        d.submit(u"good password"_s, u"other password"_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(d.error().contains(u"differ"_s));
        d.password()->setText(u"good password"_s);
        d.confirm()->setText(u"good password"_s);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(d.working()); // the key derivation runs while the dialog keeps painting
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QVERIFY(dialog.takeCache() != nullptr);
        QVERIFY(LocalCache::exists(dir));
    }

    void unlocksWithTheRightPasswordOnly()
    {
        m_watchdog->step(u"set-up by the test"_s, false);
        const QString dir = m_root.filePath(u"existing"_s);
        QVERIFY(LocalCache::create(dir, u"right password"_s).ok());
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
        CacheUnlockDialog dialog(dir);
        dialog.show();
        DialogDriver d{dialog};
        QVERIFY(!d.confirm()->isVisible());
        d.submit(u"wrong password"_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(d.error().contains(u"password is wrong"_s));
        QVERIFY(!d.clearButton()->isVisible()); // a typo is no reason to wipe anything
        d.submit(u"right password"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.takeCache() != nullptr);
    }

    void aLostKeyOffersToStartOver()
    {
        m_watchdog->step(u"set-up by the test"_s, false);
        const QString dir = m_root.filePath(u"lost"_s);
        QVERIFY(LocalCache::create(dir, u"right password"_s).ok());
        m_watchdog->step(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(QFile::remove(LocalCache::keyPath(dir)));
        CacheUnlockDialog dialog(dir);
        dialog.show();
        DialogDriver d{dialog};
        d.submit(u"right password"_s);
        QVERIFY(d.error().contains(u"synchronise again"_s));
        QVERIFY(d.clearButton()->isVisible());
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                    box->button(QMessageBox::Yes)->click();
            }
        });
        d.clearButton()->click();
        QVERIFY(!LocalCache::exists(dir));
        QVERIFY(d.confirm()->isVisible()); // now creating a new one
    }

    void theDemoCacheHoldsTheDemoIncidents()
    {
        const QString dir = m_root.filePath(u"demo"_s);
        for (int start = 0; start < 2; ++start) { // created, then reopened
            auto cache = CacheUnlock::openDemo(dir);
            QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().text()));
            QCOMPARE(*IncidentRepository((*cache)->database().connection()).count(), 60);
        }
    }
};

QTEST_MAIN(tst_CacheUnlock)
#include "tst_cacheunlock.moc"
