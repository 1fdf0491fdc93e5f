#pragma once

#include "../documents/writtenrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <rules/ruleengine.h>

namespace Jiandu::Review {

//! A written record as the checks see it: its text read, and what is known around it.
struct CheckedRecord
{
    QString id;   //!< stable: the record's file hash or its id in the cache
    QString name; //!< what a user calls it, e.g. the file name
    WrittenRecord record;
    //! The synchronized recording's real span, when there is one.
    QDateTime recordingStart;
    QDateTime recordingEnd;
    //! The summons' (传唤证) window when the case has one; otherwise the record's own
    //! 到达/离开 line is the summons.
    QDateTime summonsFrom;
    QDateTime summonsUntil;
};

//! A fault the checks found in one record (or between two).
struct RecordFinding
{
    QString code;    //!< "duration", "missing-place", "missing-times", "format", "minor-guardian",
                     //!< "summons-too-long", "outside-summons", "arrival-missing",
                     //!< "recording-span", "cross-signature", "copied-answers"
    QString message; //!< in the UI's language, says what and where
    int line = 0;    //!< the record's line when it has one
    QString otherRecord; //!< the other record's id, for the findings between two
    QList<int> pairs;    //!< the pairs concerned, when pairs are
};

//! Seed 004's checks of written records (笔录规则): duration under five minutes or over eight
//! hours; place, start or end missing; Q/A format errors; a minor questioned without a
//! guardian recorded; a summons over twelve hours (24 where the case allows); questioning
//! outside the summons' time; arrival and departure missing for a 口头传唤/扭送/投案; the
//! record's times outside its recording; between records, the same officer in two records at
//! overlapping times (笔录交叉签名) and answers copied between two people's records (复制笔录).
class RecordChecks
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Review::RecordChecks)

public:
    struct Thresholds
    {
        qint64 minDurationMs = 5 * 60 * 1000;
        qint64 maxDurationMs = 8 * 3600 * 1000;
        qint64 summonsMs = 12 * 3600 * 1000; //!< 24 h where the case is approved for it
        qint64 recordingToleranceMs = 2 * 60 * 1000;
        int copiedMinChars = 20; //!< shorter answers are too common to count as copied
    };

    static QList<RecordFinding> check(const CheckedRecord &record, const Thresholds &thresholds);
    static QList<RecordFinding> check(const CheckedRecord &record)
    {
        return check(record, Thresholds());
    }
    //! The findings between records, per record id.
    static QHash<QString, QList<RecordFinding>> crossCheck(const QList<CheckedRecord> &records,
                                                           const Thresholds &thresholds);

    //! The rule engine's event for a checked record: "record.checked" keyed by "recordId", the
    //! person questioned in "name", the codes that failed in "failed" (empty when none did,
    //! which ends the record's earlier alerts) and their messages in "findings".
    static RuleEvent event(const CheckedRecord &record, const QList<RecordFinding> &findings,
                           qint64 atMs);

    //! The subject's age at the record's start: the record's 年龄, else from the birth date
    //! or the ID number.
    static std::optional<int> ageAt(const RecordHeader &header);
};

} // namespace Jiandu::Review
