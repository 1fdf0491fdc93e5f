#include "recordcommand.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <core/boundedfile.h>
#include <core/filehash.h>
#include <review/checks/recordchecks.h>
#include <review/documents/documenttext.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

namespace {

QDateTime timeOption(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return t;
}

//! "NAME=FROM/UNTIL": a window per record file, by file name or path.
bool windows(const QStringList &values, QHash<QString, std::pair<QDateTime, QDateTime>> *out,
             const QString &option)
{
    for (const QString &value : values) {
        const qsizetype eq = value.lastIndexOf(u'=');
        const QStringList span = value.mid(eq + 1).split(u'/');
        const QDateTime from = span.size() == 2 ? timeOption(span[0]) : QDateTime();
        const QDateTime until = span.size() == 2 ? timeOption(span[1]) : QDateTime();
        if (eq <= 0 || !from.isValid() || !until.isValid() || until < from) {
            printError(u"--%1 \"%2\": give RECORD=yyyy-MM-dd HH:mm:ss/yyyy-MM-dd HH:mm:ss"_s.arg(
                option, value));
            return false;
        }
        out->insert(value.left(eq), {from, until});
    }
    return true;
}

QJsonObject findingJson(const Review::RecordFinding &f)
{
    QJsonObject o{{u"code"_s, f.code}, {u"message"_s, f.message}};
    if (f.line > 0)
        o.insert(u"line"_s, f.line);
    if (!f.otherRecord.isEmpty())
        o.insert(u"other"_s, f.otherRecord);
    if (!f.pairs.isEmpty()) {
        QJsonArray pairs;
        for (int p : f.pairs)
            pairs.append(p);
        o.insert(u"pairs"_s, pairs);
    }
    return o;
}

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks written records (笔录: text in UTF-8, GB18030/GBK or UTF-16, .docx or PDF) by "
        "seed 004's rules: duration under 5 minutes or over 8 hours, place, start or end "
        "missing, Q/A format errors, a minor without a guardian, a summons over 12 hours, "
        "questioning outside the summons, arrival or departure missing, the record's times "
        "outside its recording; and between the records given: the same officer in two records "
        "at overlapping times (笔录交叉签名) and answers copied between two people's records "
        "(复制笔录).\n"
        "--events-out writes one \"record.checked\" event a record (the failed checks in "
        "\"failed\") as JSON lines for `jiandu-cli rules`.\n"
        "Exit codes: 0 no finding, 1 findings (or a record that cannot be read), 2 bad command "
        "line."_s);
    parser.addPositionalArgument(u"check"_s, u"The action."_s);
    parser.addPositionalArgument(u"RECORD"_s, u"Written records."_s, u"RECORD..."_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption eventsOut(u"events-out"_s, u"Write the rule events to FILE."_s,
                                       u"FILE"_s);
    const QCommandLineOption recording(u"recording"_s,
                                       u"The recording's real span for a record (repeatable)."_s,
                                       u"RECORD=FROM/UNTIL"_s);
    const QCommandLineOption summons(u"summons"_s,
                                     u"The summons' (传唤证) window for a record (repeatable)."_s,
                                     u"RECORD=FROM/UNTIL"_s);
    const QCommandLineOption summonsHours(u"summons-hours"_s,
                                          u"The longest summons allowed: 12 (default) or 24."_s,
                                          u"HOURS"_s, u"12"_s);
    parser.addOptions({json, eventsOut, recording, summons, summonsHours});
    if (const int code = parseCommandLine(parser, arguments, u"record check RECORD... [--json]"_s);
        code >= 0)
        return code;
    QStringList files = parser.positionalArguments();
    files.removeFirst();
    if (files.isEmpty()) {
        printError(u"record check needs at least one record."_s);
        return ExitUsage;
    }
    Review::RecordChecks::Thresholds thresholds;
    bool ok = false;
    const int hours = parser.value(summonsHours).toInt(&ok);
    if (!ok || (hours != 12 && hours != 24)) {
        printError(u"--summons-hours is 12 or 24 (the law allows no other)."_s);
        return ExitUsage;
    }
    thresholds.summonsMs = qint64(hours) * 3600 * 1000;
    QHash<QString, std::pair<QDateTime, QDateTime>> recordings, summonses;
    if (!windows(parser.values(recording), &recordings, u"recording"_s) ||
        !windows(parser.values(summons), &summonses, u"summons"_s))
        return ExitUsage;
    if (parser.isSet(eventsOut)) {
        if (auto target = BoundedFile::checkTarget(parser.value(eventsOut)); !target) {
            printError(target.error().text());
            return ExitFailure;
        }
    }

    QList<Review::CheckedRecord> records;
    bool unreadable = false;
    for (const QString &file : std::as_const(files)) {
        const auto text = Review::DocumentText::read(file);
        if (!text) {
            printError(text.error().text());
            unreadable = true;
            continue;
        }
        Review::CheckedRecord r;
        r.name = QFileInfo(file).fileName();
        r.id = Sha256::hex(text->text.toUtf8()).left(16);
        r.record = Review::WrittenRecord::parse(text->text);
        for (const QString &key : {file, r.name}) {
            if (recordings.contains(key))
                std::tie(r.recordingStart, r.recordingEnd) = recordings.value(key);
            if (summonses.contains(key))
                std::tie(r.summonsFrom, r.summonsUntil) = summonses.value(key);
        }
        records.append(r);
    }
    const auto between = Review::RecordChecks::crossCheck(records, thresholds);
    QJsonArray out;
    QByteArray events;
    int findingsCount = 0;
    QString table;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Review::CheckedRecord &r : std::as_const(records)) {
        QList<Review::RecordFinding> findings = Review::RecordChecks::check(r, thresholds);
        findings += between.value(r.id);
        findingsCount += int(findings.size());
        QJsonArray list;
        table += u"%1 (%2, %3 pairs): %4\n"_s.arg(r.name, r.record.header.subject)
                     .arg(r.record.pairs.size())
                     .arg(findings.isEmpty() ? u"no finding"_s
                                             : u"%1 finding(s)"_s.arg(findings.size()));
        for (const Review::RecordFinding &f : std::as_const(findings)) {
            list.append(findingJson(f));
            table += u"  %1  %2\n"_s.arg(f.code, -16).arg(f.message);
        }
        out.append(QJsonObject{{u"record"_s, r.name},
                               {u"id"_s, r.id},
                               {u"subject"_s, r.record.header.subject},
                               {u"pairs"_s, int(r.record.pairs.size())},
                               {u"findings"_s, list}});
        const RuleEvent event = Review::RecordChecks::event(r, findings, now);
        events += QJsonDocument(QJsonObject{{u"type"_s, event.type},
                                            {u"time"_s, event.timeMs},
                                            {u"subject"_s, event.subject}})
                      .toJson(QJsonDocument::Compact) +
                  '\n';
    }
    if (parser.isSet(eventsOut)) {
        QSaveFile file(parser.value(eventsOut));
        if (!file.open(QIODevice::WriteOnly) || file.write(events) != events.size() ||
            !file.commit()) {
            printError(
                u"%1 cannot be written: %2"_s.arg(parser.value(eventsOut), file.errorString()));
            return ExitFailure;
        }
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(table.trimmed());
    return findingsCount == 0 && !unreadable ? ExitOk : ExitFailure;
}

int dispatch(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"check"_s || action == u"--help"_s || action == u"-h"_s || action.isEmpty()) {
        if (action.isEmpty()) {
            printError(u"record: give an action: check. Run `jiandu-cli record check --help`."_s);
            return ExitUsage;
        }
        return check(arguments);
    }
    printError(u"record: unknown action \"%1\"; the action is check."_s.arg(action));
    return ExitUsage;
}

} // namespace

Command recordCommand()
{
    return {u"record"_s, u"Check written records (笔录) by the seed's rules."_s, dispatch};
}

} // namespace Jiandu::Cli
