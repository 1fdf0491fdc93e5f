#include "textdecoding.h"

#include <QStringDecoder>
#include <iconv.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

bool ordinary(char32_t c)
{
    if (c == '\n' || c == '\r' || c == '\t')
        return true;
    if (c >= 0x20 && c < 0x7f)
        return true;
    return (c >= 0x4e00 && c <= 0x9fff)      // CJK unified ideographs
           || (c >= 0x3400 && c <= 0x4dbf)   // extension A
           || (c >= 0x3000 && c <= 0x303f)   // CJK punctuation
           || (c >= 0xff00 && c <= 0xffef)   // full-width forms
           || (c >= 0x2010 && c <= 0x206f)   // general punctuation (quotes, dashes, …)
           || (c >= 0x00a0 && c <= 0x00ff)   // Latin-1 (×, ·, °)
           || (c >= 0x2460 && c <= 0x24ff)   // circled numbers
           || (c >= 0x3200 && c <= 0x33ff)   // enclosed CJK, CJK compatibility
           || (c >= 0xf900 && c <= 0xfaff)   // compatibility ideographs
           || (c >= 0xfe30 && c <= 0xfe4f)   // CJK compatibility forms
           || (c >= 0x20000 && c <= 0x2ffff) // extensions B–F
           || c == 0xfeff;
}

QString decodeUtf16(const QByteArray &bytes, QStringConverter::Encoding encoding,
                    qsizetype *invalid)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    if (invalid)
        *invalid = decoder.hasError() ? 1 : 0;
    return text;
}

} // namespace

QString TextDecoding::fromGb18030(const QByteArray &bytes, qsizetype *invalid)
{
    qsizetype bad = 0;
    QString text;
    iconv_t cd = iconv_open("UTF-16LE", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        if (invalid)
            *invalid = bytes.size();
        return text;
    }
    text.reserve(bytes.size());
    QByteArray out(8192, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    while (inLeft > 0) {
        char *outPtr = out.data();
        size_t outLeft = size_t(out.size());
        const size_t r = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        text.append(reinterpret_cast<const QChar *>(out.constData()),
                    (out.size() - qsizetype(outLeft)) / 2);
        if (r == size_t(-1) && errno != E2BIG) {
            // EILSEQ or EINVAL (a sequence cut at the end): one byte is skipped and marked.
            text.append(QChar::ReplacementCharacter);
            ++bad;
            ++in;
            --inLeft;
        }
    }
    iconv_close(cd);
    if (invalid)
        *invalid = bad;
    return text;
}

QByteArray TextDecoding::toGb18030(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out(utf8.size() * 2 + 16, Qt::Uninitialized); // GB18030 is at most 4 bytes
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    char *in = const_cast<char *>(utf8.constData());
    char *to = out.data();
    size_t inLeft = size_t(utf8.size()), outLeft = size_t(out.size());
    iconv(cd, &in, &inLeft, &to, &outLeft);
    iconv_close(cd);
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}

double TextDecoding::plausibility(const QString &text)
{
    qsizetype total = 0;
    qsizetype good = 0;
    for (const char32_t c : text.toUcs4()) {
        ++total;
        if (ordinary(c))
            ++good;
    }
    return total == 0 ? 1.0 : double(good) / double(total);
}

Result<TextDecoding::Decoded> TextDecoding::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Decoded{QString::fromUtf8(bytes.mid(3)), u"UTF-8"_s};
    if (bytes.startsWith("\xFF\xFE"))
        return Decoded{decodeUtf16(bytes.mid(2), QStringConverter::Utf16LE, nullptr),
                       u"UTF-16LE"_s};
    if (bytes.startsWith("\xFE\xFF"))
        return Decoded{decodeUtf16(bytes.mid(2), QStringConverter::Utf16BE, nullptr),
                       u"UTF-16BE"_s};

    {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = utf8(bytes);
        if (!utf8.hasError() && !bytes.contains('\0'))
            return Decoded{text, u"UTF-8"_s};
    }

    struct Candidate
    {
        QString encoding;
        QString text;
        double score = 0;
    };
    QList<Candidate> candidates;
    if (!bytes.contains('\0')) {
        qsizetype invalid = 0;
        QString text = fromGb18030(bytes, &invalid);
        const double score = plausibility(text) - double(invalid) / double(qMax(1, text.size()));
        candidates.append({u"GB18030"_s, std::move(text), score});
    }
    if (bytes.size() % 2 == 0) {
        for (const auto &[name, encoding] : {std::pair{u"UTF-16LE"_s, QStringConverter::Utf16LE},
                                             std::pair{u"UTF-16BE"_s, QStringConverter::Utf16BE}}) {
            qsizetype invalid = 0;
            QString text = decodeUtf16(bytes, encoding, &invalid);
            const double score = plausibility(text) - (invalid ? 0.5 : 0.0);
            candidates.append({name, std::move(text), score});
        }
    }
    const auto best =
        std::max_element(candidates.cbegin(), candidates.cend(),
                         [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
    if (best == candidates.cend() || best->score < 0.9) {
        const bool binary = bytes.contains('\0');
        return Error{binary ? tr("The file holds binary data, not text. Open the record's text, "
                                 "Word (.docx) or PDF file.")
                            : tr("The text is in no encoding Jiandu reads (UTF-8, UTF-16, "
                                 "GB18030/GBK). Save it again as UTF-8 and retry."),
                     best == candidates.cend()
                         ? QString()
                         : u"best guess %1 at %2"_s.arg(best->encoding).arg(best->score, 0, 'f', 2),
                     binary ? u"binary"_s : u"garbled"_s};
    }
    return Decoded{best->text, best->encoding};
}

} // namespace Jiandu::Review
