#pragma once

#include "moduleapiexport.h"

#include <QWidget>

namespace Jiandu {

//! One page of the settings dialog. It shows the stored values when created and writes
//! them on apply(); the dialog calls apply() on every page when the operator confirms.
class JIANDU_MODULEAPI_EXPORT SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;
    virtual void apply() = 0;
};

} // namespace Jiandu
