#include "problemspage.h"

#include "../alertservice.h"
#include "actiondialog.h"
#include "alertpresentation.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <alerts/data/alertrepository.h>
#include <alerts/data/problemrepository.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <storage/sealedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

enum Column { Number, Title, Unit, Stage, Due, Rounds, Created, ColumnCount };

} // namespace

ProblemsPage::ProblemsPage(AlertService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_stageFilter(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_role(new QLabel(this))
    , m_summary(new QTextBrowser(this))
    , m_history(new QTreeWidget(this))
    , m_actions(new QWidget(this))
    , m_actionLayout(new QHBoxLayout(m_actions))
{
    setObjectName(u"problemsPage"_s);
    m_stageFilter->setAccessibleName(tr("Stage"));
    m_stageFilter->addItem(tr("Open problems"), -1);
    m_stageFilter->addItem(tr("Overdue"), -2);
    m_stageFilter->addItem(tr("All problems"), -3);
    for (int s = int(ProblemStage::Found); s <= int(ProblemStage::Dismissed); ++s)
        m_stageFilter->addItem(ProblemWorkflow::stageName(ProblemStage(s)), s);
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, &ProblemsPage::reload);
    auto *create = new QPushButton(tr("New problem…"), this);
    connect(create, &QPushButton::clicked, this, &ProblemsPage::newProblem);
    auto *top = new QHBoxLayout;
    top->addWidget(m_stageFilter);
    top->addWidget(create);
    top->addStretch();
    top->addWidget(m_role);

    m_table->setObjectName(u"problemTable"_s);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Problem"), tr("Responsible unit"),
                                        tr("Stage"), tr("Due"), tr("Rounds"), tr("Opened")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProblemsPage::showSelected);

    m_history->setObjectName(u"problemHistory"_s);
    m_history->setHeaderLabels(
        {tr("Time"), tr("Who"), tr("Step"), tr("Stage"), tr("Note"), tr("Attachments")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    connect(m_history, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QStringList files = item->data(5, Qt::UserRole).toStringList();
        const QStringList hashes = item->data(5, Qt::UserRole + 1).toStringList();
        const QStringList names = item->data(5, Qt::UserRole + 2).toStringList();
        for (int i = 0; i < files.size(); ++i)
            openAttachment(names.value(i), files[i], hashes.value(i));
    });
    m_actionLayout->setContentsMargins(0, 0, 0, 0);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_summary, 1);
    sideLayout->addWidget(new QLabel(tr("History"), this));
    sideLayout->addWidget(m_history, 2);
    sideLayout->addWidget(m_actions);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(&m_service, &AlertService::problemsChanged, this, &ProblemsPage::reload);
    connect(&m_service, &AlertService::actorChanged, this, &ProblemsPage::reload);
    reload();
}

bool ProblemsPage::showView(const QString &view)
{
    const int data = view == u"open" ? -1 : view == u"overdue" ? -2 : view == u"all" ? -3 : 0;
    if (!data)
        return false;
    m_stageFilter->setCurrentIndex(m_stageFilter->findData(data));
    return true;
}

qint64 ProblemsPage::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, Number)
               ? m_table->item(row, Number)->data(Qt::UserRole).toLongLong()
               : 0;
}

void ProblemsPage::reload()
{
    const ProblemWorkflow::Actor actor = m_service.actor();
    m_role->setText(
        actor.role == ProblemRole::ResponsibleUnit
            ? tr("Acting as %1 (%2)").arg(ProblemWorkflow::roleName(actor.role), actor.unit)
            : tr("Acting as %1").arg(ProblemWorkflow::roleName(actor.role)));
    const int generation = ++m_listGeneration;
    m_service.data().run<QList<Problem>>(
        this, [](QSqlDatabase &db) { return ProblemRepository(db).list(); },
        [this, generation](Result<QList<Problem>> problems) {
            if (generation != m_listGeneration)
                return;
            if (!problems) {
                m_service.shell().notify(Severity::Warning, tr("Problems not shown"),
                                         problems.error().message);
                return;
            }
            display(*problems);
        });
}

void ProblemsPage::display(const QList<Problem> &problems)
{
    const qint64 selected = selectedId();
    m_problems = problems;
    const int filter = m_stageFilter->currentData().toInt();
    const qint64 now = m_service.nowMs();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const Problem &p : std::as_const(m_problems)) {
        const bool overdue = !p.isFinished() && p.dueMs > 0 && p.dueMs < now;
        if ((filter == -1 && p.isFinished()) || (filter == -2 && !overdue) ||
            (filter >= 0 && int(p.stage) != filter))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto put = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (overdue && column == Due)
                item->setForeground(AlertPresentation::tierColour(Tier::Alarm));
            m_table->setItem(row, column, item);
            return item;
        };
        put(Number, QString::number(p.id))->setData(Qt::UserRole, p.id);
        put(Title, p.title);
        put(Unit, p.unit);
        put(Stage, ProblemWorkflow::stageName(p.stage));
        put(Due, p.dueMs > 0 ? AlertPresentation::countdown(p.dueMs, now) : QString());
        put(Rounds, QString::number(p.rounds));
        put(Created, AlertPresentation::timeText(p.createdMs));
        if (p.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    if (m_wanted && selectRowOf(m_wanted))
        m_wanted = 0;
    showSelected();
}

void ProblemsPage::showProblem(qint64 id)
{
    // Selected now if listed; else when the list (read anew, of every stage) comes.
    m_wanted = id;
    if (selectRowOf(id))
        m_wanted = 0;
    else if (m_stageFilter->currentData().toInt() != -3)
        m_stageFilter->setCurrentIndex(m_stageFilter->findData(-3));
}

bool ProblemsPage::selectRowOf(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Number)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ProblemsPage::showSelected()
{
    while (QLayoutItem *item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_history->clear();
    ++m_historyGeneration;
    const qint64 id = selectedId();
    const auto it = std::find_if(m_problems.cbegin(), m_problems.cend(),
                                 [id](const Problem &p) { return p.id == id; });
    if (!id || it == m_problems.cend()) {
        m_summary->setHtml(u"<p style='color:gray'>%1</p>"_s.arg(
            tr("Select a problem to see its history and take the next step.").toHtmlEscaped()));
        return;
    }
    const Problem p = *it;
    m_summary->setHtml(summaryHtml(p, nullptr));
    const int generation = ++m_historyGeneration;
    // The history, and the alert it came from (named by what happened, not by its number).
    struct Detail
    {
        QList<ProblemStep> history;
        std::optional<AlertRecord> alert;
    };
    const qint64 alertId = p.alertId;
    m_service.data().run<Detail>(
        this,
        [id, alertId](QSqlDatabase &db) -> Result<Detail> {
            auto history = ProblemRepository(db).history(id);
            if (!history)
                return history.error();
            Detail detail{*history, {}};
            if (alertId) {
                if (auto alert = AlertRepository(db).get(alertId); alert && *alert)
                    detail.alert = **alert;
            }
            return detail;
        },
        [this, generation, p](Result<Detail> detail) {
            if (generation != m_historyGeneration || !detail)
                return;
            m_summary->setHtml(summaryHtml(p, detail->alert ? &*detail->alert : nullptr));
            const QList<ProblemStep> *history = &detail->history;
            for (const ProblemStep &s : *history) {
                QStringList names, paths, hashes;
                for (const ProblemAttachment &a : s.attachments) {
                    names.append(a.name);
                    paths.append(a.path);
                    hashes.append(a.sha256);
                }
                auto *item = new QTreeWidgetItem(
                    m_history,
                    {AlertPresentation::timeText(s.timeMs),
                     u"%1（%2）"_s.arg(s.actor, ProblemWorkflow::roleName(s.role)),
                     ProblemWorkflow::actionName(s.action),
                     s.from == s.to ? ProblemWorkflow::stageName(s.to)
                                    : u"%1 → %2"_s.arg(ProblemWorkflow::stageName(s.from),
                                                       ProblemWorkflow::stageName(s.to)),
                     s.note, names.join(u", "_s)});
                item->setData(5, Qt::UserRole, paths);
                item->setData(5, Qt::UserRole + 1, hashes);
                item->setData(5, Qt::UserRole + 2, names);
                item->setToolTip(4, s.note);
            }
            for (int c = 0; c < 4; ++c)
                m_history->resizeColumnToContents(c);
            // Steps this person may not take here (they acted for the other side) stay
            // visible, off, saying why.
            const ProblemWorkflow::Actor me = m_service.actor();
            QList<ProblemRole> rolesActed;
            for (const ProblemStep &s : *history) {
                if (s.actor == me.name)
                    rolesActed.append(s.role);
            }
            if (auto separate = ProblemWorkflow::checkSeparation(rolesActed, me); !separate) {
                for (QPushButton *button : m_actions->findChildren<QPushButton *>()) {
                    const auto action = ProblemAction(button->property("action").toInt());
                    if (action == ProblemAction::Comment || action == ProblemAction::Remind)
                        continue;
                    button->setEnabled(false);
                    button->setToolTip(separate.error().message);
                }
            }
        });
    for (ProblemAction action : ProblemWorkflow::allowed(p, m_service.actor())) {
        auto *button = new QPushButton(ProblemWorkflow::actionName(action), m_actions);
        button->setProperty("action", int(action));
        connect(button, &QPushButton::clicked, this, [this, action] { takeStep(action); });
        m_actionLayout->addWidget(button);
    }
    m_actionLayout->addStretch();
}

QString ProblemsPage::summaryHtml(const Problem &p, const AlertRecord *alert) const
{
    const qint64 now = m_service.nowMs();
    QString html = u"<h3>%1</h3><table cellspacing=4>"_s.arg(
        tr("Problem %1: %2").arg(p.id).arg(p.title).toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><td style='color:gray'>%1</td><td>%2</td></tr>"_s.arg(
                label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Responsible unit"), p.unit);
    row(tr("Stage"), ProblemWorkflow::stageName(p.stage));
    if (p.dueMs > 0)
        row(tr("Due"), u"%1 (%2)"_s.arg(AlertPresentation::timeText(p.dueMs),
                                        AlertPresentation::countdown(p.dueMs, now)));
    row(tr("Element"), AlertPresentation::elementName(p.element));
    const Rule *rule = m_service.rules().find(p.ruleId);
    if (alert) {
        // Who or what it is about, and the alert it came from, as the operator saw it.
        const QString ruleName = rule ? rule->name : alert->ruleId;
        row(tr("Concerns"), AlertPresentation::subjectSummary(alert->subjectJson));
        row(tr("From alert"), tr("%1 (%2, raised %3)")
                                  .arg(ruleName, AlertPresentation::tierName(alert->tier),
                                       AlertPresentation::timeText(alert->raisedMs)));
    } else if (p.alertId) {
        row(tr("From alert"), tr("reading…"));
    }
    row(tr("Case"), p.caseId);
    row(tr("Rule"), rule ? u"%1 (%2)"_s.arg(rule->name, p.ruleId) : p.ruleId);
    row(tr("Opened"), tr("%1 by %2").arg(AlertPresentation::timeText(p.createdMs), p.createdBy));
    row(tr("Rectification rounds"), QString::number(p.rounds));
    html += u"</table>"_s;
    return html;
}

void ProblemsPage::takeStep(ProblemAction action)
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const QString name = ProblemWorkflow::actionName(action);
    ActionDialog dialog(name, name, this);
    dialog.setNoteRequired(ProblemWorkflow::needsNote(action),
                           ProblemWorkflow::needsNote(action)
                               ? tr("Reason or description (required)")
                               : tr("Note (optional)"));
    if (action != ProblemAction::Remind)
        dialog.addAttachments();
    // Attachments are sealed and hashed off the UI thread; the dialog waits, saying so.
    dialog.setSubmit([this, id, action, &dialog](ActionDialog::Answer answer) {
        m_service.applyStep(
            id, action, dialog.note(), dialog.attachments(), &dialog,
            [answer](Result<Problem> done) { answer(done ? QString() : done.error().message); });
    });
    dialog.exec();
}

void ProblemsPage::newProblem()
{
    ActionDialog dialog(tr("New problem"), tr("Open the problem"), this);
    dialog.setIntro(tr("A problem found without an alert, e.g. on a patrol or in a review."));
    dialog.addTitleField({});
    QStringList units = m_service.shell().context().site.units;
    dialog.addUnitField(units, {});
    dialog.setNoteRequired(true, tr("What was found"));
    dialog.setSubmit([this, &dialog](ActionDialog::Answer answer) {
        Problem draft;
        draft.title = dialog.titleText();
        draft.unit = dialog.unit();
        m_service.openProblem(draft, dialog.note(), &dialog,
                              [this, answer](Result<Problem> opened) {
                                  if (opened)
                                      showProblem(opened->id);
                                  answer(opened ? QString() : opened.error().message);
                              });
    });
    dialog.exec();
}

void ProblemsPage::openAttachment(const QString &name, const QString &path, const QString &sha256)
{
    if (path.isEmpty()) {
        // Attached on another workstation: it comes from the central service by its hash.
        m_service.shell().notify(Severity::Information, tr("Attachment not here yet"),
                                 tr("%1 has not arrived from the central service yet; it is "
                                    "fetched with the next sync.")
                                     .arg(name));
        return;
    }
    // Attachments are encrypted at rest: another program gets a plain copy in a folder only
    // this user can enter, removed when the page closes.
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    // Under the name it was attached with (a file that came by its hash is named by it).
    const QString copy = m_openedFiles->filePath(name.isEmpty() ? QFileInfo(path).fileName()
                                                                : QFileInfo(name).fileName());
    // Decrypted and checked on the database thread (the key is in the cache; a large file
    // takes a while), then opened.
    m_service.data().run<QString>(
        this,
        [name, path, copy, sha256](QSqlDatabase &db) -> Result<QString> {
            const auto secret = SealedFile::secret(db);
            if (!secret)
                return secret.error();
            auto written = SealedFile::plainCopy(path, copy, *secret);
            // What opens is what was attached, or nothing.
            if (written && *written != sha256) {
                QFile::remove(copy);
                return Error{
                    ProblemsPage::tr("%1 was changed since it was attached; it is not opened.")
                        .arg(name),
                    {}};
            }
            if (!written)
                return written.error();
            return copy;
        },
        [this](Result<QString> opened) {
            if (!opened) {
                m_service.shell().notify(Severity::Warning, tr("Attachment not opened"),
                                         opened.error().message);
                return;
            }
            QDesktopServices::openUrl(QUrl::fromLocalFile(*opened));
        });
}

} // namespace Jiandu
