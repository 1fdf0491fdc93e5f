#include <QTest>
#include <core/id.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_Id : public QObject
{
    Q_OBJECT
private slots:
    void validity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("module") << u"system"_s << true;
        QTest::newRow("page") << u"videopatrol.grid"_s << true;
        QTest::newRow("dash and underscore") << u"case-area.floor_plan"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << u"System"_s << false;
        QTest::newRow("leading digit") << u"1system"_s << false;
        QTest::newRow("trailing dot") << u"system."_s << false;
        QTest::newRow("double dot") << u"system..log"_s << false;
        QTest::newRow("space") << u"system log"_s << false;
        QTest::newRow("chinese") << u"系统"_s << false;
        QTest::newRow("too long") << QString(129, u'a') << false;
    }
    void validity()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Id::isValid(text), valid);
        QCOMPARE(Id::fromString(text).has_value(), valid);
    }

    void within()
    {
        const Id system = *Id::fromString(u"system"_s);
        QVERIFY(Id::fromString(u"system.log"_s)->isWithin(system));
        QVERIFY(system.isWithin(system));
        QVERIFY(!Id::fromString(u"systemx.log"_s)->isWithin(system));
        QVERIFY(!system.isWithin(*Id::fromString(u"system.log"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_Id)
#include "tst_id.moc"
