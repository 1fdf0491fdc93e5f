#pragma once

#include <QWidget>

namespace Jiandu {

class IShell;

//! The first page an operator sees: the site this workstation serves, its units, what is
//! running and whether anything needs attention.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(IShell &shell, qint64 startedMs, QWidget *parent = nullptr);
};

} // namespace Jiandu
