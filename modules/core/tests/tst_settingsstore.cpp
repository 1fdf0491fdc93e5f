#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <core/settingsstore.h>
#include <core/shellsettings.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_SettingsStore : public QObject
{
    Q_OBJECT

    QString write(const QTemporaryDir &dir, const QByteArray &content)
    {
        const QString path = dir.filePath(u"jiandu.ini"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write fixture");
        return path;
    }

private slots:
    void goodFileIsReadAsIs()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "[ui]\nlanguage=en\n[wall]\nrotationSeconds=12\n");
        SettingsStore settings(path);
        QVERIFY(settings.problem().isEmpty());
        QCOMPARE(ShellSettings::language(settings), u"en"_s);
        QCOMPARE(ShellSettings::wallRotationSeconds(settings), 12);
        QVERIFY(ShellSettings::invalidValues(settings).isEmpty());
    }

    void missingFileMeansDefaultsWithoutComplaint()
    {
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(u"sub/jiandu.ini"_s));
        QVERIFY(settings.problem().isEmpty());
        QCOMPARE(ShellSettings::language(settings), u"zh_CN"_s);
        settings.setValue(u"site/name"_s, u"城东分局"_s);
        QVERIFY(settings.sync());
        QVERIFY(QFile::exists(dir.filePath(u"sub/jiandu.ini"_s)));
        QCOMPARE(SettingsStore(dir.filePath(u"sub/jiandu.ini"_s)).value(u"site/name"_s).toString(),
                 u"城东分局"_s);
    }

    void damagedFileIsKeptAsideAndDefaultsUsed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage\xff\xfe", 13);
        QTest::newRow("not utf-8") << QByteArray("[ui]\nlanguage=\xc0\xc1\xf5\n");
    }
    void damagedFileIsKeptAsideAndDefaultsUsed()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = write(dir, content);
        SettingsStore settings(path);
        QVERIFY(!settings.problem().isEmpty());
        QVERIFY2(settings.problem().contains(u"damaged"_s), qPrintable(settings.problem()));
        QCOMPARE(ShellSettings::language(settings), u"zh_CN"_s);
        // The damaged file is kept for inspection, and a fresh one can be written.
        const QStringList kept =
            QDir(dir.path()).entryList({u"jiandu.ini.damaged-*"_s}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QFile keptFile(dir.filePath(kept.constFirst()));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), content);
        settings.setValue(u"ui/language"_s, u"en"_s);
        QVERIFY(settings.sync());
        QCOMPARE(SettingsStore(path).value(u"ui/language"_s).toString(), u"en"_s);
    }

    void directoryInsteadOfFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"jiandu.ini"_s)));
        SettingsStore settings(dir.filePath(u"jiandu.ini"_s));
        QVERIFY(settings.problem().contains(u"directory"_s));
        QCOMPARE(ShellSettings::wallRotationSeconds(settings),
                 ShellSettings::kDefaultWallRotationSeconds);
        QVERIFY(QFileInfo(dir.filePath(u"jiandu.ini"_s)).isDir()); // untouched
    }

    void invalidValuesFallBackAndAreReported()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "[ui]\nlanguage=fr\n[wall]\nrotationSeconds=1\n"
                                        "[log]\ndebugCategories=jiandu.shell, qt.network.ssl\n");
        SettingsStore settings(path);
        QVERIFY(settings.problem().isEmpty());
        QCOMPARE(ShellSettings::language(settings), u"zh_CN"_s);
        QCOMPARE(ShellSettings::wallRotationSeconds(settings),
                 ShellSettings::kDefaultWallRotationSeconds);
        const QStringList problems = ShellSettings::invalidValues(settings);
        QCOMPARE(problems.size(), 3);
        // Only Jiandu's own categories can be switched to debug.
        const QString rules = ShellSettings::loggingRules(ShellSettings::debugCategories(settings));
        QVERIFY(rules.contains(u"jiandu.shell.debug=true"_s));
        QVERIFY(!rules.contains(u"qt.network"_s));
    }
};

QTEST_GUILESS_MAIN(tst_SettingsStore)
#include "tst_settingsstore.moc"
