#pragma once

#include "stay.h"

namespace Jiandu::CaseArea {

//! The desk's papers for one stay (文书开具), as HTML to print: Chinese official forms, so
//! their words are Chinese whatever the workstation's language. Every value comes from the
//! stay's recorded steps; a blank the desk did not fill stays a line to write on.
class StayDocuments
{
public:
    enum class Kind {
        UsageRegister,     //!< 办案区使用情况登记表
        SafetyCheckRecord, //!< 人身检查笔录
        BelongingsList,    //!< 随身物品代保管清单
        EscortApproval,    //!< 押解嫌疑人审批表 (a temporary leave)
        EntryVoucher,      //!< 入区凭证
        ExitVoucher,       //!< 出区凭证
    };
    //! The papers the stay has come far enough for (a check record once checked, an exit
    //! voucher once deregistered …), in the order the desk prints them.
    static QList<Kind> available(const Stay &stay);
    static QString title(Kind kind);
    //! \a area is the area's name as the plan gives it; \a printedBy and \a printedMs go in
    //! the signature lines.
    static QString html(Kind kind, const Stay &stay, const QString &area, const QString &printedBy,
                        qint64 printedMs);
};

} // namespace Jiandu::CaseArea
