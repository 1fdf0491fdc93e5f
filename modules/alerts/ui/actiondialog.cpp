#include "actiondialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Jiandu {

ActionDialog::ActionDialog(const QString &title, const QString &confirmText, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"actionDialog"_s);
    setWindowTitle(title);
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_error->setObjectName(u"actionError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(confirmText);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ActionDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(new QFormLayout);
    layout->addWidget(new QLabel(tr("Note:"), this));
    layout->addWidget(m_note, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, 340);
}

void ActionDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void ActionDialog::setNoteRequired(bool required, const QString &placeholder)
{
    m_noteRequired = required;
    m_note->setPlaceholderText(placeholder);
    updateButtons();
}

namespace {

QFormLayout *form(QDialog *dialog)
{
    return static_cast<QFormLayout *>(static_cast<QVBoxLayout *>(dialog->layout())->itemAt(1));
}

} // namespace

void ActionDialog::addTitleField(const QString &initial, const QString &label)
{
    m_title = new QLineEdit(initial, this);
    m_title->setAccessibleName(label.isEmpty() ? tr("Title") : label);
    connect(m_title, &QLineEdit::textChanged, this, &ActionDialog::updateButtons);
    form(this)->addRow(label.isEmpty() ? tr("Title:") : label + u':', m_title);
    updateButtons();
}

void ActionDialog::addUnitField(const QStringList &units, const QString &initial)
{
    m_unit = new QComboBox(this);
    m_unit->setEditable(true);
    m_unit->addItems(units);
    m_unit->setCurrentText(initial);
    m_unit->setAccessibleName(tr("Responsible unit"));
    connect(m_unit, &QComboBox::currentTextChanged, this, &ActionDialog::updateButtons);
    form(this)->addRow(tr("Responsible unit:"), m_unit);
    updateButtons();
}

void ActionDialog::addUntilField(const QDateTime &initial)
{
    m_until = new QDateTimeEdit(initial, this);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_until->setMinimumDateTime(QDateTime::currentDateTime());
    m_until->setAccessibleName(tr("Until"));
    form(this)->addRow(tr("Until:"), m_until);
}

void ActionDialog::addAttachments()
{
    m_attachments = new QListWidget(this);
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setMaximumHeight(90);
    auto *add = new QPushButton(tr("Attach…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        for (const QString &file : QFileDialog::getOpenFileNames(this, tr("Attach files")))
            m_attachments->addItem(file);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_attachments->currentItem(); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_attachments, 1);
    row->addLayout(buttons);
    form(this)->addRow(tr("Attachments:"), row);
}

void ActionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ActionDialog::accept()
{
    if (!m_submit) {
        QDialog::accept();
        return;
    }
    if (m_waiting)
        return;
    setWaiting(true);
    m_submit([dialog = QPointer<ActionDialog>(this)](const QString &refusal) {
        if (!dialog)
            return;
        dialog->setWaiting(false);
        if (refusal.isEmpty())
            dialog->QDialog::accept();
        else
            dialog->showError(refusal);
    });
}

void ActionDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    // The form is kept as typed, and not closed half-stored.
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (child != m_error && child != m_intro)
            child->setEnabled(!waiting);
    if (waiting) {
        m_error->setStyleSheet({});
        showError(tr("Saving…"));
    } else {
        m_error->setStyleSheet(u"color: #c0392b;"_s);
        showError({});
        updateButtons();
    }
}

void ActionDialog::reject()
{
    if (!m_waiting) // an action being stored is finished, then answered
        QDialog::reject();
}

void ActionDialog::updateButtons()
{
    bool ok = !m_noteRequired || !note().isEmpty();
    if (m_title)
        ok = ok && !m_title->text().trimmed().isEmpty();
    if (m_unit)
        ok = ok && !m_unit->currentText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QString ActionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString ActionDialog::titleText() const
{
    return m_title ? m_title->text().trimmed() : QString();
}

QString ActionDialog::unit() const
{
    return m_unit ? m_unit->currentText().trimmed() : QString();
}

QDateTime ActionDialog::until() const
{
    return m_until ? m_until->dateTime() : QDateTime();
}

QStringList ActionDialog::attachments() const
{
    QStringList files;
    for (int i = 0; m_attachments && i < m_attachments->count(); ++i)
        files.append(m_attachments->item(i)->text());
    return files;
}

} // namespace Jiandu
