#include "staydocuments.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {
QString when(qint64 ms)
{
    return ms < 0 ? u"____年__月__日__时__分"_s
                  : QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy年MM月dd日 HH时mm分"_s);
}

QString cell(const QString &text)
{
    return text.isEmpty() ? u"&nbsp;"_s : text.toHtmlEscaped();
}

//! A table of label/value pairs, two pairs a row.
QString facts(const QList<std::pair<QString, QString>> &pairs)
{
    QString html = u"<table width=\"100%\" cellspacing=\"0\">"_s;
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        html += u"<tr><th width=\"16%\">%1</th><td width=\"34%\">%2</td>"_s.arg(
            pairs[i].first, cell(pairs[i].second));
        if (i + 1 < pairs.size())
            html += u"<th width=\"16%\">%1</th><td width=\"34%\">%2</td>"_s.arg(
                pairs[i + 1].first, cell(pairs[i + 1].second));
        else
            html += u"<th></th><td></td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

const JourneyStep *lastStep(const Stay &stay, const QString &kind)
{
    for (auto it = stay.steps.crbegin(); it != stay.steps.crend(); ++it) {
        if (it->kind == kind)
            return &*it;
    }
    return nullptr;
}

QString signatures(const QStringList &who)
{
    QString html = u"<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\"><tr>"_s;
    for (const QString &w : who)
        html += u"<td style=\"border: none\">%1（签名）：______________</td>"_s.arg(w);
    return html + u"</tr></table>"_s;
}

QString identity(const Stay &stay)
{
    return facts(
        {{u"姓名"_s, stay.name},
         {u"性别"_s, stay.gender},
         {u"身份证号"_s, stay.idCard.isEmpty() ? stay.description : stay.idCard},
         {u"出生日期"_s,
          stay.birthDate.isValid() ? stay.birthDate.toString(u"yyyy年MM月dd日"_s) : QString()},
         {u"入区编号"_s, stay.personId},
         {u"手环编号"_s, stay.tag},
         {u"案件编号"_s, stay.caseNo},
         {u"警情编号"_s, stay.incidentNo},
         {u"入区原因"_s, stay.reason},
         {u"特殊人员"_s, stay.categories.join(u"、"_s)}});
}
} // namespace

QList<StayDocuments::Kind> StayDocuments::available(const Stay &stay)
{
    QList<Kind> kinds{Kind::EntryVoucher, Kind::UsageRegister};
    if (stay.safetyCheckMs >= 0)
        kinds.append(Kind::SafetyCheckRecord);
    if (!stay.belongings.isEmpty())
        kinds.append(Kind::BelongingsList);
    if (lastStep(stay, u"area.temporarily-left"_s))
        kinds.append(Kind::EscortApproval);
    if (!stay.inArea())
        kinds.append(Kind::ExitVoucher);
    return kinds;
}

QString StayDocuments::title(Kind kind)
{
    switch (kind) {
    case Kind::UsageRegister:
        return u"办案区使用情况登记表"_s;
    case Kind::SafetyCheckRecord:
        return u"人身检查笔录"_s;
    case Kind::BelongingsList:
        return u"随身物品代保管清单"_s;
    case Kind::EscortApproval:
        return u"押解嫌疑人审批表"_s;
    case Kind::EntryVoucher:
        return u"入区凭证"_s;
    case Kind::ExitVoucher:
        return u"出区凭证"_s;
    }
    return {};
}

QString StayDocuments::html(Kind kind, const Stay &stay, const QString &area,
                            const QString &printedBy, qint64 printedMs)
{
    QString html = u"<h1>%1</h1><p>办案区：%2　　单位：%3</p>"_s.arg(
        title(kind), area.toHtmlEscaped(), stay.unit.toHtmlEscaped());
    switch (kind) {
    case Kind::EntryVoucher:
        html += identity(stay);
        html += u"<p>入区时间：%1　　带入民警：%2</p>"_s.arg(when(stay.enteredMs),
                                                             stay.escort.toHtmlEscaped());
        html += signatures({u"被带入人"_s, u"办案民警"_s, u"登记民警"_s});
        break;
    case Kind::ExitVoucher:
        html += identity(stay);
        html += u"<p>入区时间：%1</p><p>出区时间：%2</p><p>出区原因：%3　　去向：%4</p>"_s.arg(
            when(stay.enteredMs), when(stay.leftMs), stay.leftReason.toHtmlEscaped(),
            stay.destination.toHtmlEscaped());
        html += u"<p>随身物品：%1</p>"_s.arg(
            stay.held().isEmpty() ? u"已全部处置"_s : u"尚有%1件未领取"_s.arg(stay.held().size()));
        html += signatures({u"出区人"_s, u"办案民警"_s, u"值班民警"_s});
        break;
    case Kind::UsageRegister: {
        html += identity(stay);
        html += u"<h2>办理环节</h2><table width=\"100%\" cellspacing=\"0\">"
                "<tr><th>时间</th><th>环节</th><th>办理人</th><th>情况</th></tr>"_s;
        static const QHash<QString, QString> names{{u"area.entered"_s, u"入区登记"_s},
                                                   {u"safetycheck.done"_s, u"人身安全检查"_s},
                                                   {u"belongings.registered"_s, u"随身物品登记"_s},
                                                   {u"infocollection.done"_s, u"信息采集"_s},
                                                   {u"drugtest.done"_s, u"吸毒检测"_s},
                                                   {u"case.linked"_s, u"人案关联"_s},
                                                   {u"area.temporarily-left"_s, u"临时离开"_s},
                                                   {u"area.returned"_s, u"返回"_s},
                                                   {u"belongings.returned"_s, u"物品处置"_s},
                                                   {u"area.left"_s, u"出区注销"_s}};
        for (const JourneyStep &step : stay.steps) {
            QStringList said;
            for (const QString &key : {u"reason"_s, u"result"_s, u"disposal"_s, u"injuries"_s,
                                       u"approvedBy"_s, u"destination"_s, u"caseNo"_s}) {
                const QString value = step.body.value(key).toString();
                if (!value.isEmpty() && step.kind != u"area.entered"_s)
                    said.append(value);
            }
            for (const QJsonValue &item : step.body.value(u"items"_s).toArray())
                said.append(item.isObject() ? item.toObject().value(u"name"_s).toString()
                                            : item.toString());
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                when(step.atMs), names.value(step.kind, step.kind), cell(step.operatorName),
                cell(said.join(u"、"_s)));
        }
        html += u"</table>"_s;
        html += signatures({u"值班民警"_s, u"办案区管理员"_s});
        break;
    }
    case Kind::SafetyCheckRecord: {
        const JourneyStep *check = lastStep(stay, u"safetycheck.done"_s);
        const QJsonObject body = check ? check->body : QJsonObject{};
        html +=
            u"<p>时间：%1</p><p>地点：%2人身安全检查室</p><p>检查人：%3　　记录人：%4</p>"_s.arg(
                when(check ? check->atMs : -1), area.toHtmlEscaped(),
                body.value(u"checkedBy"_s).toString().toHtmlEscaped(),
                check ? check->operatorName.toHtmlEscaped() : QString());
        html += identity(stay);
        const QString injuries = body.value(u"injuries"_s).toString();
        html +=
            u"<h2>检查情况</h2><p>体表伤情：%1</p><p>携带物品：%2</p><p>被检查人陈述：%3</p>"_s.arg(
                injuries.isEmpty() ? u"未发现明显伤情"_s : injuries.toHtmlEscaped(),
                cell(body.value(u"carried"_s).toString()),
                cell(body.value(u"statement"_s).toString()));
        html += signatures({u"被检查人"_s, u"检查人"_s, u"见证人"_s});
        break;
    }
    case Kind::BelongingsList: {
        html += identity(stay);
        html += u"<h2>物品清单</h2><table width=\"100%\" cellspacing=\"0\"><tr><th>编号</th>"
                "<th>名称</th><th>类别</th><th>数量</th><th>存放位置</th><th>备注</th>"
                "<th>处置</th></tr>"_s;
        for (const Belonging &item : stay.belongings) {
            html +=
                u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                "<td>%7</td></tr>"_s.arg(item.id, cell(item.name), item.kind)
                    .arg(item.count)
                    .arg(cell(item.cabinet), cell(item.note),
                         item.held
                             ? u"在保管"_s
                             : (item.disposal + u" "_s + when(item.disposedMs)).toHtmlEscaped());
        }
        html += u"</table>"_s;
        html += signatures({u"物品持有人"_s, u"保管民警"_s, u"领取人"_s});
        break;
    }
    case Kind::EscortApproval: {
        const JourneyStep *leave = lastStep(stay, u"area.temporarily-left"_s);
        const QJsonObject body = leave ? leave->body : QJsonObject{};
        html += identity(stay);
        html += u"<p>押解事由：%1</p><p>押解民警：%2</p><p>离开时间：%3</p><p>批准人：%4</p>"_s.arg(
            cell(body.value(u"reason"_s).toString()), cell(body.value(u"escort"_s).toString()),
            when(leave ? leave->atMs : -1), cell(body.value(u"approvedBy"_s).toString()));
        html += signatures({u"办案民警"_s, u"所领导"_s});
        break;
    }
    }
    html += u"<p style=\"font-size: 8pt; color: #555\">%1 打印于 %2</p>"_s.arg(
        printedBy.toHtmlEscaped(), when(printedMs));
    return html;
}

} // namespace Jiandu::CaseArea
