#include "stepdialog.h"

#include "../journeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Jiandu {

StepDialog::StepDialog(Journeys &journeys, const QString &kind, const QString &stayUid,
                       const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_journeys(journeys)
    , m_kind(kind)
    , m_stayUid(stayUid)
{
    setWindowTitle(title);
    setObjectName(u"stepDialog"_s);
    auto *layout = new QVBoxLayout(this);
    if (const CaseArea::Stay *stay = journeys.book().stay(stayUid)) {
        auto *who = new QLabel(
            u"<b>%1</b> · %2 · %3"_s.arg(stay->name.toHtmlEscaped(), stay->personId, stay->tag),
            this);
        layout->addWidget(who);
    }
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"stepError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b71c1c"_s);
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this,
            [this] { submit(m_body ? m_body() : QJsonObject{}); });
}

void StepDialog::setConfirmText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void StepDialog::submit(QJsonObject body)
{
    m_buttons->setEnabled(false);
    m_journeys.record(
        m_journeys.newStep(m_kind, m_stayUid, body), this, [this, body](Result<void> kept) mutable {
            m_buttons->setEnabled(true);
            if (kept)
                return accept();
            if (kept.error().code == u"belongings-held"_s) {
                // The officer decides: hand the items on first, or deregister and let the
                // inbox record 注销未领取随身物品.
                const auto answer = QMessageBox::question(this, windowTitle(), kept.error().message,
                                                          QMessageBox::Yes | QMessageBox::Cancel,
                                                          QMessageBox::Cancel);
                if (answer == QMessageBox::Yes) {
                    body.insert(u"acceptHeld"_s, true);
                    return submit(body);
                }
            }
            m_error->setText(kept.error().message);
            m_error->show();
        });
}

} // namespace Jiandu
