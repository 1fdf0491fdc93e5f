#pragma once

#include <QTemporaryDir>
#include <QWidget>
#include <core/problem.h>
#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace Jiandu {

class AlertService;

//! 执法问题闭环: the problems with their stage and due time, and for the selected one its
//! whole history (who, when, what, why, attachments) and the steps the operator's role may
//! take now. A refused step says why and changes nothing.
class ProblemsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPage(AlertService &service, QWidget *parent = nullptr);

    void showProblem(qint64 id);
    //! Takes \a action on the selected problem through its form (used by the buttons).
    void takeStep(ProblemAction action);

private:
    void openAttachment(const QString &path, const QString &sha256);

    void reload();
    void showSelected();
    qint64 selectedId() const;
    void newProblem();

    AlertService &m_service;
    QComboBox *m_stageFilter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_role = nullptr;
    QTextBrowser *m_summary = nullptr;
    QTreeWidget *m_history = nullptr;
    std::unique_ptr<QTemporaryDir> m_openedFiles; //!< plain copies of opened attachments
    QWidget *m_actions = nullptr;
    QHBoxLayout *m_actionLayout = nullptr;
    QList<Problem> m_problems;
};

} // namespace Jiandu
