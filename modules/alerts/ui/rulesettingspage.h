#pragma once

#include "../data/rulesettingsrepository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace Jiandu {

class AlertService;

//! 预警规则: every supervision point of the catalogue by its name, with what this site
//! changed (enabled, score, deadline, lead time, in words), searchable. Each change asks for
//! a reason, is checked before it is stored, takes effect in the engine at once and is
//! listed with who made it and why. The responsible unit does not edit the rules that
//! supervise it: changing rules is the legal officer's and the leaders' right.
class RuleSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RuleSettingsPage(AlertService &service, QWidget *parent = nullptr);

    //! Asks for the new value and the reason of \a field of \a ruleId, then changes it.
    void editRule(const QString &ruleId, const QString &field);

private:
    void reload();
    void showHistory(const QList<RuleSettingChange> &history);
    void cellActivated(int row, int column);
    void applySearch();
    //! Why this operator may not change rules; empty if they may.
    QString refusal() const;

    AlertService &m_service;
    QTableWidget *m_rules = nullptr;
    QTableWidget *m_history = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Jiandu
