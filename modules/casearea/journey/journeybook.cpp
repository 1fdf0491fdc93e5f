#include "journeybook.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {
QString text(const QJsonObject &body, const QString &key)
{
    return body.value(key).toString().trimmed();
}

QStringList texts(const QJsonObject &body, const QString &key)
{
    QStringList list;
    for (const QJsonValue &value : body.value(key).toArray()) {
        const QString item = value.toString().trimmed();
        if (!item.isEmpty() && !list.contains(item))
            list.append(item);
    }
    return list;
}

Error refused(const QString &message, const QString &code)
{
    return Error{message, {}, code};
}

// Counts as a desk would write them; a number beyond it is a typing mistake.
constexpr int MaximumCount = 9999;
} // namespace

const QStringList &JourneyBook::specialCategories()
{
    static const QStringList all{
        u"未成年人员"_s, u"高龄人员"_s,     u"两怀妇女"_s,   u"患病人员"_s, u"醉酒人员"_s,
        u"吸毒人员"_s,   u"疑似精神病人"_s, u"艾滋病人员"_s, u"非访人员"_s, u"八类重案人员"_s};
    return all;
}

const QStringList &JourneyBook::belongingKinds()
{
    static const QStringList all{u"随身物品"_s, u"涉案物品"_s};
    return all;
}

const QStringList &JourneyBook::drugTestResults()
{
    static const QStringList all{u"阴性"_s, u"阳性"_s, u"拒绝检测"_s};
    return all;
}

QStringList JourneyBook::derivedCategories(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid())
        return {};
    IdentityCard card;
    card.birthDate = birthDate;
    const int age = card.ageOn(day);
    if (age < 18)
        return {u"未成年人员"_s};
    if (age >= 70)
        return {u"高龄人员"_s};
    return {};
}

JourneyBook JourneyBook::rebuilt(const QList<JourneyStep> &steps, qint64 beforeMs)
{
    JourneyBook book;
    for (const JourneyStep &step : steps) {
        if (step.atMs < beforeMs)
            (void)book.apply(step);
    }
    return book;
}

const Stay *JourneyBook::stay(const QString &uid) const
{
    const auto it = m_stays.constFind(uid);
    return it == m_stays.cend() ? nullptr : &*it;
}

const Stay *JourneyBook::stayWithTag(const QString &tag) const
{
    for (const Stay &stay : m_stays) {
        if (stay.inArea() && stay.tag == tag)
            return &stay;
    }
    return nullptr;
}

void JourneyBook::forgetEndedBefore(qint64 ms)
{
    m_stays.removeIf(
        [ms](const auto &it) { return !it.value().inArea() && it.value().leftMs < ms; });
}

Result<void> JourneyBook::checkTagFree(const QString &tag) const
{
    if (tag.isEmpty())
        return refused(tr("Bind a wristband or card: its number is empty."), u"tag"_s);
    if (const Stay *holder = stayWithTag(tag))
        return refused(
            tr("Tag %1 is bound to %2, who is still in the area.").arg(tag, holder->name),
            u"tag-bound"_s);
    if (m_officerCards.contains(tag))
        return refused(tr("Tag %1 is the card of officer %2.").arg(tag, m_officerCards.value(tag)),
                       u"tag-bound"_s);
    return {};
}

RuleEvent JourneyBook::event(const Stay &stay, const JourneyStep &step, QJsonObject extra)
{
    QJsonObject subject = stay.identity();
    if (!step.operatorName.isEmpty())
        subject.insert(u"operator"_s, step.operatorName);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        subject.insert(it.key(), it.value());
    return RuleEvent{step.kind, step.atMs, subject};
}

Result<QList<RuleEvent>> JourneyBook::apply(const JourneyStep &step)
{
    if (step.uid.isEmpty())
        return refused(tr("The step has no id."), u"format"_s);
    if (step.kind == u"area.entered"_s)
        return enter(step);
    if (step.kind == u"officer.card-bound"_s) {
        const QString tag = text(step.body, u"tag"_s);
        const QString name = text(step.body, u"name"_s);
        if (name.isEmpty())
            return refused(tr("Enter the officer's name."), u"name"_s);
        if (auto free = checkTagFree(tag); !free)
            return free.error();
        m_officerCards.insert(tag, name);
        m_officerIds.insert(tag, text(step.body, u"officerId"_s));
        return QList<RuleEvent>{RuleEvent{step.kind,
                                          step.atMs,
                                          {{u"tag"_s, tag},
                                           {u"officerId"_s, text(step.body, u"officerId"_s)},
                                           {u"name"_s, name}}}};
    }
    if (step.kind == u"officer.card-unbound"_s) {
        const QString tag = text(step.body, u"tag"_s);
        if (!m_officerCards.contains(tag))
            return refused(tr("No officer holds card %1.").arg(tag), u"unknown-tag"_s);
        const QString name = m_officerCards.take(tag);
        const QString officerId = m_officerIds.take(tag);
        return QList<RuleEvent>{
            RuleEvent{step.kind,
                      step.atMs,
                      {{u"tag"_s, tag}, {u"officerId"_s, officerId}, {u"name"_s, name}}}};
    }

    auto found = m_stays.find(step.stayUid);
    if (found == m_stays.end())
        return refused(tr("No stay %1 is registered here.").arg(step.stayUid), u"unknown-stay"_s);
    Stay &stay = *found;
    if (!stay.inArea())
        return refused(
            tr("%1 was deregistered at %2; the stay is closed.")
                .arg(stay.name, QDateTime::fromMSecsSinceEpoch(stay.leftMs).toString(u"HH:mm"_s)),
            u"closed"_s);
    const QJsonObject &body = step.body;
    QJsonObject extra;

    if (step.kind == u"safetycheck.done"_s) {
        const QString injuries = text(body, u"injuries"_s);
        stay.safetyCheckMs = step.atMs;
        extra.insert(u"injuries"_s, injuries.isEmpty() ? u"无"_s : injuries);
    } else if (step.kind == u"infocollection.done"_s) {
        stay.infoCollectedMs = step.atMs;
        extra.insert(u"items"_s, QJsonArray::fromStringList(texts(body, u"items"_s)));
    } else if (step.kind == u"drugtest.done"_s) {
        const QString result = text(body, u"result"_s);
        if (!drugTestResults().contains(result))
            return refused(
                tr("Choose the drug test's result: %1.").arg(drugTestResults().join(u"、"_s)),
                u"result"_s);
        stay.drugTestMs = step.atMs;
        stay.drugTestResult = result;
        if (result == u"阳性"_s && !stay.categories.contains(u"吸毒人员"_s))
            stay.categories.append(u"吸毒人员"_s);
        extra.insert(u"result"_s, result);
    } else if (step.kind == u"case.linked"_s) {
        const QString caseNo = text(body, u"caseNo"_s);
        const QString incidentNo = text(body, u"incidentNo"_s);
        if (caseNo.isEmpty() && incidentNo.isEmpty())
            return refused(tr("Give the case number or the incident number to link."), u"case"_s);
        if (!caseNo.isEmpty())
            stay.caseNo = caseNo;
        if (!incidentNo.isEmpty())
            stay.incidentNo = incidentNo;
        extra.insert(u"caseNo"_s, stay.caseNo);
        extra.insert(u"incidentNo"_s, stay.incidentNo);
        extra.insert(u"caseLinked"_s, u"是"_s);
    } else if (step.kind == u"belongings.registered"_s) {
        const QJsonArray items = body.value(u"items"_s).toArray();
        if (items.isEmpty())
            return refused(tr("List at least one item."), u"items"_s);
        QList<Belonging> added;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            Belonging belonging;
            belonging.name = text(item, u"name"_s);
            belonging.kind = text(item, u"kind"_s);
            // Read as the number it is: 1e12 or 2.5 is a mistake, not "1".
            const double count = item.value(u"count"_s).toDouble(1);
            belonging.cabinet = text(item, u"cabinet"_s);
            belonging.note = text(item, u"note"_s);
            belonging.photos = texts(item, u"photos"_s);
            if (belonging.name.isEmpty())
                return refused(tr("Name every item."), u"items"_s);
            if (!belongingKinds().contains(belonging.kind))
                return refused(
                    tr("%1: say whether it is a personal item or evidence.").arg(belonging.name),
                    u"items"_s);
            if (!(count >= 1 && count <= MaximumCount) || count != std::floor(count))
                return refused(
                    tr("%1: a count from 1 to %2.").arg(belonging.name).arg(MaximumCount),
                    u"items"_s);
            belonging.count = int(count);
            belonging.id = QString::number(stay.belongings.size() + added.size() + 1);
            added.append(belonging);
        }
        stay.belongings += added;
        extra.insert(u"items"_s, int(added.size()));
    } else if (step.kind == u"belongings.returned"_s) {
        const QStringList ids = texts(body, u"ids"_s);
        const QString disposal = text(body, u"disposal"_s);
        if (ids.isEmpty())
            return refused(tr("Choose the items given back or handed on."), u"items"_s);
        if (disposal.isEmpty())
            return refused(tr("Say how the items leave the area's keeping (返还本人, 移交 …)."),
                           u"disposal"_s);
        for (const QString &id : ids) {
            const auto item = std::find_if(stay.belongings.cbegin(), stay.belongings.cend(),
                                           [&](const Belonging &b) { return b.id == id; });
            if (item == stay.belongings.cend())
                return refused(tr("No item %1 was registered for %2.").arg(id, stay.name),
                               u"items"_s);
            if (!item->held)
                return refused(
                    tr("%1 was already given back (%2).").arg(item->name, item->disposal),
                    u"items"_s);
        }
        for (Belonging &item : stay.belongings) {
            if (ids.contains(item.id)) {
                item.held = false;
                item.disposal = disposal;
                item.disposedMs = step.atMs;
            }
        }
        extra.insert(u"disposal"_s, disposal);
        extra.insert(u"items"_s, int(ids.size()));
    } else if (step.kind == u"area.temporarily-left"_s) {
        if (stay.away)
            return refused(tr("%1 is already out on a temporary leave.").arg(stay.name), u"away"_s);
        const QString reason = text(body, u"reason"_s);
        const QString approvedBy = text(body, u"approvedBy"_s);
        if (reason.isEmpty())
            return refused(tr("Say why %1 leaves the area (就医, 辨认现场 …).").arg(stay.name),
                           u"reason"_s);
        if (approvedBy.isEmpty())
            return refused(tr("A temporary leave needs the approving leader's name."),
                           u"approval"_s);
        stay.away = true;
        extra.insert(u"reason"_s, reason);
        extra.insert(u"approvedBy"_s, approvedBy);
    } else if (step.kind == u"area.returned"_s) {
        if (!stay.away)
            return refused(tr("%1 is not out on a temporary leave.").arg(stay.name), u"away"_s);
        stay.away = false;
    } else if (step.kind == u"area.left"_s) {
        return leave(stay, step);
    } else {
        return refused(tr("\"%1\" is not a step of a stay.").arg(step.kind), u"kind"_s);
    }
    stay.steps.append(step);
    return QList<RuleEvent>{event(stay, step, extra)};
}

Result<QList<RuleEvent>> JourneyBook::enter(const JourneyStep &step)
{
    const QJsonObject &body = step.body;
    if (step.stayUid.isEmpty() || m_stays.contains(step.stayUid))
        return refused(tr("The registration needs a new stay id."), u"format"_s);
    Stay stay;
    stay.uid = step.stayUid;
    stay.name = text(body, u"name"_s);
    stay.description = text(body, u"description"_s);
    const bool unknown = body.value(u"unknown"_s).toBool();
    const QDate today = QDateTime::fromMSecsSinceEpoch(step.atMs).date();
    if (unknown) {
        // 不明身份人员: registered by what they look like until the card is known.
        if (stay.description.isEmpty())
            return refused(tr("Describe the unknown person (sex, apparent age, build, clothes)."),
                           u"description"_s);
        if (stay.name.isEmpty())
            stay.name = tr("Unknown person");
        stay.gender = text(body, u"gender"_s);
    } else {
        if (stay.name.isEmpty())
            return refused(tr("Enter the person's name."), u"name"_s);
        auto card = IdentityCard::parse(text(body, u"idCard"_s));
        if (!card)
            return card.error();
        stay.idCard = card->number;
        stay.birthDate = card->birthDate;
        stay.age = card->ageOn(today);
        stay.gender = card->male ? u"男"_s : u"女"_s;
        for (const Stay &other : std::as_const(m_stays)) {
            if (other.inArea() && other.idCard == stay.idCard)
                return refused(
                    tr("%1 (%2) is already registered in the area since %3.")
                        .arg(other.name, other.idCard,
                             QDateTime::fromMSecsSinceEpoch(other.enteredMs).toString(u"HH:mm"_s)),
                    u"already-in"_s);
        }
    }
    stay.tag = text(body, u"tag"_s);
    if (auto free = checkTagFree(stay.tag); !free)
        return free.error();
    QStringList categories = derivedCategories(stay.birthDate, today);
    for (const QString &category : texts(body, u"categories"_s)) {
        if (!specialCategories().contains(category))
            return refused(tr("\"%1\" is not one of the special categories.").arg(category),
                           u"category"_s);
        if (!categories.contains(category))
            categories.append(category);
    }
    stay.categories = categories;
    stay.unit = text(body, u"unit"_s);
    stay.reason = text(body, u"reason"_s);
    stay.caseNo = text(body, u"caseNo"_s);
    stay.incidentNo = text(body, u"incidentNo"_s);
    stay.escort = text(body, u"escort"_s);
    stay.enteredMs = step.atMs;
    // The number the desk's papers and the inbox give the stay: the day and the stay's id.
    stay.personId = u"RQ%1%2"_s.arg(
        QDateTime::fromMSecsSinceEpoch(step.atMs).toString(u"yyyyMMdd"_s),
        QString::fromLatin1(
            QCryptographicHash::hash(stay.uid.toUtf8(), QCryptographicHash::Sha1).toHex().left(6))
            .toUpper());
    stay.steps.append(step);
    QJsonObject extra{{u"gender"_s, stay.gender},
                      {u"category"_s, QJsonArray::fromStringList(stay.categories)},
                      {u"caseLinked"_s, stay.caseLinked() ? u"是"_s : u"否"_s},
                      {u"caseNo"_s, stay.caseNo},
                      {u"incidentNo"_s, stay.incidentNo},
                      {u"reason"_s, stay.reason},
                      {u"escort"_s, stay.escort}};
    if (stay.age >= 0)
        extra.insert(u"age"_s, stay.age);
    const RuleEvent entered = event(stay, step, extra);
    m_stays.insert(stay.uid, stay);
    return QList<RuleEvent>{entered};
}

Result<QList<RuleEvent>> JourneyBook::leave(Stay &stay, const JourneyStep &step)
{
    const QString reason = text(step.body, u"reason"_s);
    if (reason.isEmpty())
        return refused(tr("Give the reason for deregistration (释放, 刑事拘留, 移交 …)."),
                       u"reason"_s);
    if (stay.away)
        return refused(
            tr("%1 is out on a temporary leave: record the return first.").arg(stay.name),
            u"away"_s);
    const QList<Belonging> held = stay.held();
    if (!held.isEmpty() && !step.body.value(u"acceptHeld"_s).toBool()) {
        QStringList names;
        for (const Belonging &item : held)
            names.append(item.count > 1 ? u"%1×%2"_s.arg(item.name).arg(item.count) : item.name);
        return Error{tr("%n item(s) of %1 are still held: %2. Give them back or hand them on "
                        "first, or deregister anyway and the inbox will say so.",
                        nullptr, int(held.size()))
                         .arg(stay.name, names.join(u"、"_s)),
                     {},
                     u"belongings-held"_s};
    }
    stay.leftMs = step.atMs;
    stay.leftReason = reason;
    stay.destination = text(step.body, u"destination"_s);
    stay.steps.append(step);
    return QList<RuleEvent>{event(stay, step,
                                  {{u"reason"_s, reason},
                                   {u"destination"_s, stay.destination},
                                   {u"belongingsReturned"_s, held.isEmpty() ? u"是"_s : u"否"_s},
                                   {u"belongingsHeld"_s, int(held.size())}})};
}

} // namespace Jiandu::CaseArea
