// Reading what a review starts from: a written record in the encodings and formats police
// workstations save, and speech transcripts from the recognisers in use.
#include "reviewsamples.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <review/documents/documenttext.h>
#include <review/documents/textdecoding.h>
#include <review/documents/transcript.h>
#include <review/documents/writtenrecord.h>
#include <zip.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::Review;

namespace {

const QString kRecord = sample(Sample::Record);

QByteArray docx(const QString &documentXml)
{
    QTemporaryDir dir;
    const QByteArray path = (dir.path() + u"/r.docx"_s).toLocal8Bit();
    zipFile zip = zipOpen(path.constData(), APPEND_STATUS_CREATE);
    const QByteArray xml = documentXml.toUtf8();
    zip_fileinfo info{};
    zipOpenNewFileInZip(zip, "word/document.xml", &info, nullptr, 0, nullptr, 0, nullptr,
                        Z_DEFLATED, Z_DEFAULT_COMPRESSION);
    zipWriteInFileInZip(zip, xml.constData(), unsigned(xml.size()));
    zipCloseFileInZip(zip);
    zipClose(zip, nullptr);
    QFile file(QString::fromLocal8Bit(path));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class TestReviewDocuments : public QObject
{
    Q_OBJECT

private slots:
    void encodingsAreDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = u"问：你叫什么名字？\n答：我叫王五。\n"_s;
        QTest::newRow("utf-8") << text.toUtf8() << u"UTF-8"_s;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << u"UTF-8"_s;
        QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("utf-16le, no bom") << le << u"UTF-16LE"_s;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + le << u"UTF-16LE"_s;
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2)
            std::swap(be[i], be[i + 1]);
        QTest::newRow("utf-16be, no bom") << be << u"UTF-16BE"_s;
        // GB18030 as GBK writes it: 问 is CE CA, ： A3 BA.
        QTest::newRow("gbk") << QByteArray("\xCE\xCA\xA3\xBA\xC4\xE3\xBD\xD0\xCA\xB2\xC3\xB4"
                                           "\xC3\xFB\xD7\xD6\xA3\xBF\n\xB4\xF0\xA3\xBA\xCE\xD2"
                                           "\xBD\xD0\xCD\xF5\xCE\xE5\xA1\xA3\n")
                             << u"GB18030"_s;
    }
    void encodingsAreDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().text()));
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(QString(decoded->text).remove(QChar(0xfeff)),
                 u"问：你叫什么名字？\n答：我叫王五。\n"_s);
    }

    void binaryAndGarbageAreRefusedWithAReason()
    {
        QByteArray zeros(4096, '\0');
        auto decoded = TextDecoding::decode(QByteArray("\x7f\x45\x4c\x46\x02\x01") + zeros);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, u"binary"_s);
        QByteArray noise;
        for (int i = 0; i < 3000; ++i)
            noise.append(char((i * 7919 + 13) % 251 + 1));
        decoded = TextDecoding::decode(noise);
        QVERIFY(!decoded.ok());
        QVERIFY(!decoded.error().message.isEmpty());
        const QString encrypted = u"EncryptedPackage"_s;
        const auto locked = DocumentText::fromBytes(
            QByteArray("\xD0\xCF\x11\xE0") + zeros +
                QByteArray(reinterpret_cast<const char *>(encrypted.utf16()), encrypted.size() * 2),
            u"加密.docx"_s);
        QCOMPARE(locked.error().code, u"locked"_s);
        const auto doc =
            DocumentText::fromBytes(QByteArray("\xD0\xCF\x11\xE0") + zeros, u"旧.doc"_s);
        QVERIFY(!doc.ok());
        QVERIFY(doc.error().message.contains(u".docx"_s));
    }

    void recordHeaderAndPairsAreRead()
    {
        const WrittenRecord r = WrittenRecord::parse(kRecord);
        QCOMPARE(r.header.title, u"询问笔录"_s);
        QCOMPARE(r.header.session.value_or(0), 2);
        QCOMPARE(r.header.start, QDateTime(QDate(2026, 11, 23), QTime(9, 10)));
        QCOMPARE(r.header.end, QDateTime(QDate(2026, 11, 23), QTime(10, 5)));
        QCOMPARE(r.header.place, u"城关派出所询问室"_s);
        QCOMPARE(r.header.interviewers, (QStringList{u"张明"_s, u"李强"_s}));
        QCOMPARE(r.header.recorders, QStringList{u"李强"_s});
        QCOMPARE(r.header.subject, u"王五"_s);
        QCOMPARE(r.header.age.value_or(0), 16);
        QCOMPARE(r.header.birthDate, QDate(2010, 3, 2));
        QCOMPARE(r.header.idNumber, u"110101201003021234"_s);
        QCOMPARE(r.header.guardian, u"王大山（父亲）"_s);
        QCOMPARE(r.header.summonsKind, u"口头传唤"_s);
        QCOMPARE(r.header.arrived, QDateTime(QDate(2026, 11, 23), QTime(8, 50)));
        QCOMPARE(r.header.left, QDateTime(QDate(2026, 11, 23), QTime(11, 20)));

        QCOMPARE(r.pairs.size(), 4);
        QCOMPARE(r.pairs[1].number, 2);
        QCOMPARE(r.pairs[1].question, u"你昨天晚上在哪里？"_s);
        QCOMPARE(r.pairs[1].answer, u"我在家。\n后来出去了一趟，去了网吧。"_s); // page mark gone
        QCOMPARE(r.pairs[2].question, u"你几点出去的？"_s);
        QCOMPARE(r.pairs[2].answer, u"大概十点。"_s);
        QCOMPARE(r.pairs[3].answer, u"没有了。"_s);
        QVERIFY(r.closing.startsWith(u"以上笔录我看过"_s));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).message));
    }

    void formatFaultsAreFoundWithTheirLines()
    {
        const WrittenRecord r = WrittenRecord::parse(
            u"讯问笔录\n答：我不知道。\n问：你叫什么？\n问：你多大了？\n答：\n问：住哪里？\n"_s);
        QStringList codes;
        for (const RecordProblem &p : r.problems)
            codes << u"%1@%2"_s.arg(p.code).arg(p.line);
        QVERIFY2(codes.contains(u"answer-without-question@2"_s), qPrintable(codes.join(u' ')));
        QVERIFY(codes.contains(u"question-without-answer@3"_s));
        QVERIFY(codes.contains(u"empty-answer@5"_s));
        QVERIFY(codes.contains(u"question-without-answer@6"_s));
        QVERIFY(codes.contains(u"missing-place@0"_s));
        QVERIFY(codes.contains(u"missing-start@0"_s));
        QVERIFY(codes.contains(u"missing-end@0"_s));
        QCOMPARE(r.pairs.size(), 3);

        const WrittenRecord garbled = WrittenRecord::parse(u"ÃƒÂ©Ã¢â‚¬Å“Ã‚Â®"_s);
        QVERIFY(garbled.pairs.isEmpty());
        QCOMPARE(garbled.problems.value(0).code, u"no-pairs"_s);
    }

    void timesAcrossMidnightAndOtherSpellings()
    {
        const WrittenRecord r =
            WrittenRecord::parse(u"时间：2026-11-23 23:40 至 00:30\n地点：x\n问：a\n答：b\n"_s);
        QCOMPARE(r.header.start, QDateTime(QDate(2026, 11, 23), QTime(23, 40)));
        QCOMPARE(r.header.end, QDateTime(QDate(2026, 11, 24), QTime(0, 30)));
        QCOMPARE(WrittenRecord::parseDateTime(u"２０２６年１１月２３日９时"_s),
                 QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QVERIFY(!WrittenRecord::parseDateTime(u"2026年13月40日"_s).isValid());
        QVERIFY(!WrittenRecord::parseDateTime(u"不详"_s).isValid());
    }

    void docxParagraphsAndTablesAreText()
    {
        const QString xml = sample(Sample::DocxBody);
        const auto text = DocumentText::fromBytes(docx(xml), u"r.docx"_s);
        QVERIFY2(text.ok(), qPrintable(text ? QString() : text.error().text()));
        QCOMPARE(text->kind, u"docx"_s);
        const WrittenRecord r = WrittenRecord::parse(text->text);
        QCOMPARE(r.header.place, u"城关派出所"_s);
        QCOMPARE(r.pairs.size(), 1);
        QCOMPARE(r.pairs[0].question, u"你叫什么？"_s);
        QCOMPARE(r.pairs[0].answer, u"王五。\n第二行"_s);

        QByteArray damaged = docx(xml);
        damaged.truncate(damaged.size() / 2);
        QVERIFY(!DocumentText::fromBytes(damaged, u"d.docx"_s).ok());
        const auto notWord = DocumentText::fromBytes(
            docx(u"<x/>"_s).replace("word/document", "word/other00000"), u"z.zip"_s);
        QVERIFY(!notWord.ok());
    }

    void pdfTextIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.pdf"_s);
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            QFont font(u"Noto Sans CJK SC"_s);
            font.setPointSize(12);
            painter.setFont(font);
            painter.drawText(QPointF(200, 400), u"问：你叫什么名字？"_s);
            painter.drawText(QPointF(200, 800), u"答：我叫王五。"_s);
        }
        const auto text = DocumentText::read(path);
        QVERIFY2(text.ok(), qPrintable(text ? QString() : text.error().text()));
        QCOMPARE(text->kind, u"pdf"_s);
        const WrittenRecord r = WrittenRecord::parse(text->text);
        QCOMPARE(r.pairs.size(), 1);
        QCOMPARE(QString(r.pairs[0].answer).remove(u' '), u"我叫王五。"_s);

        QVERIFY(!DocumentText::fromBytes("%PDF-1.4\nnot really", u"x.pdf"_s).ok());
    }

    void transcriptFormats_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("speaker");
        QTest::newRow("webvtt") << sample(Sample::WebVtt).toUtf8() << u"webvtt"_s << u"民警"_s;
        QTest::newRow("srt, gb18030")
            << TextDecoding::toGb18030(sample(Sample::Srt)) << u"srt"_s << u"SPEAKER_00"_s;
        QTest::newRow("whisper.cpp")
            << sample(Sample::WhisperCpp).toUtf8() << u"whisper.cpp"_s << QString();
        QTest::newRow("funasr sentence_info")
            << sample(Sample::FunAsrSentences).toUtf8() << u"funasr"_s << u"0"_s;
        QTest::newRow("funasr characters")
            << sample(Sample::FunAsrCharacters).toUtf8() << u"funasr"_s << QString();
        QTest::newRow("segments in seconds")
            << sample(Sample::SegmentsInSeconds).toUtf8() << u"json"_s << u"A"_s;
        QTest::newRow("list, milliseconds, utf-16") << [] {
            const QString t = sample(Sample::MillisecondList);
            return QByteArray("\xFF\xFE") +
                   QByteArray(reinterpret_cast<const char *>(t.utf16()), t.size() * 2);
        }() << u"json"_s << QString();
    }
    void transcriptFormats()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, speaker);
        const auto t = Transcript::parse(bytes, u"t"_s);
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().text()));
        QCOMPARE(t->format, format);
        QCOMPARE(t->segments.size(), 2);
        QCOMPARE(t->segments[0].startMs, 1500);
        QCOMPARE(t->segments[0].endMs, 4000);
        QCOMPARE(t->segments[0].text, u"你叫什么名字？"_s);
        QCOMPARE(t->segments[0].speaker, speaker);
        QCOMPARE(t->segments[1].startMs, 4200);
        QCOMPARE(t->segments[1].text, u"我叫王五。"_s);
        QVERIFY(t->warnings.isEmpty());

        // What is written back reads the same.
        const auto again = Transcript::parse(t->toWebVtt(), u"again"_s);
        QVERIFY(again.ok());
        QCOMPARE(again->segments.size(), 2);
        QCOMPARE(again->segments[1].endMs, 6000);
        QCOMPARE(Transcript::parse(t->toJson(), u"json"_s)->segments[0].startMs, 1500);
        const auto srt = Transcript::parse(t->toSrt(), u"srt"_s);
        QVERIFY(srt.ok());
        QCOMPARE(srt->segments[1].startMs, 4200);
        QCOMPARE(srt->segments[1].text, u"我叫王五。"_s);
    }

    void disorderedTimesAreRepairedAndSaid()
    {
        const auto t = Transcript::parse(sample(Sample::Disordered).toUtf8(), u"t"_s);
        QVERIFY(t.ok());
        QCOMPARE(t->segments.size(), 2);
        QCOMPARE(t->segments[0].text, u"前"_s);
        QCOMPARE(t->segments[1].startMs, 8000);
        QCOMPARE(t->segments[1].endMs, 9000);
        QCOMPARE(t->warnings.size(), 3);
        QCOMPARE(t->checkAgainst(5000).size(), 1);
        QVERIFY(t->checkAgainst(10000).isEmpty());
    }

    void badTranscriptsSayWhy_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("broken json") << QByteArray("{\"segments\": [") << u"garbled"_s;
        QTest::newRow("other json") << QByteArray("{\"a\": 1}") << u"unknown-format"_s;
        QTest::newRow("prose") << u"这不是转写文件。"_s.toUtf8() << u"unknown-format"_s;
        QTest::newRow("huge times")
            << QByteArray("[{\"start\":1e300,\"end\":1e301,\"text\":\"x\"}]") << u"garbled"_s;
        QTest::newRow("srt without times") << QByteArray("1\nx --> y\nhello\n") << u"garbled"_s;
        QTest::newRow("times not a number")
            << QByteArray("[{\"start\":\"nan\",\"end\":\"inf\",\"text\":\"x\"}]") << u"garbled"_s;
        QTest::newRow("whisper.cpp, negative offsets")
            << QByteArray("{\"transcription\":[{\"offsets\":{\"from\":-1e308,\"to\":5},"
                          "\"text\":\"x\"}]}")
            << u"garbled"_s;
        QTest::newRow("funasr, stamps beyond a week")
            << QByteArray("{\"text\":\"你好\",\"timestamp\":[[1e300,1e301],[9e15,9e16]]}")
            << u"garbled"_s;
    }
    void badTranscriptsSayWhy()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const auto t = Transcript::parse(bytes, u"t"_s);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, code);
        QVERIFY(t.error().message.startsWith(u"t"_s));
    }
};

QTEST_MAIN(TestReviewDocuments)
#include "tst_reviewdocuments.moc"
