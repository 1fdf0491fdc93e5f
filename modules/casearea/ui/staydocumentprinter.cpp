#include "staydocumentprinter.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>
#include <moduleapi/ishell.h>
#include <printing/pdfdocument.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

void StayDocumentPrinter::print(QWidget *parent, IShell &shell, const Stay &stay,
                                StayDocuments::Kind kind, const QString &area, qint64 nowMs)
{
    const QString title = StayDocuments::title(kind);
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save %1").arg(title),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
            u"%1-%2-%3.pdf"_s.arg(title, stay.name, stay.personId),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    PdfDocument document(title,
                         StayDocuments::html(kind, stay, area, shell.context().userName, nowMs));
    document.setFooter(u"%1 · %2"_s.arg(stay.personId, title));
    // Laid out and written off the UI thread; the operator hears when it is there.
    QThreadPool::globalInstance()->start([document, path, shell = &shell,
                                          guard = QPointer<QWidget>(parent)] {
        const Result<void> written = document.write(path);
        QMetaObject::invokeMethod(qApp, [shell, guard, written, path] {
            if (!guard) // the shell closed meanwhile
                return;
            if (written)
                shell->notify(Severity::Information, tr("Document saved"), path);
            else
                shell->notify(Severity::Warning, tr("Document not saved"), written.error().message);
        });
    });
}

void StayDocumentPrinter::fillMenu(QMenu *menu, QWidget *parent, IShell &shell, const Stay &stay,
                                   const QString &area, qint64 nowMs)
{
    menu->clear();
    for (const StayDocuments::Kind kind : StayDocuments::available(stay))
        menu->addAction(StayDocuments::title(kind), parent,
                        [parent, &shell, stay, kind, area, nowMs] {
                            print(parent, shell, stay, kind, area, nowMs);
                        });
}

} // namespace Jiandu
