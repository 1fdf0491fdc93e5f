#include "dispatchdialog.h"

#include "../dispatch/dispatchservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

DispatchDialog::DispatchDialog(DispatchService &service, const Draft &draft, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_incident(draft.incident)
{
    setObjectName(u"dispatchDialog"_s);
    setWindowTitle(tr("Send an instruction"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"dispatchKind"_s);
    m_kind->addItem(tr("Instruction (指令下发): recipients accept, arrive and report back"),
                    int(Instruction::Kind::Instruction));
    m_kind->addItem(tr("Briefing (情况发布): recipients confirm they have read it"),
                    int(Instruction::Kind::Briefing));
    m_kind->setCurrentIndex(draft.kind == Instruction::Kind::Briefing ? 1 : 0);
    m_title = new QLineEdit(draft.title, this);
    m_title->setObjectName(u"dispatchTitle"_s);
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("What to do, in a line"));
    m_body = new QPlainTextEdit(draft.body, this);
    m_body->setObjectName(u"dispatchBody"_s);
    m_body->setTabChangesFocus(true);
    m_recipients = new QListWidget(this);
    m_recipients->setObjectName(u"dispatchRecipients"_s);
    for (const QString &r : draft.recipients) {
        auto *item = new QListWidgetItem(r, m_recipients);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"dispatchProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DispatchDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Text"), m_body);
    form->addRow(tr("To"), m_recipients);
    if (!m_incident.isEmpty())
        form->addRow(tr("Incident"), new QLabel(m_incident.toHtmlEscaped(), this));
    form->addRow(m_problem);
    form->addRow(m_buttons);
    resize(520, 440);
}

void DispatchDialog::send()
{
    QStringList to;
    for (int row = 0; row < m_recipients->count(); ++row) {
        if (m_recipients->item(row)->checkState() == Qt::Checked)
            to << m_recipients->item(row)->text();
    }
    m_buttons->setEnabled(false);
    m_problem->hide();
    m_service.send(Instruction::Kind(m_kind->currentData().toInt()), m_title->text(),
                   m_body->toPlainText(), to, m_incident, this, [this](Result<Instruction> sent) {
                       m_buttons->setEnabled(true);
                       if (!sent) {
                           m_problem->setText(sent.error().message);
                           m_problem->show();
                           return;
                       }
                       m_sent = *sent;
                       accept();
                   });
}

} // namespace Jiandu::CommandMap
