#pragma once

#include <QCoreApplication>
#include <QString>
#include <core/result.h>

namespace Jiandu::Review {

//! The plain text of a document a record or transcript arrives in: text in any encoding
//! TextDecoding reads, Word (.docx: its paragraphs, tables cell by cell) or PDF (the text of
//! each page, in reading order). The kind is told by the content, not the file name.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Review::DocumentText)

public:
    struct Text
    {
        QString text;
        QString kind;     //!< "text", "docx" or "pdf"
        QString encoding; //!< for text: the encoding it was read in
    };

    static constexpr qint64 kMaxFileBytes = 256LL << 20;
    static constexpr qint64 kMaxTextBytes = 64LL << 20; //!< a docx's document.xml unpacked

    //! Reads \a path (a regular file only, at most kMaxFileBytes).
    static Result<Text> read(const QString &path);
    //! The same from bytes already read; \a name only names the source in messages.
    static Result<Text> fromBytes(const QByteArray &bytes, const QString &name);

private:
    static Result<Text> fromDocx(const QByteArray &bytes, const QString &name);
    static Result<Text> fromPdf(const QByteArray &bytes, const QString &name);
};

} // namespace Jiandu::Review
