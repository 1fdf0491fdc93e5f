#include "instruction.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {

using State = Instruction::State;

//! A time in ms from JSON, or 0 (refused later) when it is none a record can carry.
qint64 millis(const QJsonValue &v)
{
    const double d = v.toDouble();
    return std::isfinite(d) && d > 0 && d < 4.1e12 ? qint64(d) : 0;
}

//! What may follow what, for an instruction and for a briefing (only received).
bool allowed(Instruction::Kind kind, State from, State to)
{
    if (kind == Instruction::Kind::Briefing)
        return from == State::Sent && to == State::Received;
    switch (from) {
    case State::Sent:
        return to == State::Received || to == State::Accepted || to == State::Refused;
    case State::Received:
        return to == State::Accepted || to == State::Refused;
    case State::Accepted:
        return to == State::Arrived || to == State::Done;
    case State::Arrived:
        return to == State::Done;
    default:
        return false;
    }
}

} // namespace

QString Instruction::stateName(State state)
{
    switch (state) {
    case State::Sent:
        return u"sent"_s;
    case State::Received:
        return u"received"_s;
    case State::Accepted:
        return u"accepted"_s;
    case State::Refused:
        return u"refused"_s;
    case State::Arrived:
        return u"arrived"_s;
    case State::Done:
        return u"done"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    case State::Invalid:
        break;
    }
    return {};
}

Instruction::State Instruction::stateFromName(const QString &name)
{
    for (State s : {State::Sent, State::Received, State::Accepted, State::Refused, State::Arrived,
                    State::Done, State::Cancelled})
        if (stateName(s) == name)
            return s;
    return State::Invalid;
}

Result<Instruction> Instruction::create(Kind kind, const QString &title, const QString &body,
                                        const QStringList &recipients, const QString &issuedBy,
                                        qint64 atMs, const QString &incident)
{
    if (kind == Kind::Invalid)
        return Error{tr("Say whether this is an instruction or a briefing."), {}, u"invalid"_s};
    if (title.trimmed().isEmpty())
        return Error{tr("The instruction needs a title saying what to do."), {}, u"invalid"_s};
    if (title.size() > 200 || body.size() > kMaxTextChars)
        return Error{tr("The instruction is too long (title up to 200 characters, text up to "
                        "%1).")
                         .arg(kMaxTextChars),
                     {},
                     u"invalid"_s};
    if (recipients.size() > 4 * kMaxRecipients)
        return Error{tr("An instruction goes to at most %1 recipients.").arg(kMaxRecipients),
                     {},
                     u"invalid"_s};
    QStringList unique;
    QSet<QString> seen;
    for (const QString &r : recipients) {
        const QString name = r.trimmed();
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            unique << name;
        }
    }
    if (unique.isEmpty())
        return Error{tr("Choose at least one officer or unit to send it to."), {}, u"invalid"_s};
    if (unique.size() > kMaxRecipients)
        return Error{tr("An instruction goes to at most %1 recipients.").arg(kMaxRecipients),
                     {},
                     u"invalid"_s};
    if (issuedBy.trimmed().isEmpty() || atMs <= 0)
        return Error{tr("The instruction must say who sent it and when."), {}, u"invalid"_s};
    Instruction i;
    i.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    i.kind = kind;
    i.title = title.trimmed();
    i.body = body;
    i.incident = incident;
    i.issuedBy = issuedBy;
    i.issuedMs = atMs;
    for (const QString &r : std::as_const(unique))
        i.tracks.append({r, {Step{State::Sent, atMs, issuedBy, {}, {}, {}}}});
    return i;
}

Result<void> Instruction::advance(const QString &recipient, const Step &step)
{
    const auto track = std::find_if(tracks.begin(), tracks.end(),
                                    [&](const Track &t) { return t.recipient == recipient; });
    if (track == tracks.end())
        return Error{tr("%1 was not sent this instruction.").arg(recipient), {}, u"unknown"_s};
    const State from = track->state();
    if (!allowed(kind, from, step.state))
        return Error{tr("%1 cannot go from %2 to %3.")
                         .arg(recipient, stateName(from), stateName(step.state)),
                     {},
                     u"refused"_s};
    if (step.atMs < track->steps.constLast().atMs)
        return Error{tr("A step cannot come before the one it follows."), {}, u"refused"_s};
    if (step.state == State::Refused && step.note.trimmed().isEmpty())
        return Error{tr("Say why the instruction is refused."), {}, u"refused"_s};
    if (step.state == State::Done && step.note.trimmed().isEmpty())
        return Error{tr("Say what was done (the feedback)."), {}, u"refused"_s};
    if (step.note.size() > kMaxTextChars || step.photos.size() > 20)
        return Error{
            tr("The feedback is too long (up to %1 characters and 20 photos).").arg(kMaxTextChars),
            {},
            u"refused"_s};
    // A photo is named by the SHA-256 of its content (64 lower-case hex digits), nothing else.
    for (const QString &photo : step.photos) {
        if (photo.size() != 64 || !std::all_of(photo.cbegin(), photo.cend(), [](QChar c) {
                return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
            }))
            return Error{
                tr("A photo of the feedback is not named by its SHA-256."), {}, u"refused"_s};
    }
    if (step.where && (!std::isfinite(step.where->lat) || std::abs(step.where->lat) > 90 ||
                       !std::isfinite(step.where->lon) || std::abs(step.where->lon) > 180))
        return Error{tr("The position given is not on Earth."), {}, u"refused"_s};
    track->steps.append(step);
    return {};
}

Result<void> Instruction::cancel(const QString &actor, qint64 atMs, const QString &reason)
{
    if (actor != issuedBy)
        return Error{tr("Only %1, who sent it, can cancel the instruction.").arg(issuedBy),
                     {},
                     u"refused"_s};
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the instruction is cancelled."), {}, u"refused"_s};
    bool any = false;
    for (Track &t : tracks) {
        const State s = t.state();
        if (s == State::Done || s == State::Refused || s == State::Cancelled)
            continue;
        if (atMs < t.steps.constLast().atMs)
            return Error{tr("A step cannot come before the one it follows."), {}, u"refused"_s};
        t.steps.append({State::Cancelled, atMs, actor, reason, {}, {}});
        any = true;
    }
    if (!any)
        return Error{
            tr("Nothing is left to cancel: every recipient has finished."), {}, u"refused"_s};
    return {};
}

bool Instruction::isClosed() const
{
    return std::all_of(tracks.cbegin(), tracks.cend(), [this](const Track &t) {
        const State s = t.state();
        return s == State::Done || s == State::Refused || s == State::Cancelled ||
               (kind == Kind::Briefing && s == State::Received);
    });
}

qint64 Instruction::responseMs(const QString &recipient) const
{
    for (const Track &t : tracks) {
        if (t.recipient != recipient)
            continue;
        for (const Step &s : t.steps)
            if (s.state == State::Accepted)
                return s.atMs - t.steps.constFirst().atMs;
    }
    return -1;
}

QJsonObject Instruction::stepToJson(const Step &s)
{
    QJsonObject o{{u"state"_s, stateName(s.state)}, {u"atMs"_s, s.atMs}, {u"actor"_s, s.actor}};
    if (!s.note.isEmpty())
        o.insert(u"note"_s, s.note);
    if (!s.photos.isEmpty())
        o.insert(u"photos"_s, QJsonArray::fromStringList(s.photos));
    if (s.where)
        o.insert(u"where"_s, QJsonArray{s.where->lat, s.where->lon});
    return o;
}

Instruction::Step Instruction::stepFromJson(const QJsonObject &json)
{
    Step step{stateFromName(json.value(u"state"_s).toString()),
              millis(json.value(u"atMs"_s)),
              json.value(u"actor"_s).toString(),
              json.value(u"note"_s).toString(),
              {},
              {}};
    for (const QJsonValue &p : json.value(u"photos"_s).toArray())
        step.photos << p.toString();
    if (const QJsonArray w = json.value(u"where"_s).toArray(); w.size() == 2)
        step.where = LatLon{w[0].toDouble(), w[1].toDouble()};
    return step;
}

QJsonObject Instruction::toJson() const
{
    QJsonArray trackArray;
    for (const Track &t : tracks) {
        QJsonArray steps;
        for (const Step &s : t.steps)
            steps.append(stepToJson(s));
        trackArray.append(QJsonObject{{u"recipient"_s, t.recipient}, {u"steps"_s, steps}});
    }
    return {{u"uid"_s, uid},
            {u"kind"_s, kind == Kind::Briefing ? u"briefing"_s : u"instruction"_s},
            {u"title"_s, title},
            {u"body"_s, body},
            {u"incident"_s, incident},
            {u"unit"_s, unit},
            {u"issuedBy"_s, issuedBy},
            {u"issuedMs"_s, issuedMs},
            {u"tracks"_s, trackArray}};
}

Result<Instruction> Instruction::fromJson(const QJsonObject &json)
{
    const QString kindName = json.value(u"kind"_s).toString();
    const Kind kind = kindName == u"briefing"_s      ? Kind::Briefing
                      : kindName == u"instruction"_s ? Kind::Instruction
                                                     : Kind::Invalid;
    QStringList recipients;
    for (const QJsonValue &t : json.value(u"tracks"_s).toArray())
        recipients << t.toObject().value(u"recipient"_s).toString();
    auto made = create(kind, json.value(u"title"_s).toString(), json.value(u"body"_s).toString(),
                       recipients, json.value(u"issuedBy"_s).toString(),
                       millis(json.value(u"issuedMs"_s)), json.value(u"incident"_s).toString());
    if (!made)
        return made.error();
    Instruction i = std::move(made).value();
    i.uid = json.value(u"uid"_s).toString(i.uid);
    i.unit = json.value(u"unit"_s).toString();
    // Each recorded step is replayed through the workflow: a tampered history is refused.
    for (const QJsonValue &tv : json.value(u"tracks"_s).toArray()) {
        const QJsonObject t = tv.toObject();
        const QString recipient = t.value(u"recipient"_s).toString();
        const QJsonArray steps = t.value(u"steps"_s).toArray();
        for (qsizetype k = 1; k < steps.size(); ++k) {
            const Step step = stepFromJson(steps[k].toObject());
            Result<void> applied;
            if (step.state == State::Cancelled) {
                // A cancellation read back passes the same checks as one made now.
                auto track = std::find_if(i.tracks.begin(), i.tracks.end(), [&](const Track &tr) {
                    return tr.recipient == recipient;
                });
                const State now = track == i.tracks.end() ? State::Invalid : track->state();
                if (track == i.tracks.end() || step.actor != i.issuedBy ||
                    step.note.trimmed().isEmpty() || step.note.size() > kMaxTextChars ||
                    !step.photos.isEmpty() || now == State::Done || now == State::Refused ||
                    now == State::Cancelled || step.atMs < track->steps.constLast().atMs)
                    return Error{tr("The instruction's record is damaged."), {}, u"damaged"_s};
                track->steps.append(step);
            } else {
                applied = i.advance(recipient, step);
            }
            if (!applied)
                return Error{
                    tr("The instruction's record is damaged: %1").arg(applied.error().message),
                    {},
                    u"damaged"_s};
        }
    }
    return i;
}

} // namespace Jiandu::CommandMap
