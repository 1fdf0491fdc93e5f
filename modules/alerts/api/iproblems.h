#pragma once

#include <QObject>
#include <QStringList>
#include <core/result.h>
#include <functional>

namespace Jiandu {

//! Something a person found that the closed loop (执法问题闭环) must follow up: a patrol
//! finding, a flaw seen while reviewing a recording, a case-area incident.
struct ProblemReport
{
    QString title;        //!< what is wrong, in a line
    QString unit;         //!< the unit responsible for putting it right
    QString element;      //!< 要素: 场所, 人员, 案件, 物品, 卷宗, 警情
    QString caseId;       //!< the case it belongs to, if any
    QString note;         //!< how it was found: where, when, by whom
    QStringList evidence; //!< files on this computer, kept (encrypted, hashed) with the problem
};

//! The alerts module's door for problems found by people (published through
//! IShell::addService). Header only.
class IProblems
{
public:
    virtual ~IProblems() = default;
    //! Opens \a report as a problem in the closed loop in the operator's name. The evidence
    //! is copied and the problem stored off the caller's thread; \a done runs on \a context's
    //! thread with the problem's number or why it was not opened (nothing is kept then), and
    //! not at all if \a context is gone.
    virtual void report(const ProblemReport &report, QObject *context,
                        std::function<void(Result<qint64> problemId)> done) = 0;
};

} // namespace Jiandu

Q_DECLARE_INTERFACE(Jiandu::IProblems, "org.jiandu.Problems/1")
