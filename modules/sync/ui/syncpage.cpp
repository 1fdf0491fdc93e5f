#include "syncpage.h"

#include "../syncservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Jiandu::Sync;

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
    , m_feeds(new QTableWidget(0, 5, this))
{
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feeds->setHorizontalHeaderLabels(
        {tr("Feed"), tr("Stored this pull"), tr("Windows"), tr("Crowded seconds"), tr("State")});
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
    auto *explanation = new QLabel(
        tr("The 警情 share feeds are pulled from the central service through the 警情中心 share "
           "API; a pull that is interrupted resumes where its last stored page ended."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    connect(m_syncNow, &QPushButton::clicked, &service, &SyncService::syncNow);
    connect(m_cancel, &QPushButton::clicked, &service, &SyncService::cancel);
    connect(&service, &SyncService::statusChanged, this, &SyncPage::refresh);
    refresh();
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
    m_feeds->setRowCount(int(status.feeds.size()));
    for (int row = 0; row < status.feeds.size(); ++row) {
        const SharePull::FeedProgress &feed = status.feeds[row];
        const QStringList cells{feedTitle(feed.feed), QString::number(feed.records),
                                tr("%1 of %2").arg(feed.windowsDone).arg(feed.windowsTotal),
                                QString::number(feed.crowdedSeconds),
                                !feed.error.isEmpty() ? feed.error
                                : syncing && feed.windowsDone < feed.windowsTotal
                                    ? tr("pulling")
                                    : tr("up to date")};
        for (int column = 0; column < cells.size(); ++column)
            m_feeds->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

} // namespace Jiandu
