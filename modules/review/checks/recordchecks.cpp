#include "recordchecks.h"

#include "../alignment/textnormalizer.h"

#include <QJsonArray>
#include <QSet>
#include <core/idnumber.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

QString minutes(qint64 ms)
{
    const qint64 m = ms / 60000;
    return m >= 60 ? RecordChecks::tr("%1 h %2 min").arg(m / 60).arg(m % 60)
                   : RecordChecks::tr("%1 min").arg(m);
}

QString at(const QDateTime &t)
{
    return t.toString(u"yyyy-MM-dd HH:mm"_s);
}

QStringList officers(const RecordHeader &h)
{
    QStringList all = h.interviewers + h.recorders;
    all.removeDuplicates();
    return all;
}

//! Runs of 10 normalised characters of \a text, as hashes.
QSet<size_t> shingles(const std::u32string &text)
{
    constexpr size_t k = 10;
    QSet<size_t> set;
    for (size_t i = 0; i + k <= text.size(); ++i)
        set.insert(std::hash<std::u32string_view>()(std::u32string_view(text).substr(i, k)));
    return set;
}

} // namespace

std::optional<int> RecordChecks::ageAt(const RecordHeader &h)
{
    if (h.age)
        return h.age;
    const QDate on = h.start.isValid() ? h.start.date() : QDate();
    if (!on.isValid())
        return std::nullopt;
    if (const auto id = IdNumber::parse(h.idNumber); id && id->birthDate() <= on)
        return id->ageOn(on);
    const QDate birth = h.birthDate;
    if (!birth.isValid() || birth > on)
        return std::nullopt;
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

QList<RecordFinding> RecordChecks::check(const CheckedRecord &checked, const Thresholds &t)
{
    QList<RecordFinding> findings;
    const WrittenRecord &r = checked.record;
    const RecordHeader &h = r.header;

    if (h.place.isEmpty())
        findings.append({u"missing-place"_s, tr("问话地点不能为空: the record does not say where "
                                                "the questioning took place (地点).")});
    if (!h.start.isValid() || !h.end.isValid())
        findings.append(
            {u"missing-times"_s, tr("笔录开始时间和结束时间不能为空: the record's %1 is missing.")
                                     .arg(!h.start.isValid() && !h.end.isValid()
                                              ? tr("start and end")
                                              : (!h.start.isValid() ? tr("start") : tr("end")))});
    if (h.start.isValid() && h.end.isValid()) {
        const qint64 duration = h.start.msecsTo(h.end);
        if (duration < t.minDurationMs || duration > t.maxDurationMs)
            findings.append(
                {u"duration"_s, tr("笔录制作时间不能少于五分钟或超过八小时: %1 to %2 is %3.")
                                    .arg(at(h.start), at(h.end),
                                         duration < 0 ? tr("negative") : minutes(duration))});
    }

    // Faults of form: the first of each kind, with its line; the count when more.
    QList<RecordFinding> format;
    for (const RecordProblem &p : r.problems) {
        if (!(p.code.contains(u"question"_s) || p.code.contains(u"answer"_s) ||
              p.code == u"no-pairs"_s))
            continue;
        format.append({u"format"_s, tr("笔录问答格式错误: %1").arg(p.message), p.line});
    }
    if (!format.isEmpty()) {
        RecordFinding first = format.constFirst();
        if (format.size() > 1)
            first.message += tr(" (and %n more)", "", int(format.size() - 1));
        findings.append(first);
    }

    if (const auto age = ageAt(h); age && *age < 18 && h.guardian.isEmpty())
        findings.append({u"minor-guardian"_s,
                         tr("询问未成年人，应通知其父母或其它监护人到场: %1 is %2 and no guardian "
                            "(法定代理人/监护人) is recorded.")
                             .arg(h.subject.isEmpty() ? tr("the person questioned") : h.subject)
                             .arg(*age)});

    // The summons: the case's 传唤证 when given, else the record's 到达/离开.
    QDateTime from = checked.summonsFrom.isValid() ? checked.summonsFrom : h.arrived;
    QDateTime until = checked.summonsUntil.isValid() ? checked.summonsUntil : h.left;
    if (!h.summonsKind.isEmpty() && (!h.arrived.isValid() || !h.left.isValid()))
        findings.append(
            {u"arrival-missing"_s,
             tr("到案时间和离开时间不能为空: the record says %1 but not when the "
                "person %2.")
                 .arg(h.summonsKind, !h.arrived.isValid() ? tr("arrived") : tr("left"))});
    if (from.isValid() && until.isValid() && from.msecsTo(until) > t.summonsMs)
        findings.append(
            {u"summons-too-long"_s, tr("传唤持续时间不得超过%1小时: from %2 to %3 is %4.")
                                        .arg(t.summonsMs / 3600000)
                                        .arg(at(from), at(until), minutes(from.msecsTo(until)))});
    if (from.isValid() && until.isValid() && h.start.isValid() && h.end.isValid() &&
        (h.start < from || h.end > until))
        findings.append({u"outside-summons"_s,
                         tr("询问笔录询问时间应当在传唤证的时间之内: questioned %1 to %2, the "
                            "summons runs %3 to %4.")
                             .arg(at(h.start), at(h.end), at(from), at(until))});

    if (checked.recordingStart.isValid() && checked.recordingEnd.isValid() && h.start.isValid() &&
        h.end.isValid()) {
        const qint64 early = h.start.msecsTo(checked.recordingStart);
        const qint64 late = checked.recordingEnd.msecsTo(h.end);
        if (early > t.recordingToleranceMs || late > t.recordingToleranceMs)
            findings.append(
                {u"recording-span"_s,
                 tr("The record says %1 to %2 but its recording runs %3 to %4: %5 "
                    "of the questioning is not recorded.")
                     .arg(at(h.start), at(h.end), at(checked.recordingStart),
                          at(checked.recordingEnd),
                          minutes(std::max<qint64>(0, early) + std::max<qint64>(0, late)))});
    }
    return findings;
}

QHash<QString, QList<RecordFinding>> RecordChecks::crossCheck(const QList<CheckedRecord> &records,
                                                              const Thresholds &t)
{
    QHash<QString, QList<RecordFinding>> findings;

    // 笔录交叉签名: one officer, two records, overlapping times.
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RecordHeader &a = records[i].record.header;
        if (!a.start.isValid() || !a.end.isValid())
            continue;
        for (qsizetype j = i + 1; j < records.size(); ++j) {
            const RecordHeader &b = records[j].record.header;
            if (!b.start.isValid() || !b.end.isValid() || records[i].id == records[j].id)
                continue;
            if (!(a.start < b.end && b.start < a.end))
                continue;
            const QStringList bOfficers = officers(b);
            QStringList shared;
            for (const QString &o : officers(a))
                if (bOfficers.contains(o))
                    shared << o;
            if (shared.isEmpty())
                continue;
            auto say = [&](const CheckedRecord &self, const CheckedRecord &other) {
                const RecordHeader &o = other.record.header;
                findings[self.id].append(
                    {u"cross-signature"_s,
                     tr("笔录交叉签名: %1 is also named in %2 (%3 to %4), at the same time.")
                         .arg(shared.join(u'、'), other.name, at(o.start), at(o.end)),
                     0, other.id});
            };
            say(records[i], records[j]);
            say(records[j], records[i]);
        }
    }

    // 复制笔录: an answer in one person's record found again in another person's.
    struct Answer
    {
        qsizetype record;
        int pair;
        QSet<size_t> shingles;
    };
    QList<Answer> answers;
    QHash<size_t, QList<qsizetype>> byShingle;
    for (qsizetype i = 0; i < records.size(); ++i) {
        for (const QaPair &p : records[i].record.pairs) {
            const std::u32string text = TextNormalizer::normalize(p.answer).chars;
            if (int(text.size()) < t.copiedMinChars)
                continue;
            answers.append({i, p.number, shingles(text)});
            for (size_t s : std::as_const(answers.constLast().shingles))
                byShingle[s].append(answers.size() - 1);
        }
    }
    QHash<std::pair<qsizetype, qsizetype>, QList<std::pair<int, int>>> copied;
    for (qsizetype a = 0; a < answers.size(); ++a) {
        QHash<qsizetype, int> shared;
        for (size_t s : std::as_const(answers[a].shingles))
            for (qsizetype b : byShingle.value(s))
                if (b > a)
                    ++shared[b];
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            const Answer &x = answers[a];
            const Answer &y = answers[it.key()];
            if (x.record == y.record)
                continue;
            const QString &xs = records[x.record].record.header.subject;
            const QString &ys = records[y.record].record.header.subject;
            if (!xs.isEmpty() && xs == ys)
                continue; // the same person may well say the same twice
            const qsizetype smaller = std::min(x.shingles.size(), y.shingles.size());
            if (smaller == 0 || it.value() * 10 < smaller * 8)
                continue;
            copied[{x.record, y.record}].append({x.pair, y.pair});
        }
    }
    for (auto it = copied.cbegin(); it != copied.cend(); ++it) {
        const auto [i, j] = it.key();
        QStringList which;
        QList<int> mine, theirs;
        for (const auto &[p, q] : it.value()) {
            which << tr("answer %1 = answer %2").arg(p).arg(q);
            mine << p;
            theirs << q;
        }
        const QString list = which.join(u"; "_s);
        findings[records[i].id].append(
            {u"copied-answers"_s,
             tr("复制笔录: the same answers as in %1 (%2), a record of another person: %3.")
                 .arg(records[j].name, records[j].record.header.subject, list),
             0, records[j].id, mine});
        findings[records[j].id].append(
            {u"copied-answers"_s,
             tr("复制笔录: the same answers as in %1 (%2), a record of another person: %3.")
                 .arg(records[i].name, records[i].record.header.subject, list),
             0, records[i].id, theirs});
    }
    return findings;
}

RuleEvent RecordChecks::event(const CheckedRecord &checked, const QList<RecordFinding> &findings,
                              qint64 atMs)
{
    const RecordHeader &h = checked.record.header;
    QJsonArray failed;
    QStringList said;
    for (const RecordFinding &f : findings) {
        if (!failed.contains(f.code))
            failed.append(f.code);
        said << f.message;
    }
    QJsonObject subject{{u"recordId"_s, checked.id},
                        {u"record"_s, checked.name},
                        {u"name"_s, h.subject},
                        {u"officers"_s, QJsonArray::fromStringList(officers(h))},
                        {u"place"_s, h.place},
                        {u"failed"_s, failed},
                        {u"findings"_s, said.join(u'；')}};
    if (h.start.isValid())
        subject.insert(u"recordStart"_s, h.start.toString(Qt::ISODate));
    return RuleEvent{u"record.checked"_s, atMs, subject};
}

} // namespace Jiandu::Review
