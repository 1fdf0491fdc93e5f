#pragma once

#include <QList>
#include <QString>

namespace Jiandu {

//! Stages of the closed loop (执法问题闭环): 发现 → 下发 → 反馈/申辩 → 复核 → 认定 → 整改 →
//! 审核 → 闭环. Dismissed is the other end: the leader did not confirm the problem.
enum class ProblemStage {
    Found = 0,         // 发现
    Issued = 1,        // 已下发, waiting for the unit's feedback
    Answered = 2,      // 已反馈
    Appealed = 3,      // 申辩中
    Reviewed = 4,      // 已复核, waiting for the leader's decision
    Rectifying = 5,    // 已认定, 整改中
    AwaitingAudit = 6, // 整改待审核
    Closed = 7,        // 已闭环
    Dismissed = 8,     // 不予认定
};

//! Who acts: 法制民警 issues, reviews and audits; the responsible unit answers, appeals and
//! rectifies; the leader confirms or dismisses.
enum class ProblemRole { LegalOfficer = 0, ResponsibleUnit = 1, Leader = 2, System = 3 };

enum class ProblemAction {
    Create = 0,
    Issue = 1,               // 下发
    Answer = 2,              // 反馈
    Appeal = 3,              // 申辩
    Review = 4,              // 复核
    Confirm = 5,             // 认定
    Dismiss = 6,             // 不予认定
    SubmitRectification = 7, // 提交整改
    Approve = 8,             // 审核通过
    Reject = 9,              // 整改不合格
    Reopen = 10,             // 重新打开
    Remind = 11,             // 催办
    Comment = 12,            // 补充说明 / 材料
};

struct ProblemAttachment
{
    QString name; //!< as the user chose it
    QString path; //!< the stored copy
    qint64 bytes = 0;
    QString sha256;
};

//! One entry of a problem's history: who did what, when and why. Never changed afterwards.
struct ProblemStep
{
    qint64 id = 0;
    QString uid; //!< the same on every workstation and the central service
    qint64 problemId = 0;
    qint64 timeMs = 0;
    QString actor;
    ProblemRole role = ProblemRole::LegalOfficer;
    ProblemAction action = ProblemAction::Create;
    ProblemStage from = ProblemStage::Found;
    ProblemStage to = ProblemStage::Found;
    QString note;
    QList<ProblemAttachment> attachments;
};

//! A confirmed supervision problem pushed through the closed loop. It may come from an
//! alert (alertId) or be found by a person (a patrol, a review).
struct Problem
{
    qint64 id = 0;
    QString uid;        //!< the same on every workstation and the central service
    qint64 alertId = 0; //!< 0: not from an alert
    QString ruleId;
    QString title;
    QString element;
    QString unit; //!< the responsible unit
    QString caseId;
    int score = 0;
    ProblemStage stage = ProblemStage::Found;
    qint64 createdMs = 0;
    QString createdBy;
    qint64 stageSinceMs = 0;
    qint64 dueMs = 0; //!< when the current stage should be done (0: no due time)
    int rounds = 0;   //!< rectifications sent back (rejected or reopened)
    //! Kept on this workstation only, never sent to the central service: sample data, made
    //! before the site had a central service, or refused by it.
    bool localOnly = false;

    bool isFinished() const
    {
        return stage == ProblemStage::Closed || stage == ProblemStage::Dismissed;
    }
};

} // namespace Jiandu
