#pragma once

#include <QList>
#include <QString>
#include <string>

namespace Jiandu::Review {

//! Chinese text reduced to what matters for matching what was said with what was written:
//! full-width forms to half width, traditional to simplified characters (OpenCC's t2s),
//! Latin lower-cased, numbers in characters to digits (二十三 → 23, 二〇二六 → 2026), the
//! characters speech recognisers confuse folded together (的/地/得, 他/她/它, 在/再 …), and
//! punctuation, spaces and filler sounds (嗯, 呃, 啊 …) dropped. Each kept character remembers
//! where in the input it came from.
class TextNormalizer
{
public:
    struct Normalized
    {
        std::u32string chars;
        QList<int> source; //!< per char: its UTF-16 index in the input
    };

    static Normalized normalize(const QString &text);
    //! \a c in simplified characters (OpenCC t2s), one character for one.
    static char32_t simplified(char32_t c);
};

} // namespace Jiandu::Review
