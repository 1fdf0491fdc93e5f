#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Jiandu::Review {

//! One question and its answer as the officer wrote them down, numbered in the record's order.
struct QaPair
{
    int number = 0;       //!< 1, 2, … in the record's order
    QString question;     //!< without the 问： mark; paragraphs joined with '\n'
    QString answer;       //!< without the 答： mark; empty when the record has none
    int questionLine = 0; //!< 1-based line of the question in the record's text
    int answerLine = 0;   //!< 1-based, 0 when there is no answer

    QString text() const { return question + u'\n' + answer; }
};

//! What the record's head says: the printed form's fields (询问/讯问笔录).
struct RecordHeader
{
    QString title;              //!< 询问笔录, 讯问笔录, …
    std::optional<int> session; //!< 第N次
    QDateTime start;            //!< 时间 … 至 …, local time
    QDateTime end;
    QString place;            //!< 地点
    QStringList interviewers; //!< 询问人 / 讯问人
    QStringList recorders;    //!< 记录人
    QString subject;          //!< 被询问人 / 被讯问人
    QString sex;
    std::optional<int> age;
    QDate birthDate;
    QString idNumber;    //!< 身份证件号码
    QString guardian;    //!< 法定代理人 / 监护人 / 合适成年人 when one was present
    QString summonsKind; //!< 口头传唤, 传唤证, 被扭送, 自动投案 … when stated
    QDateTime arrived;   //!< 于…到达
    QDateTime left;      //!< …离开
};

//! A fault of form the reader found: where, and what.
struct RecordProblem
{
    int line = 0; //!< 1-based, 0 for the whole record
    QString code; //!< "no-pairs", "answer-without-question", "question-without-answer",
                  //!< "empty-question", "empty-answer", "missing-place", "missing-start",
                  //!< "missing-end", "end-before-start", "missing-subject", "missing-interviewer"
    QString message;
};

//! An electronic written record (电子笔录) read into its head and its numbered Q&A pairs.
//! Accepts 问：/答： with full- or half-width colons, spaces, brackets (【问】, [答]) and
//! numbering (1. 问：), answers over several paragraphs, a question and its answer on one
//! line, and the closing statement and signatures after the last answer.
class WrittenRecord
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Review::WrittenRecord)

public:
    RecordHeader header;
    QList<QaPair> pairs;
    QList<RecordProblem> problems;
    QString closing; //!< 以上笔录我看过… and the signatures, as written

    //! Reads \a text (already decoded). Never fails: what cannot be read is a problem.
    static WrittenRecord parse(const QString &text);

    //! A date and time as records write them: 2026年11月23日9时10分, 2026-11-23 09:10,
    //! 11月23日9时 (year from \a context), 10时05分 (date from \a context).
    static QDateTime parseDateTime(const QString &text, const QDateTime &context = {});
};

} // namespace Jiandu::Review
