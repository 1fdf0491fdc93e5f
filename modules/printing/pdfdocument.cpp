#include "pdfdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <core/boundedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

PdfDocument::PdfDocument(QString title, QString html)
    : m_title(std::move(title))
    , m_html(std::move(html))
{}

QStringList PdfDocument::fontFamilies()
{
    // A Ming (宋体-like) face for official papers, from fonts-arphic-uming: its characters map
    // back to the text they were (Noto CJK shares the glyphs of 人, 身 … with the Kangxi
    // radicals, and a PDF set in it reads back as radicals when searched or copied).
    QStringList found;
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : {u"AR PL UMing CN"_s, u"WenQuanYi Zen Hei"_s,
                                  u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s}) {
        if (installed.contains(family))
            found.append(family);
    }
    return found;
}

Result<void> PdfDocument::write(const QString &path) const
{
    if (auto target = BoundedFile::checkTarget(path); !target)
        return target.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: choose a folder you may write to.").arg(path),
                     file.errorString()};
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(m_title);
        pdf.setCreator(u"Jiandu"_s);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 16, 18, 18), QPageLayout::Millimeter);
        // CSS pixels as on a screen; text and lines stay vectors whatever the resolution.
        pdf.setResolution(96);

        QTextDocument document;
        const QStringList families = fontFamilies();
        QFont font(families.isEmpty() ? QString() : families.first());
        font.setFamilies(families);
        font.setPointSizeF(10.5); // 五号
        document.setDefaultFont(font);
        document.setDefaultStyleSheet(u"h1 { font-size: 16pt; text-align: center; }"
                                      "p { margin-top: 3px; margin-bottom: 3px; }"
                                      "h2 { font-size: 12pt; }"
                                      "table { border-collapse: collapse; }"
                                      "td, th { border: 1px solid #000; padding: 4px; }"
                                      "th { background: #eee; }"_s);
        document.documentLayout()->setPaintDevice(&pdf);
        document.setHtml(m_html);

        QPainter painter;
        if (!painter.begin(&pdf))
            return Error{tr("The PDF could not be started."), path};
        const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const qreal footerHeight = pdf.resolution() * 0.3; // about 8 mm
        document.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                pdf.newPage();
            painter.save();
            const QRectF clip(0, i * document.pageSize().height(), document.pageSize().width(),
                              document.pageSize().height());
            painter.translate(0, -clip.top());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            QFont small = font;
            small.setPointSizeF(8);
            painter.setFont(small);
            const QRectF foot(0, page.height() - footerHeight, page.width(), footerHeight);
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, m_footer);
            painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                             tr("Page %1 of %2").arg(i + 1).arg(pages));
        }
        if (!painter.end())
            return Error{tr("The PDF could not be finished."), path};
    }
    if (!file.commit())
        return Error{tr("%1 could not be saved (is the disk full?).").arg(path),
                     file.errorString()};
    return {};
}

} // namespace Jiandu
