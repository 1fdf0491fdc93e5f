#pragma once

#include <QColor>
#include <QCoreApplication>
#include <core/alertrecord.h>
#include <optional>
#include <rules/rule.h>

namespace Jiandu {

//! How alerts are named and coloured everywhere in the module (inbox, popup, statistics).
class AlertPresentation
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::AlertPresentation)

public:
    static QString tierName(Tier tier);
    static QColor tierColour(Tier tier); //!< red, amber, blue
    static QString statusName(AlertRecord::Status status);
    //! incident → 警情, case → 案件, person → 人员, property → 物品, venue → 场所, file → 卷宗
    static QString elementName(const QString &element);
    static QStringList elements();
    //! A subject field as people call it: idCard → 身份证号, caseId → 案件编号, …
    static QString fieldName(const QString &field);
    //! "2小时13分后到期" / "已超期 1天3小时" / "" without a deadline.
    static QString countdown(qint64 deadlineMs, qint64 nowMs);
    //! A length of time as the countdowns write it: "1天3小时", "2小时13分", "5分钟".
    static QString lengthText(qint64 ms);
    static QString timeText(qint64 ms);
    //! A rule's deadline or lead in words: "24 小时", "3 天", "6 个月", "1 年"; "" for none.
    static QString durationWords(const std::optional<Duration> &duration);
    //! An ID card number as lists show it: the first three and last four digits.
    static QString maskedIdCard(const QString &number);
    //! What happened first, then who and where: "超期羁押预警：王某 · 案件 A12 · 讯问室2".
    //! ID numbers masked; the detail pane shows the subject whole.
    static QString headline(const QString &ruleName, const QString &subjectJson);
    //! Who and where of a subject: "王某 · 案件 A12 · 讯问室2" (ID numbers masked).
    static QString subjectSummary(const QString &subjectJson);
    //! The alert's state in words: status, silenced, under appeal, escalated.
    static QString stateText(const AlertRecord &alert, qint64 nowMs);
};

} // namespace Jiandu
