#pragma once

#include <QCoreApplication>
#include <QString>
#include <core/result.h>

namespace Jiandu {

//! A document to print: simple HTML (headings, paragraphs, tables) laid out on A4 pages in a
//! CJK font with the page number at the foot, written as a PDF. The file appears whole or not
//! at all (written beside and renamed); a device, a pipe or a folder is refused as the target.
//! Needs a QGuiApplication (fonts); safe on any thread, as QTextDocument is.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::PdfDocument)

public:
    PdfDocument(QString title, QString html);
    //! A line printed at the foot of every page beside the page number (e.g. who printed it).
    void setFooter(const QString &footer) { m_footer = footer; }
    Result<void> write(const QString &path) const;
    //! The font families the documents are set in, best first.
    static QStringList fontFamilies();

private:
    QString m_title;
    QString m_html;
    QString m_footer;
};

} // namespace Jiandu
