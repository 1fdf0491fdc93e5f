#pragma once

#include "../dispatch/instruction.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Jiandu::CommandMap {

class DispatchService;

//! 指令下发 from the map: what to do, to whom (the officers and vehicles chosen on the map,
//! each can be taken off), about which incident. Sent through the dispatch service; a refusal
//! is said in the dialog, which stays open to put it right.
class DispatchDialog : public QDialog
{
    Q_OBJECT

public:
    struct Draft
    {
        Instruction::Kind kind = Instruction::Kind::Instruction;
        QString title;
        QString body;
        QStringList recipients;
        QString incident;
    };

    DispatchDialog(DispatchService &service, const Draft &draft, QWidget *parent = nullptr);

    //! The instruction as sent (after the dialog was accepted).
    const Instruction &sent() const { return m_sent; }

private:
    void send();

    DispatchService &m_service;
    QString m_incident;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QListWidget *m_recipients = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Instruction m_sent;
};

} // namespace Jiandu::CommandMap
