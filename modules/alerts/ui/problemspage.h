#pragma once

#include <QTemporaryDir>
#include <QWidget>
#include <core/alertrecord.h>
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

    //! Sets the stage filter to a named view: "open", "overdue" or "all".
    bool showView(const QString &view);

private:
    void openAttachment(const QString &name, const QString &path, const QString &sha256);

    //! Reads the problems on the module's database thread and shows them when they come.
    void reload();
    void display(const QList<Problem> &problems);
    void showSelected();
    //! The problem's summary; \a alert (the one it came from) once it was read.
    QString summaryHtml(const Problem &problem, const AlertRecord *alert) const;
    bool selectRowOf(qint64 id);
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
    qint64 m_wanted = 0;         // to select when the list comes (showProblem)
    int m_listGeneration = 0;    // answers to an earlier reload() are dropped
    int m_historyGeneration = 0; // and histories of a problem no longer selected
};

} // namespace Jiandu
