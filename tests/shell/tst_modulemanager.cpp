#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <moduleapi/modulemanager.h>
#include <shell/mainwindow.h>
#include <shell/shell.h>
#include <shell/wallwindow.h>
#include <shell/workspace.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

ModuleStatus statusOf(const ModuleManager &modules, const QString &fileName)
{
    for (const ModuleStatus &s : modules.statuses()) {
        if (QFileInfo(s.filePath).fileName() == fileName)
            return s;
    }
    return {};
}

} // namespace

// A module directory with the real system module, the fixtures and two files that are not
// modules at all: the manager must start what can start and explain everything else.
class tst_ModuleManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void copyInto(const QString &from, const QString &name)
    {
        QVERIFY2(QFile::copy(from, m_dir.filePath(name)), qPrintable(from));
    }

private slots:
    void initTestCase()
    {
        const QString real = qEnvironmentVariable("JIANDU_MODULE_DIR");
        copyInto(real + u"/system.so"_s, u"system.so"_s);
        for (const char *fixture : {"fixturecontrib", "fixtureorphan", "fixturefailing"})
            copyInto(QStringLiteral(FIXTURE_MODULE_DIR "/%1.so").arg(QLatin1String(fixture)),
                     QLatin1String(fixture) + u".so"_s);
        copyInto(QStringLiteral(CORE_LIBRARY), u"libnotamodule.so"_s);
        QFile garbage(m_dir.filePath(u"garbage.so"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, '\x7f'));
        garbage.close();
        QFile readme(m_dir.filePath(u"README.txt"_s)); // not a library: ignored silently
        QVERIFY(readme.open(QIODevice::WriteOnly));
    }

    void startsWhatCanStartAndExplainsTheRest()
    {
        QTemporaryDir data;
        SettingsStore settings(data.filePath(u"jiandu.ini"_s));
        ModuleManager modules(m_dir.path(), u"en"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        Shell shell({data.path(), u"en"_s, u"tester"_s}, settings, *SystemClock::instance(),
                    modules, WindowLayoutStore(data.filePath(u"layout.ini"_s)));
        shell.startModules();

        QCOMPARE(statusOf(modules, u"system.so"_s).state, ModuleStatus::State::Initialized);
        QCOMPARE(statusOf(modules, u"fixturecontrib.so"_s).state, ModuleStatus::State::Initialized);
        const ModuleStatus orphan = statusOf(modules, u"fixtureorphan.so"_s);
        QCOMPARE(orphan.state, ModuleStatus::State::Failed);
        QVERIFY2(orphan.reason.contains(u"\"nonexistent\", which is not installed"_s),
                 qPrintable(orphan.reason));
        const ModuleStatus failing = statusOf(modules, u"fixturefailing.so"_s);
        QCOMPARE(failing.state, ModuleStatus::State::Failed);
        QVERIFY2(failing.reason.contains(u"the fixture device is not connected"_s),
                 qPrintable(failing.reason));
        for (const QString &file : {u"garbage.so"_s, u"libnotamodule.so"_s}) {
            const ModuleStatus s = statusOf(modules, file);
            QCOMPARE(s.state, ModuleStatus::State::Failed);
            QVERIFY2(s.reason.contains(u"not a Qt plugin"_s), qPrintable(s.reason));
        }
        QCOMPARE(modules.failedCount(), 4);
        QCOMPARE(modules.statuses().size(), 6); // README.txt is not a candidate

        // Every kind of contribution reached the shell.
        Workspace *workspace = shell.mainWindow()->workspace();
        QVERIFY(workspace->hasPage(*Id::fromString(u"fixturecontrib.page"_s)));
        QVERIFY(workspace->hasPage(*Id::fromString(u"system.log"_s)));
        QStringList order; // by each page's declared order, whichever module added it
        for (const PageSpec &page : workspace->pages())
            order.append(page.id.toString());
        QCOMPARE(order,
                 (QStringList{u"system.overview"_s, u"fixturecontrib.page"_s, u"system.log"_s}));
        QVERIFY(shell.mainWindow()->findChild<QDockWidget *>(u"fixtureDock"_s));
        QVERIFY(shell.mainWindow()->findChild<QAction *>(u"fixtureAction"_s));
        QStringList wall;
        for (const WallContentSpec &c : shell.wallContents())
            wall.append(c.id.toString());
        QCOMPARE(wall,
                 (QStringList{u"system.clock"_s, u"system.status"_s, u"fixturecontrib.wall"_s}));
        modules.shutdown();
    }

    void reportsAsJson()
    {
        ModuleManager modules(m_dir.path(), u"zh_CN"_s);
        QVERIFY(modules.discover().ok());
        modules.load();
        const QJsonArray list = modules.toJson().value(u"modules"_s).toArray();
        QCOMPARE(list.size(), 6);
        bool sawSystem = false;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(u"id"_s) == u"system"_s) {
                sawSystem = true;
                QCOMPARE(o.value(u"name"_s).toString(), u"系统"_s);
                QCOMPARE(o.value(u"state"_s).toString(), u"loaded"_s);
                QCOMPARE(o.value(u"version"_s).toString(), QStringLiteral(JIANDU_VERSION));
            }
            if (o.value(u"state"_s) == u"failed"_s)
                QVERIFY(!o.value(u"reason"_s).toString().isEmpty());
        }
        QVERIFY(sawSystem);
    }

    void missingDirectoryIsAClearError()
    {
        ModuleManager modules(m_dir.filePath(u"nowhere"_s), u"en"_s);
        const Result<void> found = modules.discover();
        QVERIFY(!found.ok());
        QVERIFY(found.error().message.contains(m_dir.filePath(u"nowhere"_s)));
        QVERIFY(found.error().message.contains(u"reinstall"_s));
    }
};

QTEST_MAIN(tst_ModuleManager)
#include "tst_modulemanager.moc"
