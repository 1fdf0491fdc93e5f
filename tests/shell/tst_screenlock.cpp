// The screen lock: it shuts after the time without input, covers the screens, opens only to the
// right password (a wrong one says so and stays shut), and input meanwhile keeps it open.
#include "shell/screenlock.h"

#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_ScreenLock : public QObject
{
    Q_OBJECT

    static ScreenLock::Verify acceptOnly(const QString &right)
    {
        return [right](const QString &password, std::function<void(QString)> answer) {
            // Answered later, as a slow check off the UI thread would be.
            QTimer::singleShot(20, [answer, ok = password == right] {
                answer(ok ? QString() : u"wrong password"_s);
            });
        };
    }
    static void type(QWidget *prompt, const QString &text)
    {
        auto *field = prompt->findChild<QLineEdit *>(u"screenLockPassword"_s);
        QVERIFY(field);
        field->setText(text);
        QTest::keyClick(field, Qt::Key_Return);
    }

private slots:
    void locksAfterIdleAndOpensOnlyToThePassword()
    {
        QWidget work;
        work.show();
        ScreenLock lock(150, u"张三"_s, acceptOnly(u"right-one"_s));
        QVERIFY(!lock.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 3000);
        QWidget *prompt = lock.prompt();
        QVERIFY(prompt && prompt->isVisible());
        QCOMPARE(prompt->windowModality(), Qt::ApplicationModal);
        QVERIFY(prompt->geometry().contains(work.geometry().center()));

        type(prompt, u"guess"_s);
        auto *error = prompt->findChildren<QLabel *>().last();
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), u"wrong password"_s);
        QVERIFY(lock.isLocked());
        // Waiting does not open it either.
        QTest::qWait(300);
        QVERIFY(lock.isLocked());

        type(prompt, u"right-one"_s);
        QTRY_VERIFY(!lock.isLocked());
        QVERIFY(lock.prompt() == nullptr);
    }

    void inputKeepsItOpen()
    {
        QWidget work;
        work.resize(200, 200);
        work.show();
        QVERIFY(QTest::qWaitForWindowExposed(&work));
        ScreenLock lock(300, u"李四"_s, acceptOnly(u"x"_s));
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(100);
            QTest::keyClick(&work, Qt::Key_Shift);
        }
        QVERIFY(!lock.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 3000);
    }

    void zeroMeansNever()
    {
        ScreenLock lock(0, u"王五"_s, acceptOnly(u"x"_s));
        QTest::qWait(200);
        QVERIFY(!lock.isLocked());
        lock.lockNow(); // asked for by hand, it still locks
        QVERIFY(lock.isLocked());
    }
};

QTEST_MAIN(tst_ScreenLock)
#include "tst_screenlock.moc"
