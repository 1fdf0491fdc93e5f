#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Jiandu {

class SyncService;

//! Sync in detail: the state and its reason, progress with records, rate and time left, and
//! per feed what it holds (complete up to, last success), what this pull stored and why a
//! feed stopped; 同步 now and cancel.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(SyncService &service, QWidget *parent = nullptr);

private:
    void refresh();
    SyncService &m_service;
    QLabel *m_state;
    QLabel *m_reason;
    QProgressBar *m_progress;
    QPushButton *m_syncNow;
    QPushButton *m_cancel;
    QTableWidget *m_feeds;
};

} // namespace Jiandu
