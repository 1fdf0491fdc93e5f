#include "rulesettingspage.h"

#include "../alertservice.h"
#include "../rulecatalogue.h"
#include "actiondialog.h"
#include "alertpresentation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

// The supervision point by its name first; the rule's id, for the rule file, last.
enum Column {
    Enabled,
    Name,
    TierColumn,
    Element,
    Stage,
    Deadline,
    Lead,
    Score,
    RuleId,
    ColumnCount
};

QString fieldOf(int column)
{
    switch (column) {
    case Enabled:
        return u"enabled"_s;
    case Score:
        return u"score"_s;
    case Deadline:
        return u"deadline"_s;
    case Lead:
        return u"lead"_s;
    default:
        return {};
    }
}

QString fieldName(const QString &field)
{
    if (field == u"enabled")
        return RuleSettingsPage::tr("Enabled");
    if (field == u"score")
        return RuleSettingsPage::tr("Score");
    if (field == u"deadline")
        return RuleSettingsPage::tr("Deadline");
    if (field == u"lead")
        return RuleSettingsPage::tr("Warning lead");
    return field;
}

// A stored value as the page shows it: lengths of time in words.
QString valueWords(const QString &field, const QString &value)
{
    if (field != u"deadline" && field != u"lead")
        return value;
    const auto duration = Duration::parse(value);
    return duration ? AlertPresentation::durationWords(duration) : value;
}

} // namespace

RuleSettingsPage::RuleSettingsPage(AlertService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_rules(new QTableWidget(0, ColumnCount, this))
    , m_history(new QTableWidget(0, 6, this))
{
    setObjectName(u"ruleSettingsPage"_s);
    m_rules->setObjectName(u"ruleTable"_s);
    m_rules->setHorizontalHeaderLabels({tr("On"), tr("Supervision point"), tr("Tier"),
                                        tr("Element"), tr("Stage"), tr("Deadline"),
                                        tr("Warning lead"), tr("Score"), tr("Rule")});
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    connect(m_rules, &QTableWidget::cellActivated, this, &RuleSettingsPage::cellActivated);
    connect(m_rules, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == Enabled)
            cellActivated(row, column);
    });
    m_history->setObjectName(u"ruleHistory"_s);
    m_history->setHorizontalHeaderLabels(
        {tr("Time"), tr("Who"), tr("Rule"), tr("Setting"), tr("Change"), tr("Reason")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"ruleHint"_s);
    m_hint->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"ruleSearch"_s);
    m_search->setPlaceholderText(tr("Search: name, element, stage or rule id…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the rules"));
    connect(m_search, &QLineEdit::textChanged, this, &RuleSettingsPage::applySearch);
    auto *top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(m_search);
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Changes"), this));
    historyLayout->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_rules);
    splitter->addWidget(history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(&m_service, &AlertService::rulesChanged, this, &RuleSettingsPage::reload);
    connect(&m_service, &AlertService::actorChanged, this, &RuleSettingsPage::reload);
    reload();
}

QString RuleSettingsPage::refusal() const
{
    return m_service.mayChangeRules() ? QString() : m_service.ruleChangeRefusal();
}

void RuleSettingsPage::applySearch()
{
    const QString text = m_search->text().trimmed();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        bool shown = text.isEmpty();
        for (int column : {int(Name), int(Element), int(Stage), int(TierColumn), int(RuleId)})
            shown = shown || m_rules->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        shown = shown || m_rules->item(row, Name)->toolTip().contains(text, Qt::CaseInsensitive);
        m_rules->setRowHidden(row, !shown);
    }
}

void RuleSettingsPage::reload()
{
    const QString refused = refusal();
    m_hint->setText(refused.isEmpty()
                        ? tr("Double-click a score, deadline or lead time to change it; click the "
                             "box to switch a rule on or off. Every change asks for a reason and "
                             "is kept below.")
                        : refused);
    const RuleSet &catalogue = m_service.catalogue();
    const RuleSet &rules = m_service.rules();
    m_rules->setRowCount(0);
    for (const Rule &rule : rules.rules) {
        const Rule *original = catalogue.find(rule.id);
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        const auto put = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            const QString field = fieldOf(column);
            if (!field.isEmpty() && original &&
                RuleCatalogue::valueOf(*original, field) != RuleCatalogue::valueOf(rule, field)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(
                    tr("Changed here; the catalogue says %1")
                        .arg(field == u"deadline" || field == u"lead"
                                 ? AlertPresentation::durationWords(
                                       field == u"deadline" ? original->deadline : original->lead)
                                 : RuleCatalogue::valueOf(*original, field)));
            }
            m_rules->setItem(row, column, item);
            return item;
        };
        QTableWidgetItem *box = put(Enabled, {});
        box->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        if (!refused.isEmpty())
            box->setFlags(box->flags() & ~Qt::ItemIsUserCheckable);
        put(RuleId, rule.id)->setData(Qt::UserRole, rule.id);
        put(Element, AlertPresentation::elementName(rule.element));
        put(Stage, rule.stage);
        put(TierColumn, AlertPresentation::tierName(rule.tier))
            ->setForeground(AlertPresentation::tierColour(rule.tier));
        put(Name, rule.name)->setToolTip(rule.description);
        put(Score, QString::number(rule.score));
        put(Deadline, AlertPresentation::durationWords(rule.deadline))
            ->setData(Qt::UserRole, RuleCatalogue::durationText(rule.deadline));
        put(Lead, AlertPresentation::durationWords(rule.lead))
            ->setData(Qt::UserRole, RuleCatalogue::durationText(rule.lead));
    }
    applySearch();
    m_rules->resizeColumnsToContents();
    m_rules->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);

    // The changes' history, read on the database thread.
    m_service.data().run<QList<RuleSettingChange>>(
        this, [](QSqlDatabase &db) { return RuleSettingsRepository(db).history(); },
        [this](Result<QList<RuleSettingChange>> history) {
            showHistory(history ? *history : QList<RuleSettingChange>());
        });
}

void RuleSettingsPage::showHistory(const QList<RuleSettingChange> &history)
{
    m_history->setRowCount(0);
    for (const RuleSettingChange &c : history) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const QStringList cells{
            AlertPresentation::timeText(c.timeMs),
            c.actor,
            c.ruleId,
            fieldName(c.field),
            u"%1 → %2"_s.arg(c.oldValue.isEmpty() ? u"—"_s : valueWords(c.field, c.oldValue),
                             c.newValue.isEmpty() ? tr("catalogue value")
                                                  : valueWords(c.field, c.newValue)),
            c.reason};
        for (int col = 0; col < cells.size(); ++col)
            m_history->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
}

void RuleSettingsPage::cellActivated(int row, int column)
{
    const QString field = fieldOf(column);
    if (field.isEmpty())
        return;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        m_service.shell().notify(Severity::Warning, tr("Rules not changed"), refused);
        return;
    }
    editRule(m_rules->item(row, RuleId)->data(Qt::UserRole).toString(), field);
}

void RuleSettingsPage::editRule(const QString &ruleId, const QString &field)
{
    const Rule *rule = m_service.rules().find(ruleId);
    if (!rule)
        return;
    const QString current = RuleCatalogue::valueOf(*rule, field);
    const bool toggle = field == u"enabled";
    const QString title =
        toggle ? (rule->enabled ? tr("Switch the rule off") : tr("Switch the rule on"))
               : tr("Change %1").arg(fieldName(field));
    ActionDialog dialog(title, tr("Change"), this);
    dialog.setIntro(toggle ? u"%1（%2）"_s.arg(rule->name, rule->id)
                    : field == u"score"
                        ? u"%1（%2）"_s.arg(rule->name, rule->id)
                        : tr("%1 (%2)\nA length of time: 30min, 24h, 3d, 6mo or 1y; empty for the "
                             "catalogue's value.")
                              .arg(rule->name, rule->id));
    if (!toggle)
        dialog.addTitleField(current, fieldName(field));
    dialog.setNoteRequired(true, tr("Why (kept with the change)"));
    const QString toggled = rule->enabled ? u"false"_s : u"true"_s;
    dialog.setSubmit([this, ruleId, field, toggle, toggled, &dialog](ActionDialog::Answer answer) {
        m_service.changeRule(
            ruleId, field, toggle ? toggled : dialog.titleText(), dialog.note(), &dialog,
            [answer](Result<void> done) { answer(done ? QString() : done.error().message); });
    });
    if (dialog.exec() != QDialog::Accepted)
        reload(); // a cancelled toggle: the box shows the rule as it is
}

} // namespace Jiandu
