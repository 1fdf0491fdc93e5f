#include "syncpage.h"

#include "../syncservice.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <core/localtime.h>
#include <core/problemworkflow.h>

using namespace Jiandu::Sync;
using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

QString feedTitle(ShareFeed feed)
{
    switch (feed) {
    case ShareFeed::Jb:
        return SyncPage::tr("接报 (jb)");
    case ShareFeed::Jq:
        return SyncPage::tr("警情 (jq)");
    case ShareFeed::Jqxf:
        return SyncPage::tr("下发 (jqxf)");
    case ShareFeed::Jqfk:
        return SyncPage::tr("反馈 (jqfk)");
    }
    return {};
}

} // namespace

SyncPage::SyncPage(SyncService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_state(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncNow(new QPushButton(tr("Sync now"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_feeds(new QTableWidget(0, 7, this))
    , m_supervision(new QLabel(this))
    , m_noConflicts(new QLabel(tr("None: the central service took every change of this "
                                  "workstation as it was."),
                               this))
    , m_conflicts(new QTableWidget(0, 3, this))
    , m_feedsExplained(new QLabel(
          tr("The 警情 share feeds are pulled from the central service through the 警情中心 share "
             "API; a pull that is interrupted resumes where its last stored page ended."),
          this))
{
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feeds->setHorizontalHeaderLabels({tr("Feed"), tr("Stored this pull"), tr("Windows"),
                                        tr("Crowded seconds"), tr("Complete up to"),
                                        tr("Last success"), tr("State")});
    m_feeds->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_feeds->horizontalHeader()->setStretchLastSection(true);
    m_feeds->verticalHeader()->hide();
    m_feeds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feeds->setSelectionMode(QAbstractItemView::NoSelection);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);
    layout->addWidget(m_feeds, 1);
    // The supervision data: what waits to be sent, and what the service decided otherwise.
    m_supervision->setWordWrap(true);
    m_conflicts->setObjectName(u"syncConflicts"_s);
    m_conflicts->setHorizontalHeaderLabels({tr("When"), tr("Your change"), tr("What won")});
    m_conflicts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_conflicts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setWordWrap(true);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *supervision = new QGroupBox(tr("Alerts and problems"), this);
    auto *supervisionLayout = new QVBoxLayout(supervision);
    supervisionLayout->addWidget(m_supervision);
    supervisionLayout->addWidget(new QLabel(tr("Changes decided otherwise:"), supervision));
    supervisionLayout->addWidget(m_noConflicts);
    supervisionLayout->addWidget(m_conflicts, 100);
    supervisionLayout->addStretch(1); // the lines stay together while the table is hidden
    m_conflicts->hide();
    layout->addWidget(supervision, 1);
    connect(&service, &SyncService::conflictsArrived, this, [this] {
        if (isVisible())
            loadConflicts();
    });

    m_feedsExplained->setWordWrap(true);
    layout->addWidget(m_feedsExplained);

    connect(m_syncNow, &QPushButton::clicked, &service, &SyncService::syncNow);
    connect(m_cancel, &QPushButton::clicked, &service, &SyncService::cancel);
    connect(&service, &SyncService::statusChanged, this, &SyncPage::refresh);
    refresh();
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadConflicts();
}

QString SyncPage::changeText(const QJsonObject &operation, const QString &type)
{
    if (type == u"problem.open"_s)
        return tr("Open the problem “%1”")
            .arg(operation.value(u"problem"_s).toObject().value(u"title"_s).toString());
    if (type == u"problem.step"_s)
        return tr("%1 on the problem “%2”")
            .arg(ProblemWorkflow::actionName(ProblemAction(operation.value(u"action"_s).toInt())),
                 operation.value(u"title"_s).toString());
    if (type == u"alert.acknowledge"_s)
        return tr("Acknowledge the alert “%1”").arg(operation.value(u"message"_s).toString());
    if (type == u"layout.save"_s)
        return tr("Save the layout “%1”").arg(operation.value(u"name"_s).toString());
    if (type == u"layout.delete"_s)
        return tr("Delete the layout “%1”").arg(operation.value(u"name"_s).toString());
    if (type == u"plan.save"_s) {
        const QJsonObject plan = operation.value(u"plan"_s).toObject();
        return tr("Save the floor plan of %1, floor %2")
            .arg(plan.value(u"area"_s).toString())
            .arg(plan.value(u"floor"_s).toInt());
    }
    if (type == u"reservation.request"_s) {
        const QJsonObject r = operation.value(u"reservation"_s).toObject();
        return tr("Reserve %1: %2")
            .arg(r.value(u"area"_s).toString(), r.value(u"reason"_s).toString());
    }
    if (type == u"reservation.decide"_s)
        return tr("Decide a reservation (%1)").arg(operation.value(u"action"_s).toString());
    if (type == u"area.step"_s)
        return tr("Record %1 at the desk of %2")
            .arg(operation.value(u"step"_s).toObject().value(u"kind"_s).toString(),
                 operation.value(u"area"_s).toString());
    if (type == u"wall.push"_s)
        return tr("Send camera %1 to the video wall")
            .arg(operation.value(u"cameraId"_s).toString());
    if (type == u"rule.change"_s)
        return tr("Change rule %1 (“%2”)")
            .arg(operation.value(u"ruleId"_s).toString(), operation.value(u"reason"_s).toString());
    return type;
}

QString SyncPage::outcomeText(const QString &status, const QString &message,
                              const QJsonObject &winner)
{
    if (status == u"conflict"_s && winner.contains(u"actor"_s)) {
        const QString when =
            QDateTime::fromMSecsSinceEpoch(qint64(winner.value(u"timeMs"_s).toDouble()))
                .toString(u"MM-dd HH:mm"_s);
        if (winner.contains(u"action"_s))
            return tr("%1 had already done “%2” at %3; your change was not applied.")
                .arg(winner.value(u"actor"_s).toString(),
                     ProblemWorkflow::actionName(ProblemAction(winner.value(u"action"_s).toInt())),
                     when);
        return tr("%1 had already done it at %2; your change was not applied.")
            .arg(winner.value(u"actor"_s).toString(), when);
    }
    return tr("Refused by the central service: %1").arg(message);
}

void SyncPage::loadConflicts()
{
    m_service.conflicts(this, [this](Result<QList<SupervisionStore::Conflict>> list) {
        if (!list)
            return;
        m_conflicts->setRowCount(int(list->size()));
        m_conflicts->setVisible(!list->isEmpty());
        m_noConflicts->setVisible(list->isEmpty());
        for (int row = 0; row < list->size(); ++row) {
            const SupervisionStore::Conflict &c = list->at(row);
            const QStringList cells{
                QDateTime::fromMSecsSinceEpoch(c.timeMs).toString(u"yyyy-MM-dd HH:mm"_s),
                changeText(c.operation, c.opType), outcomeText(c.status, c.message, c.winner)};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells[column]);
                item->setToolTip(cells[column]);
                m_conflicts->setItem(row, column, item);
            }
        }
        m_conflicts->resizeRowsToContents();
    });
}

void SyncPage::refresh()
{
    const SyncService::Status status = m_service.status();
    m_state->setText(SyncService::stateText(status));
    QString reason = status.reason;
    if (status.state == SyncService::State::NotConfigured)
        reason = tr("Enter the central service's address and this workstation's share key under "
                    "Settings → Sync. A standalone site works without.");
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    const bool syncing = status.state == SyncService::State::Syncing;
    m_progress->setVisible(syncing);
    m_progress->setMaximum(std::max(1, status.windowsTotal));
    m_progress->setValue(status.windowsDone);
    m_syncNow->setEnabled(!syncing && status.state != SyncService::State::NotConfigured &&
                          status.state != SyncService::State::Offline);
    m_cancel->setEnabled(syncing);
    QString supervision;
    if (status.account.isEmpty()) {
        supervision = tr("Not signed in with a central account: alerts and problems stay on "
                         "this workstation.");
    } else {
        supervision = tr("Signed in as %1. %n change(s) of this workstation waiting to be sent.",
                         nullptr, int(status.pending))
                          .arg(status.account);
        if (status.filesToSend > 0 || status.filesToReceive > 0)
            supervision += u' ' + tr("Files: %1 to send, %2 to receive.")
                                      .arg(status.filesToSend)
                                      .arg(status.filesToReceive);
        if (status.supervisionSuccess.isValid())
            supervision += u' ' + tr("Last exchange with the central service: %1.")
                                      .arg(status.supervisionSuccess.toString(u"HH:mm:ss"_s));
        if (!status.supervisionError.isEmpty())
            supervision += u' ' + tr("Last attempt failed: %1").arg(status.supervisionError);
    }
    m_supervision->setText(supervision);
    // Without a share key this workstation pulls no share feed: no table for them.
    m_feeds->setVisible(!status.feeds.isEmpty());
    m_feedsExplained->setVisible(!status.feeds.isEmpty());
    m_feeds->setRowCount(int(status.feeds.size()));
    for (int row = 0; row < status.feeds.size(); ++row) {
        const SharePull::FeedProgress &feed = status.feeds[row];
        const auto kept = std::find_if(status.feedStates.cbegin(), status.feedStates.cend(),
                                       [&](const auto &s) { return s.feed == feed.feed; });
        const auto when = [](qint64 ms) {
            return ms > 0 ? localTimeText(ms) : tr("never");
        };
        const bool known = kept != status.feedStates.cend();
        const QStringList cells{feedTitle(feed.feed),
                                QString::number(feed.records),
                                tr("%1 of %2").arg(feed.windowsDone).arg(feed.windowsTotal),
                                QString::number(feed.crowdedSeconds),
                                known ? when(kept->syncedToMs) : QString(),
                                known ? when(kept->lastSuccessMs) : QString(),
                                !feed.error.isEmpty() ? feed.error
                                : syncing && feed.windowsDone < feed.windowsTotal
                                    ? tr("pulling")
                                    : tr("up to date")};
        for (int column = 0; column < cells.size(); ++column)
            m_feeds->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

} // namespace Jiandu
