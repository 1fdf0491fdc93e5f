#pragma once

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;

namespace Jiandu {

class AlertService;

//! 预警规则: every supervision point of the catalogue with what this site changed (enabled,
//! score, deadline, lead time). Each change asks for a reason, is checked before it is
//! stored, takes effect in the engine at once and is listed with who made it and why.
class RuleSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RuleSettingsPage(AlertService &service, QWidget *parent = nullptr);

    //! Asks for the new value and the reason of \a field of \a ruleId, then changes it.
    void editRule(const QString &ruleId, const QString &field);

private:
    void reload();
    void cellActivated(int row, int column);

    AlertService &m_service;
    QTableWidget *m_rules = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace Jiandu
