#include <QJsonArray>
#include <QTest>
#include <core/modulegraph.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

QJsonObject metaData(const QString &id, const QString &version,
                     const QList<QPair<QString, QString>> &deps = {})
{
    QJsonArray dependencies;
    for (const auto &[depId, depVersion] : deps)
        dependencies.append(QJsonObject{{u"Id"_s, depId}, {u"Version"_s, depVersion}});
    return {{u"IID"_s, QLatin1String(kModuleInterfaceId)},
            {u"MetaData"_s, QJsonObject{{u"Id"_s, id},
                                        {u"Version"_s, version},
                                        {u"Name"_s, id.toUpper()},
                                        {u"Name[zh_CN]"_s, u"模块"_s + id},
                                        {u"Dependencies"_s, dependencies}}}};
}

ModuleSpec spec(const QString &id, const QList<QPair<QString, QString>> &deps = {},
                const QString &version = u"1.0.0"_s)
{
    auto parsed = ModuleSpec::fromPluginMetaData(metaData(id, version, deps), id + u".so"_s);
    if (!parsed)
        qFatal("bad fixture %s", qPrintable(parsed.error().text()));
    return parsed.value();
}

QStringList ids(const QList<ModuleSpec> &specs)
{
    QStringList result;
    for (const ModuleSpec &s : specs)
        result.append(s.id().toString());
    return result;
}

QString reasonFor(const ModuleGraph &graph, const QString &id)
{
    for (const auto &r : graph.rejected()) {
        if (r.spec.id().toString() == id)
            return r.reason;
    }
    return {};
}

} // namespace

class tst_ModuleGraph : public QObject
{
    Q_OBJECT
private slots:
    void parsesMetaData()
    {
        const ModuleSpec s = spec(u"alerts"_s, {{u"core"_s, u"0.1.0"_s}});
        QCOMPARE(s.displayName(u"zh_CN"_s), u"模块alerts"_s);
        QCOMPARE(s.displayName(u"en"_s), u"ALERTS"_s);
        QCOMPARE(s.version(), QVersionNumber(1, 0, 0));
        QCOMPARE(s.dependencies().size(), 1);
    }

    void rejectsBadMetaData_data()
    {
        QTest::addColumn<QJsonObject>("meta");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QJsonObject() << u"not a Qt plugin"_s;
        QJsonObject otherIid = metaData(u"a"_s, u"1.0"_s);
        otherIid[u"IID"_s] = u"org.qt-project.Qt.QPA"_s;
        QTest::newRow("other interface") << otherIid << u"interface"_s;
        QTest::newRow("bad id") << metaData(u"Bad Id"_s, u"1.0"_s) << u"\"Id\""_s;
        QTest::newRow("no version") << metaData(u"a"_s, QString()) << u"\"Version\""_s;
    }
    void rejectsBadMetaData()
    {
        QFETCH(QJsonObject, meta);
        QFETCH(QString, reason);
        const auto parsed = ModuleSpec::fromPluginMetaData(meta, u"/m/x.so"_s);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(u"x.so"_s));
    }

    void dependenciesLoadFirst()
    {
        const ModuleGraph graph(
            {spec(u"review"_s, {{u"media"_s, u"1.0"_s}, {u"alerts"_s, u"1.0"_s}}), spec(u"media"_s),
             spec(u"alerts"_s, {{u"storage"_s, u"1.0"_s}}), spec(u"storage"_s), spec(u"system"_s)});
        QVERIFY(graph.rejected().isEmpty());
        QCOMPARE(ids(graph.loadOrder()),
                 (QStringList{u"storage"_s, u"alerts"_s, u"media"_s, u"review"_s, u"system"_s}));
    }

    void missingOrOldDependencyRejectsOnlyDependants()
    {
        const ModuleGraph graph({spec(u"a"_s, {{u"missing"_s, u"1.0"_s}}),
                                 spec(u"b"_s, {{u"a"_s, u"1.0"_s}}),
                                 spec(u"c"_s, {{u"d"_s, u"2.0"_s}}), spec(u"d"_s), spec(u"e"_s)});
        QCOMPARE(ids(graph.loadOrder()), (QStringList{u"d"_s, u"e"_s}));
        QVERIFY(reasonFor(graph, u"a"_s).contains(u"\"missing\", which is not installed"_s));
        QVERIFY(reasonFor(graph, u"b"_s).contains(u"\"a\", which cannot load"_s));
        QVERIFY(reasonFor(graph, u"c"_s).contains(u"2.0 or newer, 1.0.0 is installed"_s));
    }

    void cyclesAreRejected()
    {
        const ModuleGraph graph({spec(u"a"_s, {{u"b"_s, u"1.0"_s}}),
                                 spec(u"b"_s, {{u"a"_s, u"1.0"_s}}),
                                 spec(u"c"_s, {{u"a"_s, u"1.0"_s}}), spec(u"d"_s)});
        QCOMPARE(ids(graph.loadOrder()), QStringList{u"d"_s});
        QVERIFY(reasonFor(graph, u"a"_s).contains(u"cycle"_s));
        QVERIFY(reasonFor(graph, u"b"_s).contains(u"cycle"_s));
        QVERIFY(!reasonFor(graph, u"c"_s).isEmpty());
    }

    void duplicateIdsKeepTheFirstFile()
    {
        auto one = ModuleSpec::fromPluginMetaData(metaData(u"a"_s, u"1.0"_s), u"/m/a.so"_s);
        auto two = ModuleSpec::fromPluginMetaData(metaData(u"a"_s, u"1.0"_s), u"/m/a-copy.so"_s);
        const ModuleGraph graph({two.value(), one.value()});
        QCOMPARE(graph.loadOrder().size(), 1);
        QCOMPARE(graph.rejected().size(), 1);
        QVERIFY(graph.rejected().constFirst().reason.contains(u"already provides"_s));
    }

    void rejectingLaterRemovesDependants()
    {
        ModuleGraph graph({spec(u"a"_s), spec(u"b"_s, {{u"a"_s, u"1.0"_s}}), spec(u"c"_s)});
        const QList<Id> also = graph.reject(*Id::fromString(u"a"_s), u"crashed in initialize"_s);
        QCOMPARE(also.size(), 1);
        QCOMPARE(also.constFirst().toString(), u"b"_s);
        QCOMPARE(ids(graph.loadOrder()), QStringList{u"c"_s});
        QCOMPARE(reasonFor(graph, u"a"_s), u"crashed in initialize"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ModuleGraph)
#include "tst_modulegraph.moc"
