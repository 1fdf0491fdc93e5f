#pragma once

#include <QDialog>
#include <moduleapi/modulemanager.h>

namespace Jiandu {

//! Which modules run and why the others do not, for the operator and for support.
class ModuleStatusDialog : public QDialog
{
    Q_OBJECT
public:
    ModuleStatusDialog(const QString &directory, const QList<ModuleStatus> &statuses,
                       QWidget *parent = nullptr);
};

} // namespace Jiandu
