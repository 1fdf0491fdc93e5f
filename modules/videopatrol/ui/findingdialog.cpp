#include "findingdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Jiandu {

FindingDialog::FindingDialog(const QString &cameraName, QWidget *parent)
    : QDialog(parent)
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(tr("Report a problem"));
    m_note->setPlaceholderText(tr("What is wrong? e.g. nobody at the duty desk, a door left "
                                  "open, a suspect without escort"));
    m_note->setAccessibleName(tr("Description"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record with snapshot"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!note().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Camera: %1").arg(cameraName), this));
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(460, 260);
}

QString FindingDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void FindingDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace Jiandu
