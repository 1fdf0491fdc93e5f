#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Jiandu {

//! 发现问题: the operator describes what they saw; the snapshot is taken when they confirm.
class FindingDialog : public QDialog
{
    Q_OBJECT
public:
    FindingDialog(const QString &cameraName, QWidget *parent = nullptr);
    QString note() const;
    void setNote(const QString &note);

private:
    QPlainTextEdit *m_note;
};

} // namespace Jiandu
