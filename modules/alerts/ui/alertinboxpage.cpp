#include "alertinboxpage.h"

#include "../alertservice.h"
#include "../alertsettings.h"
#include "actiondialog.h"
#include "alertinboxmodel.h"
#include "alertpresentation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <core/settingsstore.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr quint8 bit(AlertRecord::Status s)
{
    return quint8(1u << int(s));
}

constexpr qint64 kDay = 24 * 3600'000LL;

} // namespace

AlertInboxPage::AlertInboxPage(AlertService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_status(new QComboBox(this))
    , m_element(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_silenced(new QCheckBox(tr("Show silenced"), this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_saveColumns(new QTimer(this))
    , m_count(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge…"), this))
    , m_problem(new QPushButton(tr("Open a problem…"), this))
    , m_silence(new QPushButton(tr("Silence…"), this))
    , m_claim(new QPushButton(tr("Take it on"), this))
    , m_appeal(new QPushButton(tr("Appeal…"), this))
    , m_camera(new QPushButton(tr("Watch the room"), this))
    , m_refresh(new QTimer(this))
    , m_flash(new QTimer(this))
{
    setObjectName(u"alertInboxPage"_s);
    auto *filters = new QHBoxLayout;
    for (auto tier : {Tier::Alarm, Tier::Warning, Tier::Guidance}) {
        auto *button = new QToolButton(this);
        button->setText(AlertPresentation::tierName(tier));
        button->setCheckable(true);
        button->setChecked(true);
        button->setProperty("tier", int(tier));
        button->setStyleSheet(u"QToolButton:checked { background: %1; color: white; "
                              "border-radius: 3px; padding: 2px 8px; }"_s.arg(
                                  AlertPresentation::tierColour(tier).name()));
        connect(button, &QToolButton::toggled, this, &AlertInboxPage::applyFilter);
        filters->addWidget(button);
        m_tierButtons.append(button);
    }
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("To handle"),
                      bit(AlertRecord::Status::New) | bit(AlertRecord::Status::Acknowledged));
    m_status->addItem(tr("New"), bit(AlertRecord::Status::New));
    m_status->addItem(tr("Acknowledged"), bit(AlertRecord::Status::Acknowledged));
    m_status->addItem(tr("Problem opened"), bit(AlertRecord::Status::Referred));
    m_status->addItem(tr("Resolved"), bit(AlertRecord::Status::Resolved));
    m_status->addItem(tr("All statuses"), 0b1111);
    m_element->setAccessibleName(tr("Element"));
    m_element->addItem(tr("All elements"), QString());
    for (const QString &element : AlertPresentation::elements())
        m_element->addItem(AlertPresentation::elementName(element), element);
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setMinimumContentsLength(10);
    fillUnits();
    m_period->setAccessibleName(tr("Time"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_group->setAccessibleName(tr("Group by"));
    m_group->addItem(tr("No groups"), int(AlertIndex::GroupBy::None));
    m_group->addItem(tr("By unit"), int(AlertIndex::GroupBy::Unit));
    m_group->addItem(tr("By element"), int(AlertIndex::GroupBy::Element));
    m_group->addItem(tr("By tier"), int(AlertIndex::GroupBy::Tier));
    m_group->addItem(tr("By status"), int(AlertIndex::GroupBy::Status));
    for (QComboBox *box : {m_status, m_element, m_unit, m_period, m_group}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AlertInboxPage::applyFilter);
        filters->addWidget(box);
    }
    connect(m_silenced, &QCheckBox::toggled, this, &AlertInboxPage::applyFilter);
    filters->addWidget(m_silenced);
    m_search->setObjectName(u"alertSearch"_s);
    m_search->setPlaceholderText(tr("Search: name, ID or case number, rule…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the alerts"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_saveColumns->setSingleShot(true);
    m_saveColumns->setInterval(800);
    connect(m_saveColumns, &QTimer::timeout, this, &AlertInboxPage::saveColumns);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AlertInboxPage::search);
    connect(m_searchDelay, &QTimer::timeout, this, &AlertInboxPage::search);
    filters->addWidget(m_search, 1);
    filters->addStretch();
    m_count->setObjectName(u"alertCount"_s);
    filters->addWidget(m_count);

    m_view->setObjectName(u"alertView"_s);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QHeaderView::customContextMenuRequested, this,
            &AlertInboxPage::chooseColumns);
    m_view->setAccessibleName(tr("Alerts"));
    auto *loading = new QLabel(tr("Reading the alerts…"), this);
    loading->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(loading);
    m_stack->addWidget(m_view);

    m_details->setObjectName(u"alertDetails"_s);
    m_details->setOpenLinks(false);
    // Two rows, so that the pane stays narrow on a small screen: what is done at once, then
    // what needs a form.
    auto *actions = new QHBoxLayout;
    auto *forms = new QHBoxLayout;
    m_camera->setToolTip(tr("The live picture of the camera in the subject's room"));
    connect(m_camera, &QPushButton::clicked, this, [this] {
        if (!m_service.shell().openObject(u"camera"_s, m_cameraId))
            m_service.shell().notify(
                Severity::Warning, tr("Camera not available"),
                tr("Camera %1 is not one of this site's cameras.").arg(m_cameraId));
    });
    m_acknowledge->setObjectName(u"acknowledge"_s);
    m_claim->setObjectName(u"claim"_s);
    m_claim->setToolTip(tr("Become the alert's owner: the others see who is on it"));
    m_appeal->setObjectName(u"appeal"_s);
    m_silence->setToolTip(tr("Hide it from the inbox until a time you set, with a reason"));
    for (QPushButton *b : {m_acknowledge, m_claim, m_camera}) {
        b->setEnabled(false);
        actions->addWidget(b);
    }
    for (QPushButton *b : {m_problem, m_silence, m_appeal}) {
        b->setEnabled(false);
        forms->addWidget(b);
    }
    actions->addStretch();
    forms->addStretch();
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertInboxPage::acknowledge);
    connect(m_claim, &QPushButton::clicked, this, &AlertInboxPage::claim);
    connect(m_problem, &QPushButton::clicked, this, &AlertInboxPage::openProblem);
    connect(m_silence, &QPushButton::clicked, this, &AlertInboxPage::silence);
    connect(m_appeal, &QPushButton::clicked, this, &AlertInboxPage::appeal);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addLayout(actions);
    sideLayout->addLayout(forms);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    // Changes arrive in bursts; the list is computed again at most a few times a second.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &AlertInboxPage::refresh);
    m_flash->setInterval(500);
    connect(m_flash, &QTimer::timeout, this, [this] {
        const bool flash = AlertSettings::flash.value(m_service.shell().settings());
        m_flashOn = flash ? !m_flashOn : true;
        if (m_model) {
            m_model->setFlashOn(m_flashOn);
            m_view->viewport()->update(); // countdowns and the flashing
        }
    });
    m_flash->start();

    connect(&m_service, &AlertService::indexLoaded, this, &AlertInboxPage::createModel);
    connect(&m_service, &AlertService::actorChanged, this, &AlertInboxPage::showDetails);
    connect(&m_service, &AlertService::alertsChanged, this, [this](const QList<qint64> &ids) {
        if (m_model)
            m_model->invalidate(ids);
        scheduleRefresh();
    });
    if (m_service.isLoaded())
        createModel();
}

void AlertInboxPage::fillUnits()
{
    const QString current = m_unit->currentData().toString();
    QStringList units = m_service.shell().context().site.units;
    if (m_service.isLoaded()) {
        for (const QString &unit : m_service.index().units()) {
            if (!unit.isEmpty() && !units.contains(unit))
                units.append(unit);
        }
    }
    if (units.size() + 1 == m_unit->count())
        return; // the same units (names are only ever added)
    const QSignalBlocker block(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All units"), QString());
    for (const QString &unit : units)
        m_unit->addItem(unit, unit);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(current)));
}

void AlertInboxPage::createModel()
{
    delete m_model;
    m_model = new AlertInboxModel(
        m_service.index(),
        [this](const QList<qint64> &ids) {
            // Answered to the model that asked (a newer one ignores it).
            QPointer<AlertInboxModel> model = m_model;
            m_service.read(ids, m_model, [model, ids](Result<QList<AlertRecord>> read) {
                if (model)
                    model->takeRecords(ids, read ? *read : QList<AlertRecord>());
            });
        },
        [this] { return m_service.nowMs(); },
        [this](const QString &ruleId) {
            const Rule *rule = m_service.rules().find(ruleId);
            return rule ? rule->name : ruleId;
        },
        this);
    m_model->setHighlightSince(m_service.nowMs());
    m_view->setModel(m_model);
    fitColumns();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AlertInboxPage::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertInboxPage::showDetails);
    // Widths are kept once the operator stops dragging.
    connect(m_view->header(), &QHeaderView::sectionResized, m_saveColumns,
            qOverload<>(&QTimer::start));
    fillUnits();
    applyFilter();
    m_stack->setCurrentIndex(1);
}

AlertFilter AlertInboxPage::currentFilter() const
{
    AlertFilter f;
    f.tiers = 0;
    for (QToolButton *b : m_tierButtons) {
        if (b->isChecked())
            f.tiers |= quint8(1u << b->property("tier").toInt());
    }
    f.statuses = quint8(m_status->currentData().toUInt());
    f.element = m_element->currentData().toString();
    f.unit = m_unit->currentData().toString();
    if (const int days = m_period->currentData().toInt(); days > 0) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_service.nowMs());
        f.fromMs = QDateTime(now.date().addDays(1 - days), QTime(0, 0)).toMSecsSinceEpoch();
    }
    f.includeSilenced = m_silenced->isChecked();
    f.only = m_found;
    return f;
}

void AlertInboxPage::applyFilter()
{
    if (!m_model)
        return;
    const qint64 selected = currentId();
    QElapsedTimer timer;
    timer.start();
    m_model->setGroupBy(AlertIndex::GroupBy(m_group->currentData().toInt()));
    m_model->setFilter(currentFilter());
    m_view->setRootIsDecorated(m_model->groupBy() != AlertIndex::GroupBy::None);
    if (m_model->groupBy() != AlertIndex::GroupBy::None && m_model->rowCount() <= 12)
        m_view->expandAll();
    m_lastFilterMs = timer.elapsed();
    m_count->setText(tr("%n alert(s)", nullptr, int(m_model->alertCount())));
    if (selected) {
        if (const QModelIndex at = m_model->indexOfAlert(selected); at.isValid())
            m_view->setCurrentIndex(at);
    }
    showDetails();
}

void AlertInboxPage::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void AlertInboxPage::refresh()
{
    if (!m_model)
        return;
    fillUnits();
    const qint64 selected = currentId();
    // New alerts arrive while the operator reads: the list stays where it was scrolled to.
    const int scrolled = m_view->verticalScrollBar()->value();
    m_model->refresh();
    if (m_model->groupBy() != AlertIndex::GroupBy::None && m_model->rowCount() <= 12)
        m_view->expandAll();
    m_count->setText(tr("%n alert(s)", nullptr, int(m_model->alertCount())));
    if (selected) {
        if (const QModelIndex at = m_model->indexOfAlert(selected); at.isValid())
            m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }
    m_view->verticalScrollBar()->setValue(scrolled);
    showDetails();
}

void AlertInboxPage::showAlert(qint64 id)
{
    if (!m_model)
        return;
    QModelIndex at = m_model->indexOfAlert(id);
    if (!at.isValid()) { // hidden by the filters: show everything
        for (QToolButton *b : m_tierButtons)
            b->setChecked(true);
        m_status->setCurrentIndex(m_status->count() - 1);
        m_element->setCurrentIndex(0);
        m_unit->setCurrentIndex(0);
        m_period->setCurrentIndex(0);
        m_silenced->setChecked(true);
        applyFilter();
        at = m_model->indexOfAlert(id);
    }
    if (at.isValid()) {
        m_view->setCurrentIndex(at);
        m_view->scrollTo(at);
    }
}

bool AlertInboxPage::showView(const QString &view)
{
    const bool alarms = view == u"new-alarms";
    if (!alarms && view != u"to-handle")
        return false;
    for (QToolButton *b : m_tierButtons)
        b->setChecked(!alarms || b->property("tier").toInt() == int(Tier::Alarm));
    m_status->setCurrentIndex(m_status->findData(
        alarms ? bit(AlertRecord::Status::New)
               : bit(AlertRecord::Status::New) | bit(AlertRecord::Status::Acknowledged)));
    m_element->setCurrentIndex(0);
    m_unit->setCurrentIndex(0);
    m_period->setCurrentIndex(0);
    m_silenced->setChecked(false);
    m_search->clear();
    applyFilter();
    return true;
}

qint64 AlertInboxPage::currentId() const
{
    return m_model ? m_model->alertId(m_view->currentIndex()) : 0;
}

void AlertInboxPage::showDetails()
{
    // Acknowledging works on every selected alert still new; the rest on the current one.
    const int unacknowledged = int(newInSelection().size());
    m_acknowledge->setEnabled(unacknowledged > 0);
    m_acknowledge->setText(unacknowledged > 1 ? tr("Acknowledge %n…", nullptr, unacknowledged)
                                              : tr("Acknowledge…"));
    const qint64 id = currentId();
    const quint64 ticket = ++m_detailsTicket;
    if (!id) {
        showRecord(std::nullopt);
        return;
    }
    // The row's record when it was just drawn; else read on the database thread (a newer
    // selection meanwhile wins). Until then the actions wait for it.
    if (const AlertRecord *shown = m_model ? m_model->cachedRecord(id) : nullptr) {
        showRecord(*shown);
        return;
    }
    if (!m_shown || m_shown->id != id)
        showRecord(std::nullopt);
    m_service.read({id}, this, [this, ticket](Result<QList<AlertRecord>> read) {
        if (ticket != m_detailsTicket)
            return;
        showRecord(read && !read->isEmpty() ? std::optional<AlertRecord>(read->constFirst())
                                            : std::nullopt);
    });
}

void AlertInboxPage::showRecord(const std::optional<AlertRecord> &alert)
{
    m_shown = alert;
    const bool open = alert && alert->status != AlertRecord::Status::Resolved;
    m_claim->setEnabled(open && alert->claimedBy != m_service.shell().context().userName);
    m_problem->setEnabled(alert && alert->problemId == 0);
    m_silence->setEnabled(open);
    // 申辩 is the responsible unit's; deciding it the legal officer's or a leader's.
    const bool unitRole = m_service.actor().role == ProblemRole::ResponsibleUnit;
    const bool pending = alert && alert->appeal == AlertRecord::Appeal::Pending;
    m_appeal->setText(unitRole || !pending ? tr("Appeal…") : tr("Decide the appeal"));
    m_appeal->setEnabled(open && (unitRole ? !pending : pending));
    m_appeal->setToolTip(unitRole ? tr("A formal objection to the alert, with its grounds, for "
                                       "the legal officer to decide")
                                  : tr("Uphold (the alert is closed) or reject the unit's appeal"));
    const QJsonObject subject =
        alert ? QJsonDocument::fromJson(alert->subjectJson.toUtf8()).object() : QJsonObject();
    m_cameraId = subject.value(u"cameraId"_s).toString();
    m_camera->setEnabled(!m_cameraId.isEmpty() && m_service.shell().canOpen(u"camera"_s));
    if (!alert) {
        m_details->setHtml(u"<p style='color:gray'>%1</p>"_s.arg(
            tr("Select an alert to see it whole and act on it.").toHtmlEscaped()));
        return;
    }
    const AlertRecord &a = *alert;
    const qint64 now = m_service.nowMs();
    const Rule *rule = m_service.rules().find(a.ruleId);
    // What happened leads; the rule's full message (with every number) follows.
    QString html = u"<h3 style='color:%1'>%2 · %3</h3><p>%4</p><table cellspacing=4>"_s.arg(
        AlertPresentation::tierColour(a.tier).name(),
        AlertPresentation::tierName(a.tier).toHtmlEscaped(),
        (rule ? rule->name : a.ruleId).toHtmlEscaped(), a.message.toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><td style='color:gray'>%1</td><td>%2</td></tr>"_s.arg(
                label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Rule"), a.ruleId);
    row(tr("Element"), AlertPresentation::elementName(a.element));
    row(tr("Unit"), a.unit);
    row(tr("Score"), QString::number(a.score));
    row(tr("Raised"), AlertPresentation::timeText(a.raisedMs));
    if (a.deadlineMs >= 0)
        row(tr("Deadline"), u"%1 (%2)"_s.arg(AlertPresentation::timeText(a.deadlineMs),
                                             AlertPresentation::countdown(a.deadlineMs, now)));
    row(tr("Status"), AlertPresentation::stateText(a, now));
    if (!a.claimedBy.isEmpty())
        row(tr("Owner"), u"%1 %2"_s.arg(a.claimedBy, AlertPresentation::timeText(a.claimedMs)));
    if (a.escalatedMs > 0)
        row(tr("Escalated"), tr("to the leaders at %1, not acknowledged in time")
                                 .arg(AlertPresentation::timeText(a.escalatedMs)));
    if (a.appeal != AlertRecord::Appeal::None)
        row(tr("Appeal"), u"%1 %2: %3"_s.arg(a.appealBy, AlertPresentation::timeText(a.appealMs),
                                             a.appealReason));
    if (a.appeal == AlertRecord::Appeal::Upheld || a.appeal == AlertRecord::Appeal::Rejected)
        row(a.appeal == AlertRecord::Appeal::Upheld ? tr("Appeal upheld") : tr("Appeal rejected"),
            u"%1: %2"_s.arg(a.appealDecidedBy, a.appealDecision));
    if (a.status == AlertRecord::Status::Resolved)
        row(tr("Resolved"),
            u"%1 %2"_s.arg(AlertPresentation::timeText(a.resolvedMs), a.resolvedReason));
    if (!a.acknowledgedBy.isEmpty())
        row(tr("Acknowledged"),
            u"%1 %2 %3"_s.arg(a.acknowledgedBy, AlertPresentation::timeText(a.acknowledgedMs),
                              a.acknowledgeNote));
    if (a.suppressedAt(now))
        row(tr("Silenced"),
            tr("by %1 until %2: %3")
                .arg(a.suppressedBy, AlertPresentation::timeText(a.suppressedUntilMs),
                     a.suppressReason));
    if (a.problemId)
        row(tr("Problem"), tr("No. %1").arg(a.problemId));
    html += u"</table><h4>%1</h4><table cellspacing=4>"_s.arg(tr("Subject").toHtmlEscaped());
    for (auto it = subject.begin(); it != subject.end(); ++it)
        row(AlertPresentation::fieldName(it.key()), it.value().toVariant().toString());
    html += u"</table>"_s;
    m_details->setHtml(html);
}

void AlertInboxPage::acknowledge()
{
    const QList<qint64> ids = newInSelection();
    if (ids.isEmpty())
        return;
    ActionDialog dialog(ids.size() == 1 ? tr("Acknowledge the alert")
                                        : tr("Acknowledge %n alerts", nullptr, int(ids.size())),
                        tr("Acknowledge"), this);
    dialog.setIntro(
        ids.size() == 1
            ? tr("The alert stays in the list as acknowledged, with your name and note.")
            : tr("The %n selected new alerts stay in the list as acknowledged, each "
                 "with your name and this note.",
                 nullptr, int(ids.size())));
    dialog.setNoteRequired(false, tr("What was done, e.g. called the officer on duty"));
    // Those refused (acknowledged meanwhile elsewhere) are said; the rest are stored.
    dialog.setSubmit([this, ids, &dialog](ActionDialog::Answer answer) {
        m_service.acknowledge(ids, dialog.note(), &dialog, [this, answer](Result<void> done) {
            if (!done)
                m_service.shell().notify(Severity::Warning, tr("Not acknowledged"),
                                         done.error().message);
            answer({});
        });
    });
    dialog.exec();
    showDetails();
}

void AlertInboxPage::claim()
{
    m_claim->setEnabled(false); // once
    m_service.claim(currentId(), this, [this](Result<void> done) {
        if (!done)
            m_service.shell().notify(Severity::Warning, tr("Not taken on"), done.error().message);
        showDetails();
    });
}

AlertService::Done AlertInboxPage::refusalTo(ActionDialog::Answer answer)
{
    return [answer = std::move(answer)](Result<void> done) {
        answer(done ? QString() : done.error().message);
    };
}

void AlertInboxPage::appeal()
{
    const qint64 id = currentId();
    if (m_service.actor().role != ProblemRole::ResponsibleUnit) {
        // The legal officer or a leader decides.
        QMenu menu(this);
        menu.addAction(tr("Uphold the appeal (close the alert)…"), this,
                       [this] { decideAppeal(true); });
        menu.addAction(tr("Reject the appeal…"), this, [this] { decideAppeal(false); });
        menu.exec(m_appeal->mapToGlobal(QPoint(0, m_appeal->height())));
        return;
    }
    ActionDialog dialog(tr("Appeal against the alert"), tr("Appeal"), this);
    dialog.setIntro(tr("A formal objection: the legal officer decides it. Upheld, the alert "
                       "is closed; rejected, it stays open. Silencing only hides an alert for a "
                       "while and decides nothing."));
    dialog.setNoteRequired(true, tr("The grounds, e.g. the suspect was handed to the detention "
                                    "centre at 14:00 (record no. …)"));
    dialog.setSubmit([this, id, &dialog](ActionDialog::Answer answer) {
        m_service.appeal(id, dialog.note(), &dialog, refusalTo(answer));
    });
    dialog.exec();
    showDetails();
}

void AlertInboxPage::decideAppeal(bool upheld)
{
    const qint64 id = currentId();
    ActionDialog dialog(upheld ? tr("Uphold the appeal") : tr("Reject the appeal"),
                        upheld ? tr("Uphold") : tr("Reject"), this);
    dialog.setIntro(upheld ? tr("The alert is closed on the appeal's ground and not raised again "
                                "for this subject.")
                           : tr("The alert stays open; the unit sees your reason."));
    dialog.setNoteRequired(true, tr("The reason for the decision"));
    dialog.setSubmit([this, id, upheld, &dialog](ActionDialog::Answer answer) {
        m_service.decideAppeal(id, upheld, dialog.note(), &dialog, refusalTo(answer));
    });
    dialog.exec();
    showDetails();
}

QList<qint64> AlertInboxPage::newInSelection() const
{
    // Read from the rows themselves (their status is in the index): a whole list selected
    // is counted in one pass, on every change of the selection.
    QList<qint64> ids;
    if (!m_model)
        return ids;
    QSet<qint64> seen;
    const auto take = [&](const QModelIndex &row) {
        const qint64 id = m_model->alertId(row);
        if (!id || seen.contains(id) ||
            m_model->data(row, AlertInboxModel::StatusRole).toInt() !=
                int(AlertRecord::Status::New))
            return;
        seen.insert(id);
        ids.append(id);
    };
    take(m_view->currentIndex());
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        take(row);
    return ids;
}

void AlertInboxPage::search()
{
    m_searchDelay->stop();
    const QString text = m_search->text().trimmed();
    const int generation = ++m_searchGeneration;
    if (text.isEmpty()) {
        m_found.reset();
        applyFilter();
        return;
    }
    m_count->setText(tr("Searching…"));
    m_service.search(text, this, [this, generation](Result<QSet<qint64>> found) {
        if (generation != m_searchGeneration)
            return; // typed on since
        if (!found) {
            m_count->setText(found.error().message);
            return;
        }
        m_found = std::make_shared<const QSet<qint64>>(std::move(found).value());
        applyFilter();
    });
}

void AlertInboxPage::fitColumns()
{
    // Wide enough for what the columns hold, in the language shown (no "Early w…").
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AlertInboxModel::Message, QHeaderView::Stretch);
    const QFontMetrics bold = [this] {
        QFont f = m_view->font();
        f.setBold(true);
        return QFontMetrics(f);
    }();
    const auto widest = [&](int column, const QStringList &texts) {
        int width = header->fontMetrics().horizontalAdvance(
                        m_model->headerData(column, Qt::Horizontal).toString()) +
                    24;
        for (const QString &text : texts)
            width = std::max(width, bold.horizontalAdvance(text) + 16);
        header->resizeSection(column, width);
    };
    const qint64 now = m_service.nowMs();
    // The tier's colour square comes before its name.
    const QString square = u"\u2588\u2588\u2588 "_s;
    widest(AlertInboxModel::Tier, {square + AlertPresentation::tierName(Tier::Alarm),
                                   square + AlertPresentation::tierName(Tier::Warning),
                                   square + AlertPresentation::tierName(Tier::Guidance)});
    QStringList elements;
    for (const QString &element : AlertPresentation::elements())
        elements.append(AlertPresentation::elementName(element));
    widest(AlertInboxModel::Element, elements);
    QStringList units = m_service.shell().context().site.units;
    units.append(u"某某市公安局某某分局"_s); // a unit name as long as most
    widest(AlertInboxModel::Unit, units);
    widest(AlertInboxModel::Owner, {u"某某某某"_s});
    widest(AlertInboxModel::Raised, {AlertPresentation::timeText(now)});
    widest(AlertInboxModel::Deadline,
           {AlertPresentation::countdown(now - 99 * 24 * 3600'000LL - 23 * 3600'000LL, now)});
    AlertRecord sample;
    sample.status = AlertRecord::Status::Acknowledged;
    sample.appeal = AlertRecord::Appeal::Pending;
    widest(AlertInboxModel::Status, {AlertPresentation::stateText(sample, now)});
    // The operator's own choice (columns hidden, widths) wins.
    const QString saved = AlertSettings::inboxColumns.value(m_service.shell().settings());
    if (!saved.isEmpty()) {
        const QSignalBlocker block(header);
        header->restoreState(QByteArray::fromBase64(saved.toLatin1()));
        header->setSectionResizeMode(AlertInboxModel::Message, QHeaderView::Stretch);
    }
}

void AlertInboxPage::chooseColumns(const QPoint &at)
{
    if (!m_model)
        return;
    QMenu menu(this);
    QHeaderView *header = m_view->header();
    for (int column = 0; column < AlertInboxModel::ColumnCount; ++column) {
        if (column == AlertInboxModel::Message)
            continue; // what happened is always shown
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveColumns();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Default columns"), this, [this] {
        AlertSettings::inboxColumns.set(m_service.shell().settings(), {});
        for (int column = 0; column < AlertInboxModel::ColumnCount; ++column)
            m_view->header()->setSectionHidden(column, false);
        fitColumns();
    });
    menu.exec(header->mapToGlobal(at));
}

void AlertInboxPage::saveColumns()
{
    AlertSettings::inboxColumns.set(m_service.shell().settings(),
                                    QString::fromLatin1(m_view->header()->saveState().toBase64()));
}

void AlertInboxPage::openProblem()
{
    const qint64 id = currentId();
    if (m_shown && m_shown->id == id) {
        openProblemFor(*m_shown);
        return;
    }
    m_service.read({id}, this, [this, id](Result<QList<AlertRecord>> read) {
        if (read && !read->isEmpty() && currentId() == id)
            openProblemFor(read->constFirst());
    });
}

void AlertInboxPage::openProblemFor(const AlertRecord &alert)
{
    ActionDialog dialog(tr("Open a problem"), tr("Open the problem"), this);
    dialog.setIntro(tr("The problem goes through the closed loop: issued to the responsible "
                       "unit, answered or appealed, reviewed, confirmed, rectified, audited."));
    const Rule *rule = m_service.rules().find(alert.ruleId);
    dialog.addTitleField(rule ? rule->name : alert.message.left(60));
    QStringList units = m_service.shell().context().site.units;
    dialog.addUnitField(units, alert.unit);
    dialog.setNoteRequired(false, tr("What was verified"));
    dialog.setSubmit([this, alert, &dialog](ActionDialog::Answer answer) {
        m_service.openProblem(alert, dialog.titleText(), dialog.unit(), dialog.note(), &dialog,
                              [this, answer](Result<Problem> opened) {
                                  if (opened)
                                      m_service.shell().notify(
                                          Severity::Information, tr("Problem opened"),
                                          tr("Problem %1: %2").arg(opened->id).arg(opened->title));
                                  answer(opened ? QString() : opened.error().message);
                              });
    });
    dialog.exec();
    showDetails();
}

void AlertInboxPage::silence()
{
    const qint64 id = currentId();
    ActionDialog dialog(tr("Silence the alert"), tr("Silence"), this);
    dialog.setIntro(tr("A silenced alert leaves the inbox until the time you set; it stays on "
                       "record with your name and reason and can be listed with “Show "
                       "silenced”."));
    dialog.addUntilField(QDateTime::fromMSecsSinceEpoch(m_service.nowMs() + kDay));
    dialog.setNoteRequired(true, tr("Why, e.g. the suspect is in hospital until tomorrow"));
    dialog.setSubmit([this, id, &dialog](ActionDialog::Answer answer) {
        m_service.silence(id, dialog.note(), dialog.until().toMSecsSinceEpoch(), &dialog,
                          refusalTo(answer));
    });
    dialog.exec();
    showDetails();
}

} // namespace Jiandu
