#include "syntheticinterrogation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <opencc.h>
#include <review/documents/textdecoding.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review::Bench {

namespace {

const QStringList kSurnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s,
                               u"黄"_s, u"周"_s, u"吴"_s, u"徐"_s, u"孙"_s, u"马"_s, u"胡"_s};
const QStringList kGiven = {u"伟"_s, u"芳"_s, u"娜"_s,   u"秀英"_s, u"敏"_s, u"静"_s, u"强"_s,
                            u"磊"_s, u"军"_s, u"洋"_s,   u"勇"_s,   u"艳"_s, u"杰"_s, u"涛"_s,
                            u"明"_s, u"超"_s, u"秀兰"_s, u"霞"_s,   u"平"_s, u"刚"_s};
const QStringList kPlaces = {u"城南的烧烤店"_s, u"火车站附近的网吧"_s, u"人民公园门口"_s,
                             u"新华路的超市"_s, u"建设银行门口"_s,     u"小区的地下车库"_s,
                             u"滨河路的KTV"_s,  u"长途汽车站"_s,       u"老街的麻将馆"_s,
                             u"工地的宿舍"_s};
const QStringList kItems = {u"手机"_s,   u"钱包"_s, u"电动车"_s, u"笔记本电脑"_s,
                            u"金项链"_s, u"背包"_s, u"银行卡"_s, u"手表"_s};

const QStringList kQuestions = {
    u"{date}晚上你在什么地方？"_s,
    u"当时你和谁在一起？"_s,
    u"你们在那里做了什么？"_s,
    u"事情的经过是怎样的，你详细说一下。"_s,
    u"当时现场还有哪些人？"_s,
    u"是谁先动手的？"_s,
    u"你有没有动手打人？"_s,
    u"对方受伤了没有？"_s,
    u"这个{item}是从哪里来的？"_s,
    u"你当时喝酒了吗，喝了多少？"_s,
    u"你是怎么到{place}去的？"_s,
    u"你在现场待了多长时间？"_s,
    u"你是几点离开的？"_s,
    u"你离开以后去了哪里？"_s,
    u"你认识对方吗？"_s,
    u"你和{friend}是什么关系？"_s,
    u"你的联系电话是多少？"_s,
    u"你在哪里工作？"_s,
    u"你一个月收入多少？"_s,
    u"你一共转了多少钱给对方？"_s,
    u"对方是怎么联系上你的？"_s,
    u"你说的这些有谁能证明？"_s,
    u"现场有没有监控？"_s,
    u"你为什么要这样做？"_s,
    u"你知道这样做的后果吗？"_s,
    u"你以前有没有因为违法犯罪被处理过？"_s,
    u"你的车是什么颜色的，车牌号是多少？"_s,
    u"交警检查的时候你配合了吗？"_s,
    u"你把{item}放在哪里了？"_s,
    u"你发现{item}丢了以后做了什么？"_s,
    u"拿东西的人长什么样子？"_s,
    u"你怀疑是谁拿的？"_s,
    u"你们之间有没有经济纠纷？"_s,
    u"他欠你的钱有没有借条？"_s,
    u"你打了他哪个部位，用什么打的？"_s,
    u"事情发生以后你报警了吗？"_s,
    u"你愿意赔偿对方的损失吗？"_s,
    u"{friend}当时在做什么？"_s,
    u"你们是几点到{place}的？"_s,
    u"你最后一次见到{friend}是什么时候？"_s,
};

const QStringList kClauses = {
    u"那天晚上⟦{hour}⟧点左右我在{place}"_s,
    u"我是和{friend}一起去的"_s,
    u"我们在那里喝了⟦{n}⟧瓶啤酒"_s,
    u"后来{friend}跟旁边那桌的人吵了起来"_s,
    u"对方先动的手，打了{friend}一拳"_s,
    u"我上去拉架，结果被人推倒在地上"_s,
    u"我从来没有拿过他的{item}"_s,
    u"那个{item}是我在{place}买的，花了⟦{money}⟧元"_s,
    u"我当时喝多了，有些事情记不太清楚"_s,
    u"我是骑电动车过去的"_s,
    u"我们大概在那里待了⟦{n}⟧个小时"_s,
    u"我给{friend}打了电话，他的号码是⟪{phone}⟫"_s,
    u"我看到一个穿黑衣服的男子从店里跑出来"_s,
    u"他手里拿着一个黑色的包"_s,
    u"我通过微信把钱转给了对方，一共转了⟦{money}⟧元"_s,
    u"对方说可以帮我办贷款，但是要先交手续费"_s,
    u"后来我发现被骗了，就打电话报了警"_s,
    u"我不认识那个人，以前从来没有见过"_s,
    u"我们是在网上认识的，认识了⟦{n}⟧个月"_s,
    u"店里的监控应该能拍到当时的情况"_s,
    u"我走的时候门是锁好的"_s,
    u"第二天早上我才知道东西丢了"_s,
    u"我在{place}旁边的物业公司上班，做保安"_s,
    u"我每个月工资是⟦{money}⟧元左右"_s,
    u"我开的是一辆白色的小轿车，车牌号是{car}"_s,
    u"我承认我喝了酒，但是没有喝多"_s,
    u"交警让我吹气，我一直都很配合"_s,
    u"我把车停在了{place}门口"_s,
    u"当时路上车不多，我开得也不快"_s,
    u"他欠我⟦{money}⟧元，拖了很久一直不还"_s,
    u"我只是想吓唬他一下，并没有想打他"_s,
    u"我用手推了他一下，他自己没站稳摔倒了"_s,
    u"他的头上流了血，我就赶紧打了急救电话"_s,
    u"我知道这样做是违法的，我很后悔"_s,
    u"我愿意赔偿对方的医药费"_s,
    u"这件事{friend}可以给我作证"_s,
    u"我把{item}放在桌子上就去上厕所了"_s,
    u"回来的时候{item}就不见了"_s,
    u"我怀疑是旁边那桌的人拿走的"_s,
    u"那个人个子不高，大概一米七左右，穿着灰色外套"_s,
    u"我是⟦{hour}⟧点多离开的，直接打车回了家"_s,
    u"我们之间没有任何经济往来"_s,
    u"我以前没有被公安机关处理过"_s,
    u"我最后一次见到{friend}是在上个星期⟦{weekday}⟧"_s,
};

// Off the record: what is said in the room and rightly or wrongly not written down.
const QList<std::pair<QString, QString>> kAsides = {
    {u"你要不要先喝点水，休息一下再说？"_s, u"好的，谢谢警官，我先喝口水。"_s},
    {u"你别紧张，慢慢说，想清楚了再回答。"_s, u"好，我知道了，我尽量说清楚。"_s},
    {u"刚才说的那个情况你再好好想一想，是不是记错了？"_s, u"没有记错，当时就是这样的。"_s},
    {u"我们先休息五分钟，你可以去一下洗手间。"_s, u"好的，我马上就回来。"_s},
    {u"你家里人知道你今天到这里来了吗？"_s, u"不知道，你们能不能先不要告诉我家里人。"_s},
    {u"你是不是还有什么事情没有跟我们讲？"_s, u"真的没有了，我知道的全都说了。"_s},
    {u"你要是不老实交代，后果你自己想清楚。"_s, u"我说的都是真的，我没有骗你们。"_s},
    {u"其实那天我还去了一趟朋友家里拿东西。"_s, u"你去拿什么东西了？"_s},
};

const QList<std::pair<QString, QString>> kSynonyms = {{u"什么地方"_s, u"哪里"_s},
                                                      {u"当时"_s, u"那时候"_s},
                                                      {u"一起"_s, u"一块儿"_s},
                                                      {u"看到"_s, u"看见"_s},
                                                      {u"知道"_s, u"晓得"_s},
                                                      {u"没有"_s, u"没"_s},
                                                      {u"大概"_s, u"差不多"_s},
                                                      {u"后来"_s, u"然后"_s},
                                                      {u"东西"_s, u"物品"_s},
                                                      {u"赶紧"_s, u"马上"_s},
                                                      {u"离开"_s, u"走"_s},
                                                      {u"对方"_s, u"那个人"_s},
                                                      {u"发现"_s, u"察觉"_s},
                                                      {u"愿意"_s, u"同意"_s},
                                                      {u"怎么"_s, u"如何"_s},
                                                      {u"从来"_s, u"一直"_s},
                                                      {u"吵了起来"_s, u"发生了争执"_s}};

// Characters a recogniser writes for one another (same or near sound).
const QStringList kHomophones = {
    u"在再载"_s,   u"是事市式试"_s, u"他她它"_s, u"的得地"_s,   u"做作坐"_s,   u"那哪"_s,
    u"有又友"_s,   u"和合河"_s,     u"到道倒"_s, u"时十实石"_s, u"以已一意"_s, u"知之只支"_s,
    u"见件建"_s,   u"里理李力"_s,   u"后候厚"_s, u"话画化"_s,   u"点店电"_s,   u"钱前"_s,
    u"机鸡几记"_s, u"情请清"_s,     u"家加价"_s, u"看砍"_s,     u"跟更"_s,     u"打大"_s,
    u"上尚"_s,     u"么吗嘛"_s,     u"们门"_s,   u"就旧救"_s,   u"个各"_s,     u"人任认"_s,
    u"不布步"_s,   u"天田"_s,       u"把吧爸"_s, u"给几"_s,     u"过国果"_s,   u"说硕"_s,
    u"车扯"_s,     u"电店"_s,       u"钱前"_s,   u"喝和"_s,     u"酒久九"_s,   u"报抱"_s,
    u"警井景"_s,   u"买卖"_s,       u"包保宝"_s, u"回会汇"_s,   u"家价"_s,     u"手首"_s};
const QString kCommon =
    u"的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感"_s;

QString chineseDigits(const QString &digits)
{
    static const QString names = u"零一二三四五六七八九"_s;
    QString out;
    for (const QChar c : digits)
        out += c.isDigit() ? names[c.digitValue()] : c;
    return out;
}

QString chineseNumber(qint64 value)
{
    static const QString names = u"零一二三四五六七八九"_s;
    if (value < 10)
        return QString(names[int(value)]);
    if (value < 20)
        return u"十"_s + (value % 10 ? QString(names[int(value % 10)]) : QString());
    if (value < 100)
        return QString(names[int(value / 10)]) + u"十"_s +
               (value % 10 ? QString(names[int(value % 10)]) : QString());
    if (value >= 10000) {
        const qint64 rest = value % 10000;
        return chineseNumber(value / 10000) + u"万"_s +
               (rest ? (rest < 1000 ? u"零"_s : QString()) + chineseNumber(rest) : QString());
    }
    static const QList<std::pair<qint64, QString>> units = {{1000, u"千"_s}, {100, u"百"_s}};
    for (const auto &[unit, name] : units) {
        if (value >= unit) {
            const qint64 rest = value % unit;
            QString head = value / unit == 2 ? u"两"_s : QString(names[int(value / unit)]);
            QString tail;
            if (rest) {
                if (rest < unit / 10)
                    tail = u"零"_s + chineseNumber(rest);
                else if (rest < 20 && unit == 100)
                    tail = u"一"_s + chineseNumber(rest);
                else
                    tail = chineseNumber(rest);
            }
            return head + name + tail;
        }
    }
    return QString::number(value);
}

QString toTraditional(const QString &text)
{
    static opencc_t converter = opencc_open("s2t.json");
    if (converter == reinterpret_cast<opencc_t>(-1))
        return text;
    const QByteArray utf8 = text.toUtf8();
    char *out = opencc_convert_utf8(converter, utf8.constData(), size_t(utf8.size()));
    const QString result = QString::fromUtf8(out);
    opencc_convert_utf8_free(out);
    return result;
}

QString clock(qint64 ms, QChar separator)
{
    return u"%1:%2:%3%4%5"_s.arg(ms / 3600000, 2, 10, QChar(u'0'))
        .arg(ms / 60000 % 60, 2, 10, QChar(u'0'))
        .arg(ms / 1000 % 60, 2, 10, QChar(u'0'))
        .arg(separator)
        .arg(ms % 1000, 3, 10, QChar(u'0'));
}

struct Segment
{
    qint64 startMs;
    qint64 endMs;
    QString text;
    int speaker;
};

} // namespace

InterrogationGenerator::InterrogationGenerator(quint32 seed)
    : m_random(seed)
{}

QString InterrogationGenerator::instantiate(const QString &pattern)
{
    QString out = pattern;
    out.replace(u"{friend}"_s, m_friend);
    out.replace(u"{place}"_s, m_place);
    while (out.contains(u"{item}"_s))
        out.replace(out.indexOf(u"{item}"_s), 6, pick(kItems));
    while (out.contains(u"{hour}"_s))
        out.replace(out.indexOf(u"{hour}"_s), 6, QString::number(uniform(1, 12)));
    while (out.contains(u"{n}"_s))
        out.replace(out.indexOf(u"{n}"_s), 3, QString::number(uniform(2, 9)));
    while (out.contains(u"{money}"_s))
        out.replace(out.indexOf(u"{money}"_s), 7,
                    QString::number(pick(QList<int>{200, 300, 500, 800, 1200, 1500, 3000, 5000,
                                                    8000, 20000, 35000})));
    while (out.contains(u"{phone}"_s)) {
        QString phone = u"1"_s + QString::number(uniform(3, 9));
        for (int i = 0; i < 9; ++i)
            phone += QString::number(uniform(0, 9));
        out.replace(out.indexOf(u"{phone}"_s), 7, phone);
    }
    while (out.contains(u"{car}"_s))
        out.replace(out.indexOf(u"{car}"_s), 5, u"晋A⟪%1⟫"_s.arg(uniform(10000, 99999)));
    while (out.contains(u"{weekday}"_s))
        out.replace(out.indexOf(u"{weekday}"_s), 9, QString::number(uniform(1, 6)));
    while (out.contains(u"{date}"_s))
        out.replace(out.indexOf(u"{date}"_s), 6,
                    u"⟦%1⟧月⟦%2⟧日"_s.arg(uniform(1, 12)).arg(uniform(1, 28)));
    return out;
}

QString InterrogationGenerator::writtenForm(const QString &canonical)
{
    QString out = canonical;
    out.remove(u'⟦').remove(u'⟧').remove(u'⟪').remove(u'⟫');
    return out;
}

QString InterrogationGenerator::spokenForm(const QString &canonical, bool question)
{
    // Numbers as they are said.
    QString out;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        const QChar c = canonical[i];
        if (c == u'⟦' || c == u'⟪') {
            const QChar close = c == u'⟦' ? u'⟧' : u'⟫';
            const qsizetype end = canonical.indexOf(close, i);
            const QString digits = canonical.mid(i + 1, end - i - 1);
            out += c == u'⟦' ? chineseNumber(digits.toLongLong()) : chineseDigits(digits);
            i = end;
            continue;
        }
        out += c;
    }
    // Said otherwise than written: colloquial words, fillers, false starts.
    for (const auto &[formal, colloquial] : kSynonyms)
        if (out.contains(formal) && chance() < 0.35)
            out.replace(formal, colloquial);
    if (question && chance() < 0.3)
        out.prepend(pick(QStringList{u"好，"_s, u"那我问你，"_s, u"嗯，下面你说一下，"_s,
                                     u"你说说，"_s, u"那么，"_s}));
    QStringList clauses = out.split(u'，');
    for (QString &clause : clauses) {
        if (chance() < 0.15)
            clause.prepend(pick(QStringList{u"嗯"_s, u"呃，"_s, u"那个"_s, u"就是"_s}));
        if (chance() < 0.08 && clause.size() > 3)
            clause.prepend(clause.left(1) + u"，"_s);
    }
    return clauses.join(u'，');
}

QString InterrogationGenerator::recognised(const QString &spoken)
{
    QString out;
    const double rate = m_asrErrors;
    for (const QChar c : spoken) {
        const double roll = chance();
        if (c.isPunct()) {
            if (roll < 0.3)
                continue; // recognisers drop or move punctuation
            out += roll < 0.4 ? u'，' : c;
            continue;
        }
        if (roll < rate * 0.6) {
            QString group;
            for (const QString &g : kHomophones)
                if (g.contains(c)) {
                    group = g;
                    break;
                }
            if (group.size() > 1) {
                QChar other = c;
                while (other == c)
                    other = group[uniform(0, int(group.size()) - 1)];
                out += other;
            } else {
                out += kCommon[uniform(0, int(kCommon.size()) - 1)];
            }
        } else if (roll < rate * 0.8) {
            continue; // dropped
        } else if (roll < rate) {
            out += c;
            out += kCommon[uniform(0, int(kCommon.size()) - 1)]; // inserted
        } else {
            out += c;
        }
    }
    return out;
}

SyntheticInterrogation InterrogationGenerator::make(const Shape &shape)
{
    SyntheticInterrogation result;
    m_asrErrors = shape.asrErrors;
    const QString subject = pick(kSurnames) + pick(kGiven);
    const QStringList officers = {pick(kSurnames) + pick(kGiven), pick(kSurnames) + pick(kGiven)};
    m_friend = pick(kSurnames) + pick(kGiven);
    m_place = pick(kPlaces);
    const int age = uniform(19, 58);

    struct Exchange
    {
        QString canonicalQuestion;
        QString canonicalAnswer;
        QStringList answerClauses;
        bool said = true;
        bool written = true;
        bool aside = false;
    };
    QList<Exchange> exchanges;
    exchanges.append(
        {u"我们是城关派出所的民警，现依法对你进行询问，你应当如实回答，对与本案无关的问题有拒绝回答的权利，你听清楚了吗？"_s,
         u"听清楚了。"_s,
         {u"听清楚了"_s}});
    exchanges.append({u"你的个人情况？"_s,
                      {},
                      {u"我叫%1"_s.arg(subject), u"今年⟦%1⟧岁"_s.arg(age),
                       u"住在城关镇⟦%1⟧号院"_s.arg(uniform(1, 120)),
                       u"身份证号码是⟪1401%1⟫"_s.arg(uniform(10000000, 99999999))}});
    QList<int> questionOrder;
    for (int i = 0; i < kQuestions.size(); ++i)
        questionOrder << i;
    std::shuffle(questionOrder.begin(), questionOrder.end(), m_random);
    const int body = std::max(1, shape.pairs - 3);
    for (int i = 0; i < body; ++i) {
        Exchange e;
        e.canonicalQuestion = instantiate(kQuestions[questionOrder[i % questionOrder.size()]]);
        const int clauses = uniform(1, shape.maxClauses);
        for (int k = 0; k < clauses; ++k)
            e.answerClauses << instantiate(pick(kClauses));
        exchanges.append(e);
    }
    exchanges.append({u"你还有什么要补充的吗？"_s, {}, {u"没有了"_s}});
    // Written and never said: 1 to 3 of the body's pairs.
    const int fabricated = std::min(body, uniform(1, 3));
    for (int k = 0; k < fabricated; ++k)
        exchanges[uniform(2, int(exchanges.size()) - 2)].said = false;
    // Said and never written: asides, and now and then a real exchange left out.
    const int asides = uniform(2, 4);
    for (int k = 0; k < asides; ++k) {
        const auto &[q, a] = pick(kAsides);
        Exchange e{q, a, {a}, true, false, true};
        exchanges.insert(uniform(2, int(exchanges.size()) - 1), e);
    }
    result.unwrittenExchanges = asides;

    // The recording: each utterance timed as it is said, in recogniser's segments.
    QList<Segment> segments;
    qint64 now = uniform(3000, 15000);
    auto say = [&](const QString &text, int speaker) {
        const qint64 begun = now;
        const double rate = 3.5 + chance() * 2.0; // characters per second
        QStringList pieces;
        QString piece;
        for (const QChar c : text) {
            piece += c;
            if (u"。？！"_s.contains(c) || (piece.size() >= 28 && (c == u'，' || c == u','))) {
                pieces << piece;
                piece.clear();
            }
        }
        if (!piece.trimmed().isEmpty())
            pieces << piece;
        for (const QString &p : std::as_const(pieces)) {
            const qint64 length = qint64(p.size() / rate * 1000);
            segments.append({now, now + length, recognised(p), speaker});
            now += length + uniform(150, 600);
        }
        return std::pair{begun, now};
    };
    int pairNumber = 0;
    for (Exchange &e : exchanges) {
        QStringList writtenClauses = e.answerClauses;
        if (e.canonicalAnswer.isEmpty())
            e.canonicalAnswer = e.answerClauses.join(u'，') + u'。';
        if (e.written)
            ++pairNumber;
        if (!e.said) {
            result.truth.append({pairNumber, false, -1, -1});
            continue;
        }
        const auto [qStart, qEnd] = say(spokenForm(e.canonicalQuestion, true), 0);
        now += uniform(400, 2000);
        const auto [aStart, aEnd] = say(spokenForm(e.canonicalAnswer, false), 1);
        Q_UNUSED(qEnd);
        Q_UNUSED(aStart);
        if (e.written)
            result.truth.append({pairNumber, true, qStart, segments.constLast().endMs});
        now += e.aside ? uniform(1000, 3000) : uniform(2000, 15000); // the officer types
        Q_UNUSED(aEnd);
    }
    result.durationMs = now + 5000;

    // The written record: formal words, numbers in digits, answers summarised.
    const int markStyle = uniform(0, 3);
    auto mark = [markStyle](bool question) {
        const QString which = question ? u"问"_s : u"答"_s;
        switch (markStyle) {
        case 0:
            return which + u"："_s;
        case 1:
            return which + u":"_s;
        case 2:
            return u"【"_s + which + u"】"_s;
        default:
            return which + u"： "_s;
        }
    };
    QString record = u"询问笔录\n（第1次）\n时间：2026年11月23日09时00分至2026年11月23日%1时%2分\n"
                     "地点：城关派出所询问室\n询问人（签名）：%3、%4　工作单位：城关派出所\n"
                     "记录人（签名）：%4\n被询问人：%5　性别：男　年龄：%6\n"_s
                         .arg(9 + result.durationMs / 3600000, 2, 10, QChar(u'0'))
                         .arg(result.durationMs / 60000 % 60, 2, 10, QChar(u'0'))
                         .arg(officers[0], officers[1], subject)
                         .arg(age);
    for (const Exchange &e : std::as_const(exchanges)) {
        if (!e.written)
            continue;
        QStringList clauses = e.answerClauses;
        if (clauses.size() >= 2 && chance() < 0.2)
            clauses.removeAt(uniform(0, int(clauses.size()) - 1)); // left out
        if (clauses.size() >= 2 && chance() < 0.25) {
            const int k = uniform(0, int(clauses.size()) - 2);
            clauses.swapItemsAt(k, k + 1); // written in another order
        }
        QString answer = e.canonicalAnswer.startsWith(u"听清楚"_s) ? e.canonicalAnswer
                                                                   : clauses.join(u'，') + u'。';
        QString question = e.canonicalQuestion;
        for (const auto &[formal, colloquial] : kSynonyms)
            if (answer.contains(formal) && chance() < 0.25)
                answer.replace(formal, colloquial);
        record +=
            mark(true) + writtenForm(question) + u'\n' + mark(false) + writtenForm(answer) + u'\n';
    }
    record += u"以上笔录我看过，和我说的相符。\n被询问人签名：%1\n"_s.arg(subject);
    const int encoding = uniform(0, 7);
    if (uniform(0, 4) == 0)
        record = toTraditional(record);
    if (encoding <= 1)
        result.recordBytes = TextDecoding::toGb18030(record);
    else if (encoding == 2)
        result.recordBytes =
            QByteArray("\xFF\xFE") +
            QByteArray(reinterpret_cast<const char *>(record.utf16()), record.size() * 2);
    else
        result.recordBytes = record.toUtf8();

    // The transcript, in one of the recognisers' formats.
    static const QStringList formats = {u"json"_s, u"srt"_s, u"webvtt"_s, u"whisper.cpp"_s,
                                        u"funasr"_s};
    result.transcriptFormat = pick(formats);
    for (const Segment &s : std::as_const(segments))
        result.transcriptChars += int(s.text.size());
    const QString speakerName[] = {u"SPEAKER_00"_s, u"SPEAKER_01"_s};
    if (result.transcriptFormat == u"srt"_s || result.transcriptFormat == u"webvtt"_s) {
        const bool vtt = result.transcriptFormat == u"webvtt"_s;
        QString out = vtt ? u"WEBVTT\n\n"_s : QString();
        int index = 1;
        for (const Segment &s : std::as_const(segments)) {
            if (!vtt)
                out += QString::number(index++) + u'\n';
            out += clock(s.startMs, vtt ? u'.' : u',') + u" --> "_s +
                   clock(s.endMs, vtt ? u'.' : u',') + u'\n';
            out += (vtt ? u"<v %1>"_s : u"%1: "_s).arg(speakerName[s.speaker]) + s.text + u"\n\n"_s;
        }
        result.transcriptBytes = out.toUtf8();
    } else {
        QJsonArray array;
        for (const Segment &s : std::as_const(segments)) {
            if (result.transcriptFormat == u"whisper.cpp"_s)
                array.append(QJsonObject{
                    {u"timestamps"_s, QJsonObject{{u"from"_s, clock(s.startMs, u',')},
                                                  {u"to"_s, clock(s.endMs, u',')}}},
                    {u"offsets"_s, QJsonObject{{u"from"_s, s.startMs}, {u"to"_s, s.endMs}}},
                    {u"text"_s, s.text}});
            else if (result.transcriptFormat == u"funasr"_s)
                array.append(QJsonObject{{u"text"_s, s.text},
                                         {u"start"_s, s.startMs},
                                         {u"end"_s, s.endMs},
                                         {u"spk"_s, s.speaker}});
            else
                array.append(QJsonObject{{u"start"_s, double(s.startMs) / 1000.0},
                                         {u"end"_s, double(s.endMs) / 1000.0},
                                         {u"text"_s, s.text},
                                         {u"speaker"_s, speakerName[s.speaker]}});
        }
        QJsonDocument doc;
        if (result.transcriptFormat == u"whisper.cpp"_s)
            doc = QJsonDocument(QJsonObject{{u"transcription"_s, array}});
        else if (result.transcriptFormat == u"funasr"_s)
            doc = QJsonDocument(QJsonArray{
                QJsonObject{{u"key"_s, u"interrogation"_s}, {u"sentence_info"_s, array}}});
        else
            doc = QJsonDocument(QJsonObject{{u"segments"_s, array}});
        result.transcriptBytes = doc.toJson(QJsonDocument::Compact);
    }
    return result;
}

} // namespace Jiandu::Review::Bench
