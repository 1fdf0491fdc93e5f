#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Jiandu {

//! The form behind every alert and workflow action: a note (required where the workflow
//! asks for a reason), and as the action needs it a title, a responsible unit, an end time or
//! attachments. The confirm button stays off until what is required is there.
class ActionDialog final : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(const QString &title, const QString &confirmText, QWidget *parent = nullptr);

    void setIntro(const QString &text);
    void setNoteRequired(bool required, const QString &placeholder);
    //! A one-line field: the title by default, or any value named \a label.
    void addTitleField(const QString &initial, const QString &label = {});
    void addUnitField(const QStringList &units, const QString &initial);
    void addUntilField(const QDateTime &initial);
    void addAttachments();
    //! Shown under the form when the action was refused, keeping what was typed.
    void showError(const QString &message);
    //! Says whether the action was stored: an empty text (the dialog closes) or the refusal
    //! (shown under the form, which is kept).
    using Answer = std::function<void(const QString &refusal)>;
    //! What confirming does: \a submit stores the action (off the UI thread) and answers.
    //! Meanwhile the form waits, saying so; without it, confirming just closes the dialog.
    void setSubmit(std::function<void(Answer answer)> submit) { m_submit = std::move(submit); }

    QString note() const;
    QString titleText() const;
    QString unit() const;
    QDateTime until() const;
    QStringList attachments() const;

public slots:
    //! With a submit set: stores first, and closes once stored (see setSubmit).
    void accept() override;
    void reject() override;

private:
    void updateButtons();
    void setWaiting(bool waiting);

    QLabel *m_intro = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_unit = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QListWidget *m_attachments = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_noteRequired = false;
    bool m_waiting = false;
    std::function<void(Answer)> m_submit;
};

} // namespace Jiandu
