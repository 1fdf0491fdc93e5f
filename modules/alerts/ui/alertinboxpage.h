#pragma once

#include "../alertindex.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
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
//! and unacknowledged alarms flashing; filtered and grouped by unit, element, tier, status and
//! time; a countdown to each deadline; and the operator's actions on the selected alert:
//! acknowledge with a note, open a problem (the closed loop), silence with a reason.
class AlertInboxPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertInboxPage(AlertService &service, QWidget *parent = nullptr);

    //! Selects alert \a id (clearing filters that hide it).
    void showAlert(qint64 id);
    AlertInboxModel *model() const { return m_model; }

private:
    void createModel();
    void applyFilter();
    AlertFilter currentFilter() const;
    void scheduleRefresh();
    void refresh();
    void showDetails();
    qint64 currentId() const;
    void acknowledge();
    void openProblem();
    void silence();
    void fillUnits();

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
    QLabel *m_count = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_problem = nullptr;
    QPushButton *m_silence = nullptr;
    QPushButton *m_camera = nullptr;
    QString m_cameraId;
    QTimer *m_refresh = nullptr;
    QTimer *m_flash = nullptr;
    bool m_flashOn = false;
    qint64 m_lastFilterMs = 0;
};

} // namespace Jiandu
