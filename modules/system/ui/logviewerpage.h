#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace Jiandu {

class LogFilterProxyModel;
class LogRecordModel;

//! The operator's view of the running log: live tail, level/source/text filters, pause,
//! copy and a link to the log files on disk.
class LogViewerPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewerPage(QWidget *parent = nullptr);

private:
    void updateCategories();
    void updateSummary();
    void copySelection();

    LogRecordModel *m_model;
    LogFilterProxyModel *m_filter;
    QTableView *m_view;
    QComboBox *m_level;
    QComboBox *m_category;
    QLineEdit *m_search;
    QToolButton *m_follow;
    QToolButton *m_pause;
    QLabel *m_summary;
};

} // namespace Jiandu
