#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <core/result.h>

namespace Jiandu::Review {

//! Text in whichever encoding a police workstation saved it: UTF-8 (with or without a byte
//! order mark), UTF-16 (LE or BE, with or without one) or GB18030 (which includes GBK and
//! GB2312). Without a mark the candidates are decoded and the one that reads as Chinese or
//! ASCII text wins; bytes no candidate reads are refused rather than guessed at.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Review::TextDecoding)

public:
    struct Decoded
    {
        QString text;
        QString encoding; //!< "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
    };

    //! The text of \a bytes; code "garbled" when no encoding reads them as text, "binary"
    //! when they hold NUL bytes that no text encoding explains.
    static Result<Decoded> decode(const QByteArray &bytes);

    //! GB18030 to UTF-16; malformed sequences become U+FFFD and are counted in \a invalid.
    static QString fromGb18030(const QByteArray &bytes, qsizetype *invalid = nullptr);
    //! \a text in GB18030, as records from older workstations are saved.
    static QByteArray toGb18030(const QString &text);
    //! The share of \a text's characters that ordinary Chinese or Latin text is made of.
    static double plausibility(const QString &text);
};

} // namespace Jiandu::Review
