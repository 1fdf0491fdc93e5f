#pragma once

#include <QJsonObject>
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

    //! A conflict in words: what this workstation did, and what the service decided.
    static QString changeText(const QJsonObject &operation, const QString &type);
    static QString outcomeText(const QString &status, const QString &message,
                               const QJsonObject &winner);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void loadConflicts();
    SyncService &m_service;
    QLabel *m_state;
    QLabel *m_reason;
    QProgressBar *m_progress;
    QPushButton *m_syncNow;
    QPushButton *m_cancel;
    QTableWidget *m_feeds;
    QLabel *m_supervision;
    QLabel *m_noConflicts;
    QTableWidget *m_conflicts;
    QLabel *m_feedsExplained;
};

} // namespace Jiandu
