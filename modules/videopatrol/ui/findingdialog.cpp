#include "findingdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Jiandu {

FindingDialog::FindingDialog(const QString &cameraName, QWidget *parent)
    : QDialog(parent)
    , m_note(new QPlainTextEdit(this))
    , m_asProblem(new QCheckBox(tr("Open it as a problem in the closed loop"), this))
    , m_unit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(tr("Report a problem"));
    m_note->setPlaceholderText(tr("What is wrong? e.g. nobody at the duty desk, a door left "
                                  "open, a suspect without escort"));
    m_note->setAccessibleName(tr("Description"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record with snapshot"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_asProblem->setObjectName(QStringLiteral("findingAsProblem"));
    m_asProblem->setToolTip(tr("The responsible unit will be asked to put it right; the "
                               "snapshot goes with it as evidence"));
    m_unit->setObjectName(QStringLiteral("findingUnit"));
    m_unit->setAccessibleName(tr("Responsible unit"));
    m_unit->setPlaceholderText(tr("Responsible unit"));
    m_unit->setEnabled(false);
    m_asProblem->hide();
    m_unit->hide();
    const auto update = [this, buttons] {
        m_unit->setEnabled(m_asProblem->isChecked());
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!note().isEmpty() && (!openAsProblem() || !problemUnit().isEmpty()));
    };
    connect(m_note, &QPlainTextEdit::textChanged, this, update);
    connect(m_asProblem, &QCheckBox::toggled, this, update);
    connect(m_unit, &QLineEdit::textChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Camera: %1").arg(cameraName), this));
    layout->addWidget(m_note);
    auto *problem = new QHBoxLayout;
    problem->addWidget(m_asProblem);
    problem->addWidget(m_unit, 1);
    layout->addLayout(problem);
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

namespace Jiandu {

void FindingDialog::offerProblem(bool available, const QString &unit)
{
    m_asProblem->setVisible(available);
    m_unit->setVisible(available);
    m_unit->setText(unit);
}

bool FindingDialog::openAsProblem() const
{
    return !m_asProblem->isHidden() && m_asProblem->isChecked();
}

QString FindingDialog::problemUnit() const
{
    return m_unit->text().trimmed();
}

} // namespace Jiandu
