#include "brief.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {
QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"MM-dd HH:mm"_s);
}

QString cell(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text.toHtmlEscaped();
}

QString tableOf(const QStringList &headers, const QList<QStringList> &rows, const QString &none)
{
    if (rows.isEmpty())
        return u"<p>%1</p>"_s.arg(none);
    QString html = u"<table width=\"100%\" cellspacing=\"0\"><tr>"_s;
    for (const QString &h : headers)
        html += u"<th>%1</th>"_s.arg(h);
    html += u"</tr>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &c : row)
            html += u"<td>%1</td>"_s.arg(cell(c));
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}
} // namespace

std::pair<qint64, qint64> Brief::period(Kind kind, const QDate &day)
{
    const auto at = [](const QDate &d, int hour) {
        return QDateTime(d, QTime(hour, 0)).toMSecsSinceEpoch();
    };
    return kind == Kind::Morning ? std::pair{at(day.addDays(-1), 17), at(day, 8)}
                                 : std::pair{at(day, 8), at(day, 17)};
}

QString Brief::title(Kind kind)
{
    return kind == Kind::Morning ? u"办案区晨报"_s : u"办案区晚报"_s;
}

QString Brief::html(Kind kind, qint64 fromMs, qint64 toMs, const QList<Stay> &stays,
                    const QList<AlertRecord> &alerts, const QString &area, qint64 madeMs)
{
    QList<QStringList> entered, left, inside;
    int special = 0;
    for (const Stay &stay : stays) {
        if (stay.enteredMs >= fromMs && stay.enteredMs < toMs) {
            entered.append({when(stay.enteredMs), stay.name, stay.reason,
                            stay.caseNo.isEmpty() ? stay.incidentNo : stay.caseNo,
                            stay.categories.join(u"、"_s)});
            special += !stay.categories.isEmpty();
        }
        if (!stay.inArea() && stay.leftMs >= fromMs && stay.leftMs < toMs)
            left.append(
                {when(stay.leftMs), stay.name, stay.leftReason, stay.destination,
                 stay.held().isEmpty() ? u"已处置"_s : u"%1件未领取"_s.arg(stay.held().size())});
        // In at the end of the period: entered before it, not gone by then.
        if (stay.enteredMs < toMs && (stay.inArea() || stay.leftMs >= toMs))
            inside.append(
                {stay.name, when(stay.enteredMs),
                 QString::number((toMs - stay.enteredMs) / 3600000.0, 'f', 1) + u" 小时"_s,
                 stay.reason});
    }
    QList<QStringList> raised;
    int alarms = 0;
    int open = 0;
    for (const AlertRecord &alert : alerts) {
        const bool alarm = alert.tier == Tier::Alarm; // 报警
        alarms += alarm;
        const bool handled = alert.resolvedMs > 0 || !alert.acknowledgedBy.isEmpty();
        open += !handled;
        raised.append({when(alert.raisedMs), alarm ? u"报警"_s : u"预警"_s, alert.message,
                       alert.resolvedMs > 0 ? u"已消除"_s
                       : !alert.acknowledgedBy.isEmpty()
                           ? u"已确认（%1）"_s.arg(alert.acknowledgedBy)
                           : u"待处理"_s});
    }
    QString html = u"<h1>%1</h1><p>%2　统计时段：%3 至 %4</p>"_s.arg(
        title(kind), area.toHtmlEscaped(),
        QDateTime::fromMSecsSinceEpoch(fromMs).toString(u"yyyy年MM月dd日 HH:mm"_s),
        QDateTime::fromMSecsSinceEpoch(toMs).toString(u"yyyy年MM月dd日 HH:mm"_s));
    html += u"<p><b>入区 %1 人</b>（特殊人员 %2 人），<b>出区 %3 人</b>，时段末在区 %4 人；"
            "场所预警 %5 条（报警 %6 条），待处理 %7 条。</p>"_s.arg(entered.size())
                .arg(special)
                .arg(left.size())
                .arg(inside.size())
                .arg(alerts.size())
                .arg(alarms)
                .arg(open);
    html += u"<h2>入区人员</h2>"_s +
            tableOf({u"时间"_s, u"姓名"_s, u"入区原因"_s, u"案件/警情"_s, u"特殊人员"_s}, entered,
                    u"本时段无人员入区。"_s);
    html += u"<h2>出区人员</h2>"_s +
            tableOf({u"时间"_s, u"姓名"_s, u"出区原因"_s, u"去向"_s, u"随身物品"_s}, left,
                    u"本时段无人员出区。"_s);
    html += u"<h2>在区人员</h2>"_s + tableOf({u"姓名"_s, u"入区时间"_s, u"已在区"_s, u"入区原因"_s},
                                             inside, u"时段末无人在区。"_s);
    html += u"<h2>场所预警</h2>"_s +
            tableOf({u"时间"_s, u"级别"_s, u"内容"_s, u"处置"_s}, raised, u"本时段无场所预警。"_s);
    html += u"<p style=\"font-size: 8pt; color: #555\">生成于 %1</p>"_s.arg(
        QDateTime::fromMSecsSinceEpoch(madeMs).toString(u"yyyy年MM月dd日 HH:mm"_s));
    return html;
}

} // namespace Jiandu::CaseArea
