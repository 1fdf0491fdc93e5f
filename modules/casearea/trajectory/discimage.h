#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <core/result.h>

namespace Jiandu::CaseArea {

//! 视频下载刻录: a disc image (ISO 9660 with Joliet and Rock Ridge, written by xorriso) of an
//! exported video with its manifest, captions and a README saying what the disc holds and how
//! to check it (the SHA-256 of every file), and burning it when the workstation has a burner.
//! The image appears whole or not at all.
class DiscImage
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseArea::DiscImage)

public:
    struct Content
    {
        QString video;      //!< an export with its manifest beside it (checked first)
        QStringList extras; //!< more files to put beside it (captions, the cover PDF)
        QString title;      //!< the README's first line, e.g. the subject and the period
        QString label;      //!< the volume label (made ISO-safe, at most 32 characters)
    };
    //! Writes \a content's image to \a isoPath.
    static Result<void> write(const Content &content, const QString &isoPath);
    //! The optical drives that can write (/dev/sr*), best first.
    static QStringList burners();
    //! Burns \a isoPath on \a device (xorriso), then reads the disc back and compares it with
    //! the image byte for byte (SHA-256): a bad burn is said, not reported as done.
    static Result<void> burn(const QString &isoPath, const QString &device);
    //! What the README of \a content says (the files and their SHA-256).
    static Result<QString> readme(const Content &content);

    //! The disc's cover (光盘封面), printed and put in the case: who, which case, which time,
    //! and the video's SHA-256 to check it by. HTML for PdfDocument, in Chinese.
    struct Cover
    {
        QString subject;
        QString personId;
        QString caseNo;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QString file;
        QString sha256;
        QString madeBy;
    };
    static QString coverHtml(const Cover &cover);
};

} // namespace Jiandu::CaseArea
