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
#include <storage/localcache.h>

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
    , m_count(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge…"), this))
    , m_problem(new QPushButton(tr("Open a problem…"), this))
    , m_silence(new QPushButton(tr("Silence…"), this))
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
    filters->addStretch();
    m_count->setObjectName(u"alertCount"_s);
    filters->addWidget(m_count);

    m_view->setObjectName(u"alertView"_s);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Alerts"));
    auto *loading = new QLabel(tr("Reading the alerts…"), this);
    loading->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(loading);
    m_stack->addWidget(m_view);

    m_details->setObjectName(u"alertDetails"_s);
    m_details->setOpenLinks(false);
    auto *actions = new QHBoxLayout;
    m_camera->setToolTip(tr("The live picture of the camera in the subject's room"));
    connect(m_camera, &QPushButton::clicked, this, [this] {
        if (!m_service.shell().openObject(u"camera"_s, m_cameraId))
            m_service.shell().notify(
                Severity::Warning, tr("Camera not available"),
                tr("Camera %1 is not one of this site's cameras.").arg(m_cameraId));
    });
    for (QPushButton *b : {m_acknowledge, m_problem, m_silence, m_camera}) {
        b->setEnabled(false);
        actions->addWidget(b);
    }
    actions->addStretch();
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertInboxPage::acknowledge);
    connect(m_problem, &QPushButton::clicked, this, &AlertInboxPage::openProblem);
    connect(m_silence, &QPushButton::clicked, this, &AlertInboxPage::silence);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addLayout(actions);

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
        m_service.index(), m_service.shell().cache()->database().connection(),
        [this] { return m_service.nowMs(); }, this);
    m_model->setHighlightSince(m_service.nowMs());
    m_view->setModel(m_model);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AlertInboxModel::Message, QHeaderView::Stretch);
    header->resizeSection(AlertInboxModel::Tier, 96);
    header->resizeSection(AlertInboxModel::Element, 80);
    header->resizeSection(AlertInboxModel::Unit, 150);
    header->resizeSection(AlertInboxModel::Raised, 150);
    header->resizeSection(AlertInboxModel::Deadline, 150);
    header->resizeSection(AlertInboxModel::Status, 110);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AlertInboxPage::showDetails);
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

qint64 AlertInboxPage::currentId() const
{
    return m_model ? m_model->alertId(m_view->currentIndex()) : 0;
}

void AlertInboxPage::showDetails()
{
    const qint64 id = currentId();
    std::optional<AlertRecord> alert;
    if (id) {
        if (auto read = AlertRepository(m_service.shell().cache()->database().connection()).get(id))
            alert = *read;
    }
    m_acknowledge->setEnabled(alert && alert->status == AlertRecord::Status::New);
    m_problem->setEnabled(alert && alert->problemId == 0);
    m_silence->setEnabled(alert && alert->status != AlertRecord::Status::Resolved);
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
    QString html = u"<h3 style='color:%1'>%2</h3><p>%3</p><table cellspacing=4>"_s.arg(
        AlertPresentation::tierColour(a.tier).name(),
        AlertPresentation::tierName(a.tier).toHtmlEscaped(), a.message.toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><td style='color:gray'>%1</td><td>%2</td></tr>"_s.arg(
                label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Rule"), rule ? u"%1 (%2)"_s.arg(rule->name, a.ruleId) : a.ruleId);
    row(tr("Element"), AlertPresentation::elementName(a.element));
    row(tr("Unit"), a.unit);
    row(tr("Score"), QString::number(a.score));
    row(tr("Raised"), AlertPresentation::timeText(a.raisedMs));
    if (a.deadlineMs >= 0)
        row(tr("Deadline"), u"%1 (%2)"_s.arg(AlertPresentation::timeText(a.deadlineMs),
                                             AlertPresentation::countdown(a.deadlineMs, now)));
    row(tr("Status"), AlertPresentation::statusName(a.status));
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
    const qint64 id = currentId();
    ActionDialog dialog(tr("Acknowledge the alert"), tr("Acknowledge"), this);
    dialog.setIntro(tr("The alert stays in the list as acknowledged, with your name and note."));
    dialog.setNoteRequired(false, tr("What was done, e.g. called the officer on duty"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto done = m_service.acknowledge(id, dialog.note()); !done)
        m_service.shell().notify(Severity::Warning, tr("Not acknowledged"), done.error().message);
    showDetails();
}

void AlertInboxPage::openProblem()
{
    const qint64 id = currentId();
    auto read = AlertRepository(m_service.shell().cache()->database().connection()).get(id);
    if (!read || !*read)
        return;
    const AlertRecord alert = **read;
    ActionDialog dialog(tr("Open a problem"), tr("Open the problem"), this);
    dialog.setIntro(tr("The problem goes through the closed loop: issued to the responsible "
                       "unit, answered or appealed, reviewed, confirmed, rectified, audited."));
    const Rule *rule = m_service.rules().find(alert.ruleId);
    dialog.addTitleField(rule ? rule->name : alert.message.left(60));
    QStringList units = m_service.shell().context().site.units;
    dialog.addUnitField(units, alert.unit);
    dialog.setNoteRequired(false, tr("What was verified"));
    while (dialog.exec() == QDialog::Accepted) {
        auto opened =
            m_service.openProblem(alert, dialog.titleText(), dialog.unit(), dialog.note());
        if (opened) {
            m_service.shell().notify(Severity::Information, tr("Problem opened"),
                                     tr("Problem %1: %2").arg(opened->id).arg(opened->title));
            break;
        }
        dialog.showError(opened.error().message);
    }
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
    dialog.setNoteRequired(true, tr("Why, e.g. the suspect is in hospital (appeal approved)"));
    while (dialog.exec() == QDialog::Accepted) {
        auto done = m_service.silence(id, dialog.note(), dialog.until().toMSecsSinceEpoch());
        if (done)
            break;
        dialog.showError(done.error().message);
    }
    showDetails();
}

} // namespace Jiandu
