#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <storage/keywrap.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_KeyWrap : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const QByteArray key = KeyWrap::generateDataKey();
        QCOMPARE(key.size(), 32);
        QVERIFY(key != KeyWrap::generateDataKey());
        auto wrapped = KeyWrap::wrap(key, u"督察 2026!"_s, 10000);
        QVERIFY(wrapped.ok());
        // Neither the key nor any encoding of it is in the stored form.
        for (const QByteArray &form : {key, key.toHex(), key.toHex().toUpper(), key.toBase64()})
            QVERIFY(!wrapped->contains(form));
        auto unwrapped = KeyWrap::unwrap(*wrapped, u"督察 2026!"_s);
        QVERIFY(unwrapped.ok());
        QCOMPARE(*unwrapped, key);
        QCOMPARE(KeyWrap::sqlCipherKey(key),
                 u"x'"_s + QString::fromLatin1(key.toHex().toUpper()) + u"'"_s);
    }

    void wrongPasswordAndTamperingAreRefused()
    {
        const QByteArray key = KeyWrap::generateDataKey();
        const QByteArray wrapped = KeyWrap::wrap(key, u"right"_s, 10000).value();
        auto wrong = KeyWrap::unwrap(wrapped, u"wrong"_s);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(u"password is wrong"_s));

        QJsonObject json = QJsonDocument::fromJson(wrapped).object();
        QByteArray sealed = QByteArray::fromBase64(json[u"sealed"_s].toString().toLatin1());
        sealed[3] = char(sealed[3] ^ 0x01);
        json[u"sealed"_s] = QString::fromLatin1(sealed.toBase64());
        QVERIFY(!KeyWrap::unwrap(QJsonDocument(json).toJson(), u"right"_s).ok());

        auto garbage = KeyWrap::unwrap("not json at all", u"right"_s);
        QVERIFY(!garbage.ok());
        QVERIFY(garbage.error().message.contains(u"synchronise again"_s));
        QVERIFY(!KeyWrap::wrap(key, QString()).ok());
    }
};

QTEST_GUILESS_MAIN(tst_KeyWrap)
#include "tst_keywrap.moc"
