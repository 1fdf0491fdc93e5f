#pragma once

#include <QDialog>
#include <QJsonObject>
#include <functional>

class QFormLayout;
class QLabel;
class QDialogButtonBox;

namespace Jiandu {

class Journeys;

//! A form for one step of a stay: the fields the step asks for, recorded through the desk's
//! book when the officer confirms. A refusal is shown under the form in the book's words and
//! the form stays open to be corrected; the dialog closes only once the step is kept.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    StepDialog(Journeys &journeys, const QString &kind, const QString &stayUid,
               const QString &title, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    //! What the form says, read when the officer confirms.
    void setBody(std::function<QJsonObject()> body) { m_body = std::move(body); }
    //! The kept step's confirmation button text (e.g. "登记").
    void setConfirmText(const QString &text);

private:
    void submit(QJsonObject body);

    Journeys &m_journeys;
    QString m_kind;
    QString m_stayUid;
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::function<QJsonObject()> m_body;
};

} // namespace Jiandu
