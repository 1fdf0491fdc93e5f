#include "textnormalizer.h"

#include <QChar>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <opencc.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

Q_LOGGING_CATEGORY(lcNormalizer, "jiandu.review.normalizer")

class TraditionalToSimplified
{
public:
    TraditionalToSimplified()
        : m_converter(opencc_open("t2s.json"))
    {
        if (m_converter == reinterpret_cast<opencc_t>(-1)) {
            qCWarning(lcNormalizer) << "OpenCC t2s.json could not be opened:" << opencc_error()
                                    << "— traditional characters will not match simplified ones";
            m_converter = nullptr;
        }
    }
    ~TraditionalToSimplified()
    {
        if (m_converter)
            opencc_close(m_converter);
    }

    char32_t convert(char32_t c)
    {
        if (c < 0x3400 || !m_converter)
            return c;
        QMutexLocker lock(&m_mutex);
        const auto known = m_memo.constFind(c);
        if (known != m_memo.cend())
            return *known;
        const QByteArray utf8 = QString::fromUcs4(&c, 1).toUtf8();
        char32_t result = c;
        if (char *out = opencc_convert_utf8(m_converter, utf8.constData(), size_t(utf8.size()))) {
            const QList<uint> converted = QString::fromUtf8(out).toUcs4();
            if (converted.size() == 1)
                result = converted.constFirst();
            opencc_convert_utf8_free(out);
        }
        m_memo.insert(c, result);
        return result;
    }

private:
    opencc_t m_converter = nullptr;
    QMutex m_mutex;
    QHash<char32_t, char32_t> m_memo;
};

TraditionalToSimplified &t2s()
{
    static TraditionalToSimplified instance;
    return instance;
}

// Sounds that carry no words.
bool filler(char32_t c)
{
    static const std::u32string fillers = U"嗯呃唔啊哎诶欸噢哦呀嘛呢吧啦哈喔";
    return fillers.find(c) != std::u32string::npos;
}

// Characters a speech recogniser writes for one another: one stands for all.
char32_t folded(char32_t c)
{
    switch (c) {
    case U'地':
    case U'得':
        return U'的';
    case U'她':
    case U'它':
    case U'祂':
        return U'他';
    case U'再':
        return U'在';
    case U'作':
        return U'做';
    case U'哪':
        return U'那';
    case U'象':
        return U'像';
    case U'帐':
        return U'账';
    case U'两':
        return U'二';
    case U'〇':
        return U'零';
    default:
        return c;
    }
}

int digitOf(char32_t c)
{
    static const std::u32string digits = U"零一二三四五六七八九";
    const auto i = digits.find(c);
    return i == std::u32string::npos ? -1 : int(i);
}

qint64 unitOf(char32_t c)
{
    switch (c) {
    case U'十':
        return 10;
    case U'百':
        return 100;
    case U'千':
        return 1000;
    case U'万':
        return 10000;
    case U'亿':
        return 100000000;
    default:
        return 0;
    }
}

//! 二十三 → "23", 一百零五 → "105", 一三八 → "138"; empty when the run is no number.
std::u32string numberOf(const std::u32string &run)
{
    bool positional = false;
    for (char32_t c : run)
        positional = positional || unitOf(c) != 0;
    std::u32string out;
    if (!positional) {
        for (char32_t c : run)
            out += char32_t(U'0' + digitOf(c));
        return out;
    }
    qint64 total = 0, section = 0, number = 0;
    bool pendingDigit = false;
    for (char32_t c : run) {
        const int d = digitOf(c);
        if (d >= 0) {
            number = d;
            pendingDigit = true;
            continue;
        }
        const qint64 unit = unitOf(c);
        // Checked before multiplying: no real number in a record is this large.
        constexpr qint64 kLargest = 1'000'000'000'000LL;
        if (total > kLargest || section > kLargest)
            return {};
        if (unit >= 10000) {
            if (total + section + number > kLargest / unit)
                return {};
            total = (total + section + number) * unit;
            section = 0;
        } else {
            section += (pendingDigit ? number : 1) * unit;
        }
        number = 0;
        pendingDigit = false;
    }
    const std::string digits = std::to_string(total + section + number);
    return std::u32string(digits.begin(), digits.end());
}

} // namespace

char32_t TextNormalizer::simplified(char32_t c)
{
    return t2s().convert(c);
}

TextNormalizer::Normalized TextNormalizer::normalize(const QString &text)
{
    // Character by character: fold, then drop what carries no words.
    std::u32string kept;
    QList<int> source;
    std::vector<bool> breakBefore; // a dropped mark between this char and the one before
    kept.reserve(size_t(text.size()));
    source.reserve(text.size());
    bool dropped = false;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const int at = int(i);
        i += width;
        if (c >= 0xff01 && c <= 0xff5e)
            c -= 0xfee0; // full-width ASCII
        else if (c == 0x3000)
            c = ' ';
        if (QChar::isSpace(c) || QChar::isPunct(c) || QChar::isSymbol(c) ||
            QChar::category(c) == QChar::Other_Control ||
            QChar::category(c) == QChar::Other_Format) {
            dropped = true;
            continue;
        }
        c = QChar::toLower(c);
        c = folded(simplified(c));
        if (filler(c))
            continue;
        kept += c;
        source.append(at);
        breakBefore.push_back(dropped);
        dropped = false;
    }

    Normalized result;
    result.chars.reserve(kept.size());
    result.source.reserve(source.size());
    for (size_t i = 0; i < kept.size();) {
        if (digitOf(kept[i]) < 0 && unitOf(kept[i]) == 0) {
            result.chars += kept[i];
            result.source.append(source[qsizetype(i)]);
            ++i;
            continue;
        }
        // A number ends at a mark: 两千，十点 are two numbers.
        size_t end = i + 1;
        while (end < kept.size() && !breakBefore[end] &&
               (digitOf(kept[end]) >= 0 || unitOf(kept[end]) != 0))
            ++end;
        const std::u32string run = kept.substr(i, end - i);
        const std::u32string digits = numberOf(run);
        if (digits.empty()) {
            for (size_t k = i; k < end; ++k) {
                result.chars += kept[k];
                result.source.append(source[qsizetype(k)]);
            }
        } else {
            for (size_t k = 0; k < digits.size(); ++k) {
                result.chars += digits[k];
                // Spread the digits over the characters they were read from.
                const size_t from = i + std::min(run.size() - 1, k * run.size() / digits.size());
                result.source.append(source[qsizetype(from)]);
            }
        }
        i = end;
    }
    return result;
}

} // namespace Jiandu::Review
