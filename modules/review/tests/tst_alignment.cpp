// Placing a written record's pairs where they were said: the normalising that makes
// speech and writing comparable, and the alignment a legal officer relies on.
#include <QTest>
#include <review/alignment/aligner.h>
#include <review/alignment/textnormalizer.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::Review;

namespace {

QString normal(const QString &text)
{
    const std::u32string chars = TextNormalizer::normalize(text).chars;
    return QString::fromUcs4(chars.data(), qsizetype(chars.size()));
}

Transcript transcriptOf(const QList<std::tuple<double, double, QString>> &lines)
{
    Transcript t;
    for (const auto &[start, end, text] : lines)
        t.segments.append({qint64(start * 1000), qint64(end * 1000), text, {}});
    return t;
}

QList<QaPair> pairsOf(const QList<std::pair<QString, QString>> &qa)
{
    QList<QaPair> pairs;
    for (const auto &[q, a] : qa)
        pairs.append(QaPair{int(pairs.size()) + 1, q, a, 0, 0});
    return pairs;
}

// An interrogation as it was said (with recognition errors: 在→再, 网吧→网八, 十点→时点) …
const Transcript kSaid = transcriptOf({
    {0.0, 6.0, u"我们是城关派出所的民警，现在依法对你进行询问，你要如实回答，听明白了吗？"_s},
    {6.5, 7.5, u"听明白了。"_s},
    {9.0, 10.5, u"你别紧张，要不要先喝点水？"_s},
    {11.0, 12.0, u"不用了谢谢。"_s},
    {14.0, 17.0, u"嗯，那你说一下，你昨天晚上再哪里？"_s},
    {17.5, 22.0, u"我，我在家，后来大概十点多出去了一趟，去了网八。"_s},
    {30.0, 33.0, u"你在网吧里面跟谁在一起？"_s},
    {33.5, 39.0, u"跟我同学李四在一起，我们打游戏打到两点多钟。"_s},
    {45.0, 49.0, u"你们有没有跟别人发生冲突？"_s},
    {49.5, 56.0, u"没有，我们一直在打游戏，什么都没干，两点半就回家了。"_s},
    {60.0, 63.0, u"你还有什么要补充的吗？"_s},
    {63.5, 64.5, u"没有了。"_s},
});

// … and as the officer wrote it down: paraphrased, numbers in digits, one exchange that
// was never said (pair 5), the offer of water not written.
const QList<QaPair> kWritten = pairsOf({
    {u"我们是城关派出所民警，依法对你询问，你应如实回答，听明白了吗？"_s, u"听明白了。"_s},
    {u"你昨天晚上在什么地方？"_s, u"我在家，后来10点多出去了一趟，到了网吧。"_s},
    {u"你在网吧和谁在一起？"_s, u"和同学李四，我们玩游戏到2点多。"_s},
    {u"你们和别人发生冲突了没有？"_s, u"没有，我们一直玩游戏，2点半回家了。"_s},
    {u"有人能证明你说的话吗？"_s, u"网管可以证明，他认识我们。"_s},
    {u"你还有什么补充的吗？"_s, u"没有。"_s},
});

} // namespace

class TestAlignment : public QObject
{
    Q_OBJECT

private slots:
    void normalizing_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("punctuation, spaces") << u"你好，  世界！"_s << u"你好世界"_s;
        QTest::newRow("traditional") << u"詢問筆錄，現場錄音"_s << u"询问笔录现场录音"_s;
        QTest::newRow("full width") << u"ＡＢＣ１２３"_s << u"abc123"_s;
        QTest::newRow("numbers") << u"二十三岁，一百零五元，两千，十点"_s << u"23岁105元200010点"_s;
        QTest::newRow("digit by digit") << u"一三八〇〇"_s << u"13800"_s;
        QTest::newRow("fillers") << u"嗯，我呃，在家啊"_s << u"我在家"_s;
        QTest::newRow("confusable") << u"她再那里跑得快"_s << u"他在那里跑的快"_s;
        QTest::newRow("too large to be a number") << u"一万亿亿亿亿"_s << u"一万亿亿亿亿"_s;
    }
    void normalizing()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normal(input), expected);
    }

    void normalizedCharsPointBackToTheText()
    {
        const QString text = u"我，在二十三号"_s;
        const TextNormalizer::Normalized n = TextNormalizer::normalize(text);
        QCOMPARE(QString::fromUcs4(n.chars.data(), qsizetype(n.chars.size())), u"我在23号"_s);
        QCOMPARE(n.source, (QList<int>{0, 2, 3, 4, 6}));
    }

    void pairsAreFoundWhereTheyWereSaid()
    {
        const Alignment a = Aligner::align(kWritten, kSaid);
        QCOMPARE(a.pairs.size(), 6);
        const QList<double> starts = {0.0, 14.0, 30.0, 45.0, -1, 60.0};
        for (int i = 0; i < 6; ++i) {
            const PairAlignment &p = a.pairs[i];
            QCOMPARE(p.pair, i + 1);
            if (starts[i] < 0) {
                QCOMPARE(p.status, PairAlignment::Status::NotFound);
                QCOMPARE(p.startMs, -1);
                QVERIFY(p.confidence < 0.34);
                continue;
            }
            QVERIFY2(p.status == PairAlignment::Status::Aligned,
                     qPrintable(QString::number(i + 1)));
            QVERIFY2(std::abs(p.startMs / 1000.0 - starts[i]) <= 1.0,
                     qPrintable(u"pair %1 at %2 s"_s.arg(i + 1).arg(p.startMs / 1000.0)));
            QVERIFY(p.confidence > 0.4);
        }
        // Pair 2 runs from the question through the answer; its span names both segments.
        QCOMPARE(a.pairs[1].firstSegment, 4);
        QCOMPARE(a.pairs[1].lastSegment, 5);
        QCOMPARE(a.pairs[1].endMs, 22000);
        QCOMPARE(a.alignedCount, 5);
        QVERIFY(a.plausible);

        // The offer of water was said and not written down.
        QCOMPARE(a.unwritten.size(), 1);
        QCOMPARE(a.unwritten[0].firstSegment, 2);
        QCOMPARE(a.unwritten[0].lastSegment, 3);
        QCOMPARE(a.unwritten[0].startMs, 9000);
    }

    void orderIsKeptWhenAQuestionRepeats()
    {
        // The same question asked twice; the record's second asking must not jump ahead of
        // or behind the first.
        const Transcript said = transcriptOf({
            {0, 3, u"你叫什么名字？"_s},
            {3, 5, u"王五。"_s},
            {10, 14, u"你昨天去了哪里？"_s},
            {14, 18, u"去了城南的菜市场。"_s},
            {20, 23, u"你叫什么名字？"_s},
            {23, 25, u"王五，三横王，五六的五。"_s},
        });
        const Alignment a =
            Aligner::align(pairsOf({{u"你叫什么名字？"_s, u"王五。"_s},
                                    {u"你昨天去了哪里？"_s, u"城南菜市场。"_s},
                                    {u"你叫什么名字？"_s, u"王五，三横王，五六的五。"_s}}),
                           said);
        QCOMPARE(a.pairs[0].startMs, 0);
        QCOMPARE(a.pairs[1].startMs, 10000);
        QCOMPARE(a.pairs[2].startMs, 20000);
    }

    void anotherInterrogationIsSaidPlainly()
    {
        const Transcript other = transcriptOf({
            {0, 5, u"请你把当天在工地上发生的事情讲一遍。"_s},
            {5, 14, u"那天下午三点，钢筋从塔吊上掉下来，砸到了一个工人，老板叫我们别报警。"_s},
            {20, 24, u"受伤的工人叫什么名字，送到哪家医院？"_s},
            {24, 30, u"他姓赵，是河南人，送到了县人民医院骨科。"_s},
            {40, 44, u"塔吊的操作员有没有上岗证？"_s},
            {44, 48, u"这个我不清楚，要问项目经理。"_s},
        });
        const Alignment a = Aligner::align(kWritten, other);
        QVERIFY(!a.plausible);
        QVERIFY(a.overallConfidence < 0.3);
        QVERIFY(a.verdict.contains(u"different interrogation"_s));
    }

    void aPairPlacedByHand()
    {
        const Alignment a = Aligner::align(kWritten, kSaid);
        // The reviewer finds pair 5 in the offer of water (segments 3–4): kept as manual,
        // that passage is no longer "said but not written".
        const Alignment placed = Aligner::withPlacement(a, kSaid, 5, 2, 3);
        QCOMPARE(placed.pairs[4].status, PairAlignment::Status::Manual);
        QCOMPARE(placed.pairs[4].startMs, 9000);
        QCOMPARE(placed.pairs[4].endMs, 12000);
        QCOMPARE(placed.pairs[4].confidence, 1.0);
        QVERIFY(placed.unwritten.isEmpty());
        QCOMPARE(placed.alignedCount, 6);
        QCOMPARE(placed.pairs[1].startMs, a.pairs[1].startMs); // the others as they were
    }

    void aRecordOfABookStillEnds()
    {
        // One "answer" of 200 000 characters and 3 000 more pairs, against 2 000 segments:
        // the alignment ends (the pair's text used to find it is bounded) and says so.
        QString book;
        for (int i = 0; i < 20000; ++i)
            book += u"我不知道他们说的什么"_s;
        QList<std::pair<QString, QString>> qa{{u"你说一下经过。"_s, book}};
        for (int i = 0; i < 3000; ++i)
            qa.append({u"第%1个问题是什么？"_s.arg(i), u"回答%1。"_s.arg(i)});
        QList<std::tuple<double, double, QString>> lines;
        for (int i = 0; i < 2000; ++i)
            lines.append({i * 3.0, i * 3.0 + 2.5, u"第%1个问题是什么，回答%1。"_s.arg(i)});
        const Alignment a = Aligner::align(pairsOf(qa), transcriptOf(lines));
        QCOMPARE(a.pairs.size(), 3001);
        QVERIFY(a.alignedCount > 1000);
        std::atomic<bool> cancelled{true};
        Aligner::Options options;
        options.cancelled = &cancelled;
        QCOMPARE(Aligner::align(pairsOf(qa), transcriptOf(lines), options).alignedCount, 0);
    }

    void emptyInputsGiveAnAnswerNotACrash()
    {
        QVERIFY(!Aligner::align(kWritten, Transcript()).plausible);
        QVERIFY(!Aligner::align({}, kSaid).plausible);
        const Alignment a = Aligner::align(pairsOf({{u"？"_s, u"。"_s}, {u"嗯"_s, u""_s}}), kSaid);
        QCOMPARE(a.alignedCount, 0);
        QCOMPARE(a.pairs[0].status, PairAlignment::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
