#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
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
    //! Shows the choice to open the finding as a problem in the closed loop (执法问题闭环),
    //! for \a unit (editable), when \a available.
    void offerProblem(bool available, const QString &unit);
    bool openAsProblem() const;
    QString problemUnit() const;

private:
    QPlainTextEdit *m_note;
    QCheckBox *m_asProblem;
    QLineEdit *m_unit;
};

} // namespace Jiandu
