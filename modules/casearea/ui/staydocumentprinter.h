#pragma once

#include "../journey/staydocuments.h"

#include <QCoreApplication>

class QMenu;
class QWidget;

namespace Jiandu {

class IShell;

//! Prints the desk's papers of a stay: asks where, lays the PDF out off the UI thread and tells
//! the operator when it is there or why it is not.
class StayDocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::StayDocumentPrinter)

public:
    static void print(QWidget *parent, IShell &shell, const CaseArea::Stay &stay,
                      CaseArea::StayDocuments::Kind kind, const QString &area, qint64 nowMs);
    //! Fills \a menu with the papers \a stay has come far enough for.
    static void fillMenu(QMenu *menu, QWidget *parent, IShell &shell, const CaseArea::Stay &stay,
                         const QString &area, qint64 nowMs);
};

} // namespace Jiandu
