#include <QTest>
#include <shell/launchoptions.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_LaunchOptions : public QObject
{
    Q_OBJECT

    static Result<LaunchOptions> parse(const QString &line)
    {
        QStringList arguments{u"jiandu"_s};
        if (!line.isEmpty())
            arguments += line.split(u' ');
        return LaunchOptionsParser::parse(arguments);
    }

private slots:
    void valid()
    {
        auto o = parse(u"--demo --wall --screens 0,2,2 --offline --lang en --data-dir /tmp/x "
                       "--config /tmp/c.ini"_s);
        QVERIFY(o.ok());
        QCOMPARE(o->action, LaunchOptions::Action::Run);
        QVERIFY(o->demo && o->wall && o->offline);
        QCOMPARE(o->screens, (QList<int>{0, 2}));
        QCOMPARE(o->language, u"en"_s);
        QCOMPARE(o->effectiveDataDirectory(), u"/tmp/x"_s);
        QCOMPARE(o->configPath, u"/tmp/c.ini"_s);
    }

    void actions_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("action");
        QTest::newRow("nothing") << QString() << int(LaunchOptions::Action::Run);
        QTest::newRow("help") << u"--help"_s << int(LaunchOptions::Action::ShowHelp);
        QTest::newRow("-h") << u"-h"_s << int(LaunchOptions::Action::ShowHelp);
        QTest::newRow("version") << u"--version"_s << int(LaunchOptions::Action::ShowVersion);
        QTest::newRow("list") << u"--list-modules"_s << int(LaunchOptions::Action::ListModules);
    }
    void actions()
    {
        QFETCH(QString, line);
        QFETCH(int, action);
        auto o = parse(line);
        QVERIFY(o.ok());
        QCOMPARE(int(o->action), action);
    }

    void demoNeverSharesTheRealDataDirectory()
    {
        const QString demo = parse(u"--demo"_s)->effectiveDataDirectory();
        const QString real = parse(QString())->effectiveDataDirectory();
        QVERIFY(demo != real);
        QVERIFY(demo.endsWith(u"jiandu-demo"_s));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << u"--bogus"_s << u"bogus"_s;
        QTest::newRow("screens without wall") << u"--screens 0"_s << u"--wall"_s;
        QTest::newRow("screens not numbers") << u"--wall --screens left"_s << u"left"_s;
        QTest::newRow("negative screen") << u"--wall --screens -1"_s << u"-1"_s;
        QTest::newRow("bad language") << u"--lang fr"_s << u"fr"_s;
        QTest::newRow("missing value") << u"--data-dir"_s << u"data-dir"_s;
        QTest::newRow("positional") << u"stray"_s << u"stray"_s;
    }
    void invalid()
    {
        QFETCH(QString, line);
        QFETCH(QString, mentions);
        auto o = parse(line);
        QVERIFY(!o.ok());
        QVERIFY2(o.error().message.contains(mentions), qPrintable(o.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_LaunchOptions)
#include "tst_launchoptions.moc"
