#pragma once

#include "../alertindex.h"
#include "../alertservice.h"
#include "actiondialog.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeView;

namespace Jiandu {

class AlertInboxModel;
class AlertService;

//! 预警信息: every supervision alert, newest first, red/yellow/blue by tier, new ones bold
//! and unacknowledged alarms flashing; what happened first, then who and where; filtered,
//! searched and grouped by unit, element, tier, status and time; a countdown to each
//! deadline; columns the operator chooses; and the actions on the selected alerts:
//! acknowledge (several at once), take on, open a problem (the closed loop), silence with a
//! reason, appeal (the responsible unit) and decide an appeal (legal officer, leader).
class AlertInboxPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertInboxPage(AlertService &service, QWidget *parent = nullptr);

    //! Selects alert \a id (clearing filters that hide it).
    void showAlert(qint64 id);
    //! Sets the filters to a named view: "new-alarms" (unacknowledged alarms) or "to-handle".
    bool showView(const QString &view);
    AlertInboxModel *model() const { return m_model; }

private:
    void createModel();
    void applyFilter();
    AlertFilter currentFilter() const;
    void scheduleRefresh();
    void refresh();
    void showDetails();
    void showRecord(const std::optional<AlertRecord> &alert);
    //! The service's answer as the dialog's: its refusal shown there, or the dialog closed.
    static AlertService::Done refusalTo(ActionDialog::Answer answer);
    qint64 currentId() const;
    //! The new (unacknowledged) alerts among those selected (several with Ctrl/Shift), the
    //! current one first.
    QList<qint64> newInSelection() const;
    void acknowledge();
    void claim();
    void openProblem();
    void openProblemFor(const AlertRecord &alert);
    void silence();
    void appeal();
    void decideAppeal(bool upheld);
    void fillUnits();
    void search();
    void fitColumns();
    void chooseColumns(const QPoint &at);
    void saveColumns();

    AlertService &m_service;
    AlertInboxModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    QList<QToolButton *> m_tierButtons;
    QComboBox *m_status = nullptr;
    QComboBox *m_element = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_group = nullptr;
    QCheckBox *m_silenced = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_saveColumns = nullptr;
    std::shared_ptr<const QSet<qint64>> m_found; // the search's result; null: no search
    int m_searchGeneration = 0;
    std::optional<AlertRecord> m_shown; // the alert in the details pane
    quint64 m_detailsTicket = 0;        // the newest read for the details
    QLabel *m_count = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_problem = nullptr;
    QPushButton *m_silence = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_appeal = nullptr;
    QPushButton *m_camera = nullptr;
    QString m_cameraId;
    QTimer *m_refresh = nullptr;
    QTimer *m_flash = nullptr;
    bool m_flashOn = false;
    qint64 m_lastFilterMs = 0;
};

} // namespace Jiandu
