#include "writtenrecord.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

//! \a line with the traditional characters of the form's words in simplified ones, one for
//! one, so that a record typed in traditional characters is read by the same patterns; the
//! values are still taken from the line as written.
QString formView(const QString &line)
{
    static const QString traditional =
        u"問詢訊記錄時間點齡別號簽單證種類碼護監戶聯繫現學歷筆傳喚達離開動內許頁"_s;
    static const QString simplified =
        u"问询讯记录时间点龄别号签单证种类码护监户联系现学历笔传唤达离开动内许页"_s;
    QString view = line;
    for (QChar &c : view) {
        const qsizetype i = traditional.indexOf(c);
        if (i >= 0)
            c = simplified[i];
    }
    return view;
}

// 问：/答： at the head of a line, however it was typed: a number before it, brackets around
// it, a full- or half-width colon or just a space after it.
const QRegularExpression &markRe()
{
    static const QRegularExpression re(
        uR"(^\s*(?:\d{1,4}\s*[.．、)）]\s*)?(?:[【\[〔（(]\s*(问|答)\s*[】\]〕）)]\s*[:：]?|(问|答)\s*[:：]|(问|答)\s+)\s*)"_s);
    return re;
}

// An answer begun on the question's own line: 问：你叫什么？答：张三。
const QRegularExpression &inlineAnswerRe()
{
    static const QRegularExpression re(
        uR"((?<=[。？?！!…\s])\s*(?:[【\[]\s*答\s*[】\]]|答\s*[:：])\s*)"_s);
    return re;
}

// Where the record's closing statement and signatures begin.
const QRegularExpression &closingRe()
{
    static const QRegularExpression re(
        uR"(^\s*(?:以上(?:笔录|内容|记录)|(?:被)?(?:询|讯)问人\s*[（(]?\s*签|记录人\s*[（(]?\s*签|翻译人\s*[（(]?\s*签|见证人\s*[（(]?\s*签|(?:法定代理人|监护人)\s*[（(]?\s*签))"_s);
    return re;
}

const QRegularExpression &pageMarkRe()
{
    static const QRegularExpression re(
        uR"(^\s*(?:第\s*\d+\s*页\s*(?:[，,/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|-\s*\d+\s*-)\s*$)"_s);
    return re;
}

const QRegularExpression &labelRe()
{
    static const QRegularExpression re(
        uR"((被询问人|被讯问人|询问人|讯问人|记录人|询问时间|讯问时间|询问地点|讯问地点|时间|地点|性别|年龄|出生日期|身份证件种类及号码|证件种类及号码|身份证件号码|公民身份号码|身份证号码|身份证号|法定代理人|监护人|合适成年人|工作单位|现住址|户籍所在地|户籍地|联系方式|文化程度|政治面貌|翻译人)\s*(?:[（(]\s*签名\s*[）)])?\s*[:：])"_s);
    return re;
}

QString cleanValue(QString value)
{
    value = value.trimmed();
    while (!value.isEmpty() && u"，,；;。 \t"_s.contains(value.back()))
        value.chop(1);
    return value.trimmed();
}

bool meaningful(const QString &value)
{
    static const QStringList none = {u"无"_s, u"/"_s,  u"／"_s, u"-"_s,
                                     u"—"_s,  u"——"_s, u"空"_s, u"没有"_s};
    return !value.isEmpty() && !none.contains(value);
}

QStringList names(const QString &value)
{
    QStringList result;
    for (const QString &part :
         value.split(QRegularExpression(uR"([、，,；;\s/]+)"_s), Qt::SkipEmptyParts))
        if (meaningful(part))
            result << part;
    return result;
}

std::optional<int> chineseCount(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok)
        return n;
    static const QString digits = u"〇一二三四五六七八九"_s;
    if (text == u"十"_s)
        return 10;
    int value = 0;
    if (text.startsWith(u'十'))
        value = 10;
    for (const QChar c : text) {
        if (c == u'十') {
            value = (value == 0 ? 1 : value) * 10;
            continue;
        }
        const qsizetype d = digits.indexOf(c);
        if (d < 0)
            return std::nullopt;
        value = (value >= 10 && value % 10 == 0) ? value + int(d) : value * 10 + int(d);
    }
    return value;
}

void readHeader(const QStringList &lines, RecordHeader &header)
{
    for (const QString &raw : lines) {
        const QString written = raw.trimmed();
        const QString line = formView(written);
        if (line.isEmpty())
            continue;
        if (header.title.isEmpty() && line.contains(u"笔录"_s) && !line.contains(u'：') &&
            !line.contains(u':'))
            header.title = written.section(QRegularExpression(uR"([（(\s])"_s), 0, 0);
        if (!header.session) {
            static const QRegularExpression sessionRe(
                uR"(第\s*([0-9〇一二三四五六七八九十]+)\s*次)"_s);
            const auto m = sessionRe.match(line);
            if (m.hasMatch())
                header.session = chineseCount(m.captured(1));
        }
        if (header.arrived.isNull() || header.left.isNull()) {
            static const QRegularExpression arrivedRe(uR"(于\s*([^，,。]*?)\s*到达)"_s);
            static const QRegularExpression leftRe(uR"([，,]\s*([^，,。于]*?)\s*离开)"_s);
            const auto a = arrivedRe.match(line);
            const auto l = leftRe.match(line);
            if (a.hasMatch())
                header.arrived = WrittenRecord::parseDateTime(a.captured(1), header.start);
            if (l.hasMatch())
                header.left = WrittenRecord::parseDateTime(
                    l.captured(1), header.arrived.isValid() ? header.arrived : header.start);
            if (a.hasMatch() || l.hasMatch()) {
                QStringList kinds;
                for (const QString &kind :
                     {u"传唤证"_s, u"口头传唤"_s, u"被扭送"_s, u"自动投案"_s, u"拘传"_s})
                    if (line.contains(kind))
                        kinds << kind;
                if (kinds.size() == 1)
                    header.summonsKind = kinds.constFirst();
            }
        }

        QList<QRegularExpressionMatch> labels;
        for (auto it = labelRe().globalMatch(line); it.hasNext();)
            labels << it.next();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QString label = labels[i].captured(1);
            const qsizetype from = labels[i].capturedEnd(0);
            const qsizetype to =
                i + 1 < labels.size() ? labels[i + 1].capturedStart(0) : line.size();
            const QString value = cleanValue(written.mid(from, to - from));
            if (label.endsWith(u"时间"_s)) {
                static const QRegularExpression untilRe(uR"(\s*(?:至|到|～|~|——|—)\s*)"_s);
                const QStringList parts = value.split(untilRe);
                header.start = WrittenRecord::parseDateTime(parts.value(0));
                if (parts.size() > 1) {
                    header.end = WrittenRecord::parseDateTime(parts.value(1), header.start);
                    // 23时40分至0时30分: the end's day is the next when it names no date.
                    static const QRegularExpression dateRe(uR"([日号年月/\-])"_s);
                    if (header.end.isValid() && header.start.isValid() &&
                        header.end < header.start && !parts.value(1).contains(dateRe))
                        header.end = header.end.addDays(1);
                }
            } else if (label.endsWith(u"地点"_s)) {
                header.place = value;
            } else if (label == u"被询问人"_s || label == u"被讯问人"_s) {
                header.subject = value;
            } else if (label == u"询问人"_s || label == u"讯问人"_s) {
                header.interviewers += names(value);
            } else if (label == u"记录人"_s) {
                header.recorders += names(value);
            } else if (label == u"性别"_s) {
                header.sex = value;
            } else if (label == u"年龄"_s) {
                static const QRegularExpression ageRe(uR"((\d{1,3}))"_s);
                const auto m = ageRe.match(value);
                if (m.hasMatch())
                    header.age = m.captured(1).toInt();
            } else if (label == u"出生日期"_s) {
                header.birthDate = WrittenRecord::parseDateTime(value + u" 0时"_s).date();
            } else if (label.contains(u"号码"_s) || label == u"身份证号"_s) {
                static const QRegularExpression idRe(uR"((\d{17}[\dXx]))"_s);
                const auto m = idRe.match(value);
                header.idNumber = m.hasMatch() ? m.captured(1).toUpper() : value;
            } else if (label == u"法定代理人"_s || label == u"监护人"_s ||
                       label == u"合适成年人"_s) {
                if (meaningful(value) && header.guardian.isEmpty())
                    header.guardian = value;
            }
        }
    }
}

} // namespace

QDateTime WrittenRecord::parseDateTime(const QString &rawText, const QDateTime &context)
{
    const QString text = rawText.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return {};
    int year = -1, month = -1, day = -1, hour = -1, minute = 0;
    static const QRegularExpression isoRe(
        uR"((\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[\sT]*(\d{1,2})\s*[:：]\s*(\d{1,2}))?)"_s);
    static const QRegularExpression cnRe(
        uR"((?:(\d{4})\s*年)?\s*(?:(\d{1,2})\s*月)?\s*(?:(\d{1,2})\s*[日号號])?\s*(?:(\d{1,2})\s*[时点時點:：]\s*(?:(\d{1,2})\s*分?)?)?)"_s);
    if (const auto m = isoRe.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
        if (m.hasCaptured(4)) {
            hour = m.captured(4).toInt();
            minute = m.captured(5).toInt();
        }
    } else {
        for (auto it = cnRe.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedLength(0) == 0)
                continue;
            if (m.hasCaptured(1))
                year = m.captured(1).toInt();
            if (m.hasCaptured(2))
                month = m.captured(2).toInt();
            if (m.hasCaptured(3))
                day = m.captured(3).toInt();
            if (m.hasCaptured(4)) {
                hour = m.captured(4).toInt();
                minute = m.hasCaptured(5) ? m.captured(5).toInt() : 0;
            }
            break;
        }
    }
    if (hour < 0 && day < 0)
        return {};
    const QDate base = context.isValid() ? context.date() : QDate();
    if (year < 0)
        year = base.isValid() ? base.year() : -1;
    if (month < 0)
        month = base.isValid() ? base.month() : -1;
    if (day < 0)
        day = base.isValid() ? base.day() : -1;
    if (hour < 0)
        hour = 0;
    const QDate date(year, month, day);
    const QTime time(hour, minute);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

WrittenRecord WrittenRecord::parse(const QString &text)
{
    WrittenRecord record;
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').replace(QChar(0x2028), u'\n');
    const QStringList lines = normalized.split(u'\n');

    QStringList head;
    enum class In { Head, Question, Answer, Closing } in = In::Head;
    QaPair current;
    bool open = false;
    auto problem = [&record](int line, const QString &code, const QString &message) {
        record.problems.append({line, code, message});
    };
    auto finish = [&]() {
        if (!open)
            return;
        current.question = current.question.trimmed();
        current.answer = current.answer.trimmed();
        if (current.question.isEmpty())
            problem(current.questionLine, u"empty-question"_s,
                    tr("Question %1 (line %2) is empty.")
                        .arg(current.number)
                        .arg(current.questionLine));
        if (current.answerLine == 0)
            problem(current.questionLine, u"question-without-answer"_s,
                    tr("Question %1 (line %2) has no answer (答：).")
                        .arg(current.number)
                        .arg(current.questionLine));
        else if (current.answer.isEmpty())
            problem(current.answerLine, u"empty-answer"_s,
                    tr("The answer to question %1 (line %2) is empty.")
                        .arg(current.number)
                        .arg(current.answerLine));
        record.pairs.append(current);
        current = {};
        open = false;
    };
    auto appendParagraph = [](QString &to, const QString &paragraph) {
        if (paragraph.isEmpty())
            return;
        if (!to.isEmpty())
            to += u'\n';
        to += paragraph;
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = lines[i].trimmed();
        const QString view = formView(line);
        if (pageMarkRe().match(view).hasMatch())
            continue;
        const auto mark = markRe().match(view);
        if (mark.hasMatch()) {
            const QString which = mark.captured(1) + mark.captured(2) + mark.captured(3);
            QString rest = line.mid(mark.capturedEnd(0)).trimmed();
            if (which == u"问"_s) {
                finish();
                open = true;
                current.number = int(record.pairs.size()) + 1;
                current.questionLine = lineNumber;
                const auto inlineAnswer = inlineAnswerRe().match(formView(rest));
                if (inlineAnswer.hasMatch()) {
                    current.question = rest.left(inlineAnswer.capturedStart(0)).trimmed();
                    current.answer = rest.mid(inlineAnswer.capturedEnd(0)).trimmed();
                    current.answerLine = lineNumber;
                    in = In::Answer;
                } else {
                    current.question = rest;
                    in = In::Question;
                }
            } else if (open && current.answerLine == 0) {
                current.answer = rest;
                current.answerLine = lineNumber;
                in = In::Answer;
            } else {
                problem(
                    lineNumber, u"answer-without-question"_s,
                    tr("Line %1 is an answer (答：) with no question before it.").arg(lineNumber));
                if (open)
                    appendParagraph(current.answer, rest); // kept with the answer before it
                in = open ? In::Answer : in;
            }
            continue;
        }
        switch (in) {
        case In::Head:
            head << line;
            break;
        case In::Question:
            appendParagraph(current.question, line);
            break;
        case In::Answer:
            if (closingRe().match(view).hasMatch()) {
                in = In::Closing;
                appendParagraph(record.closing, line);
            } else {
                appendParagraph(current.answer, line);
            }
            break;
        case In::Closing:
            appendParagraph(record.closing, line);
            break;
        }
    }
    finish();

    readHeader(head, record.header);
    const RecordHeader &h = record.header;
    if (record.pairs.isEmpty())
        problem(0, u"no-pairs"_s,
                tr("No question and answer (问：/答：) was found. Is this a written record, "
                   "and is its text readable?"));
    if (h.place.isEmpty())
        problem(0, u"missing-place"_s, tr("The record does not say where it was made (地点)."));
    if (!h.start.isValid())
        problem(0, u"missing-start"_s, tr("The record does not say when it began (时间)."));
    if (!h.end.isValid())
        problem(0, u"missing-end"_s, tr("The record does not say when it ended (时间 … 至 …)."));
    if (h.start.isValid() && h.end.isValid() && h.end < h.start)
        problem(0, u"end-before-start"_s,
                tr("The record ends (%1) before it begins (%2).")
                    .arg(h.end.toString(u"yyyy-MM-dd HH:mm"_s),
                         h.start.toString(u"yyyy-MM-dd HH:mm"_s)));
    if (h.subject.isEmpty())
        problem(0, u"missing-subject"_s,
                tr("The record does not name the person questioned (被询问人/被讯问人)."));
    if (h.interviewers.isEmpty())
        problem(0, u"missing-interviewer"_s,
                tr("The record does not name the officers who questioned (询问人/讯问人)."));
    return record;
}

} // namespace Jiandu::Review
