// The desk's papers (文书开具): printed from what the stay's steps recorded, in Chinese, to a
// PDF whose text can be searched; long lists go on over pages; a device or a missing folder
// as the target is refused in words.
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <casearea/journey/brief.h>
#include <casearea/journey/journeybook.h>
#include <casearea/journey/staydocuments.h>
#include <printing/pdfdocument.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CaseArea;

namespace {
const qint64 kT0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toMSecsSinceEpoch();

JourneyStep step(const QString &kind, qint64 minute, QJsonObject body)
{
    static int n = 0;
    return {u"s%1"_s.arg(++n), u"a"_s, kind, kT0 + minute * 60000, u"值班民警甲"_s, body};
}

//! The PDF's text as pdftotext reads it (poppler-utils), with its page count.
QString textOf(const QString &pdf, int *pages = nullptr)
{
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    text.waitForFinished(30000);
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    if (pages)
        *pages = int(all.count(u'\f'));
    return all;
}
} // namespace

class TestStayDocuments : public QObject
{
    Q_OBJECT

    JourneyBook m_book;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        const QString idCard = u"44010619850312231"_s;
        QVERIFY(m_book
                    .apply(step(u"area.entered"_s, 0,
                                {{u"name"_s, u"王某强"_s},
                                 {u"idCard"_s, idCard + IdentityCard::checkCharacter(idCard)},
                                 {u"tag"_s, u"B-01"_s},
                                 {u"reason"_s, u"传唤"_s},
                                 {u"caseNo"_s, u"A4401062026120001"_s},
                                 {u"unit"_s, u"城东派出所"_s}}))
                    .ok());
        QVERIFY(m_book
                    .apply(step(
                        u"safetycheck.done"_s, 15,
                        {{u"injuries"_s, u"左前臂擦伤约2厘米"_s}, {u"checkedBy"_s, u"刘警官"_s}}))
                    .ok());
        QVERIFY(m_book
                    .apply(step(u"belongings.registered"_s, 20,
                                {{u"items"_s, QJsonArray{QJsonObject{{u"name"_s, u"手机"_s},
                                                                     {u"kind"_s, u"随身物品"_s},
                                                                     {u"cabinet"_s, u"A-07"_s}}}}}))
                    .ok());
    }

    void aDocumentIsPrintedFromTheStaysSteps()
    {
        const Stay &stay = *m_book.stay(u"a"_s);
        const auto kinds = StayDocuments::available(stay);
        // Checked and with belongings, not yet out: no exit voucher, no escort approval.
        QVERIFY(kinds.contains(StayDocuments::Kind::SafetyCheckRecord));
        QVERIFY(kinds.contains(StayDocuments::Kind::BelongingsList));
        QVERIFY(!kinds.contains(StayDocuments::Kind::ExitVoucher));
        QVERIFY(!kinds.contains(StayDocuments::Kind::EscortApproval));

        const QString path = m_dir.filePath(u"人身检查笔录.pdf"_s);
        PdfDocument document(StayDocuments::title(StayDocuments::Kind::SafetyCheckRecord),
                             StayDocuments::html(StayDocuments::Kind::SafetyCheckRecord, stay,
                                                 u"一站式办案区"_s, u"法制员"_s, kT0 + 3600000));
        document.setFooter(stay.personId);
        const auto written = document.write(path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
        int pages = 0;
        const QString text = textOf(path, &pages);
        QCOMPARE(pages, 1);
        for (const QString &expected :
             {u"人身检查笔录"_s, u"王某强"_s, stay.idCard, u"左前臂擦伤约2厘米"_s, u"刘警官"_s,
              u"2026年12月01日 09时15分"_s, stay.personId, u"Page 1 of 1"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    }

    void aLongListGoesOnOverPages()
    {
        JourneyBook book = m_book;
        QJsonArray items;
        for (int i = 1; i <= 120; ++i)
            items.append(QJsonObject{{u"name"_s, u"证物%1"_s.arg(i)}, {u"kind"_s, u"涉案物品"_s}});
        QVERIFY(book.apply(step(u"belongings.registered"_s, 30, {{u"items"_s, items}})).ok());
        const QString path = m_dir.filePath(u"list.pdf"_s);
        QVERIFY(PdfDocument(u"清单"_s,
                            StayDocuments::html(StayDocuments::Kind::BelongingsList,
                                                *book.stay(u"a"_s), u"办案区"_s, u"x"_s, kT0))
                    .write(path)
                    .ok());
        int pages = 0;
        const QString text = textOf(path, &pages);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(u"证物120"_s));
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
    }

    void theMorningBriefSaysWhoCameInWentOutAndIsStillInside()
    {
        // 晨报 of 2 December: 1 December 17:00 to 2 December 08:00.
        const auto [from, to] = Brief::period(Brief::Kind::Morning, QDate(2026, 12, 2));
        QCOMPARE(from, QDateTime(QDate(2026, 12, 1), QTime(17, 0)).toMSecsSinceEpoch());
        QCOMPARE(to, QDateTime(QDate(2026, 12, 2), QTime(8, 0)).toMSecsSinceEpoch());
        JourneyBook book = m_book; // 王某强, in since 09:00 the day before, still in
        const QString idCard = u"44010320000101451"_s;
        const auto night = [&](const QString &kind, qint64 minute, QJsonObject body) {
            JourneyStep s = step(kind, minute, body);
            s.stayUid = u"n"_s;
            return s;
        };
        QVERIFY(book.apply(night(u"area.entered"_s, 11 * 60,
                                 {{u"name"_s, u"夜某"_s},
                                  {u"idCard"_s, idCard + IdentityCard::checkCharacter(idCard)},
                                  {u"tag"_s, u"B-07"_s},
                                  {u"reason"_s, u"抓获"_s},
                                  {u"categories"_s, QJsonArray{u"醉酒人员"_s}}}))
                    .ok());
        QVERIFY(
            book.apply(night(u"belongings.registered"_s, 11 * 60 + 5,
                             {{u"items"_s, QJsonArray{QJsonObject{{u"name"_s, u"钱包"_s},
                                                                  {u"kind"_s, u"随身物品"_s}}}}}))
                .ok());
        QVERIFY(book.apply(night(u"area.left"_s, 17 * 60,
                                 {{u"reason"_s, u"行政拘留"_s},
                                  {u"destination"_s, u"拘留所"_s},
                                  {u"acceptHeld"_s, true}}))
                    .ok());
        AlertRecord alert;
        alert.tier = Tier::Alarm;
        alert.message = u"王某强，无人看管"_s;
        alert.raisedMs = from + 3600000;
        const QString path = m_dir.filePath(u"晨报.pdf"_s);
        QVERIFY(PdfDocument(u"晨报"_s,
                            Brief::html(Brief::Kind::Morning, from, to, book.stays().values(),
                                        {alert}, u"一站式办案区"_s, to))
                    .write(path)
                    .ok());
        const QString text = textOf(path).simplified();
        for (const QString &expected :
             {u"办案区晨报"_s, u"入区 1 人"_s, u"特殊人员 1 人"_s, u"出区 1 人"_s,
              u"时段末在区 1 人"_s, u"场所预警 1 条"_s, u"报警 1 条"_s, u"待处理 1 条"_s, u"夜某"_s,
              u"拘留所"_s, u"1件未领取"_s, u"王某强"_s, u"无人看管"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    }

    void aTargetThatCannotBeAFileIsRefused()
    {
        PdfDocument document(u"x"_s, u"<p>x</p>"_s);
        QCOMPARE(document.write(u"/dev/full"_s).error().code, u"not-regular"_s);
        const auto missing = document.write(m_dir.filePath(u"no/such/folder/x.pdf"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"no/such/folder"_s));
        QVERIFY(QFileInfo(u"/dev/full"_s).exists() && !QFileInfo(u"/dev/full"_s).isFile());
    }
};

QTEST_MAIN(TestStayDocuments)
#include "tst_staydocuments.moc"
