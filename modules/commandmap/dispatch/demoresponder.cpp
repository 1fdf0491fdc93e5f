#include "demoresponder.h"

#include "dispatchservice.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {
using State = Instruction::State;

//! A number in [lo, hi] that stays the same for the same instruction, recipient and step.
qint64 pace(const Instruction &i, const QString &recipient, State next, qint64 lo, qint64 hi)
{
    const size_t h = qHash(i.uid + u'/' + recipient + u'/' + Instruction::stateName(next));
    return lo + qint64(h % size_t(hi - lo + 1));
}
} // namespace

DemoResponder::DemoResponder(DispatchService &service, std::function<bool(const QString &)> answers,
                             std::function<std::optional<LatLon>(const QString &)> whereIs,
                             QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_answers(std::move(answers))
    , m_whereIs(std::move(whereIs))
{
    connect(&m_service, &DispatchService::instructionsChanged, this, &DemoResponder::reload);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DemoResponder::answerDue);
    m_tick.start();
    reload();
}

std::optional<Instruction::Step> DemoResponder::nextStep(const Instruction &i,
                                                         const QString &recipient)
{
    const auto track =
        std::find_if(i.tracks.cbegin(), i.tracks.cend(),
                     [&](const Instruction::Track &t) { return t.recipient == recipient; });
    if (track == i.tracks.cend() || track->steps.isEmpty())
        return std::nullopt;
    const qint64 last = track->steps.constLast().atMs;
    const auto step = [&](State next, qint64 lo, qint64 hi, const QString &note = {}) {
        return Instruction::Step{next, last + pace(i, recipient, next, lo, hi), recipient, note, {},
                                 {}};
    };
    switch (track->state()) {
    case State::Sent:
        return step(State::Received, 2'000, 5'000);
    case State::Received:
        if (i.kind == Instruction::Kind::Briefing)
            return std::nullopt;
        // One recipient in ten is busy elsewhere and says so.
        if (qHash(i.uid + recipient) % 10 == 0)
            return step(State::Refused, 4'000, 9'000,
                        QCoreApplication::translate("Jiandu::CommandMap::DemoResponder",
                                                    "Handling another incident, cannot go."));
        return step(State::Accepted, 4'000, 9'000);
    case State::Accepted:
        return step(State::Arrived, 30'000, 90'000);
    case State::Arrived:
        return step(State::Done, 40'000, 120'000,
                    QCoreApplication::translate("Jiandu::CommandMap::DemoResponder",
                                                "On the scene and dealt with; order restored."));
    default:
        return std::nullopt;
    }
}

void DemoResponder::reload()
{
    m_service.load(this, [this](Result<QList<KeptInstruction>> kept) {
        if (!kept)
            return;
        m_open.clear();
        for (const KeptInstruction &k : std::as_const(*kept))
            if (!k.instruction.isClosed())
                m_open.append(k.instruction);
    });
}

void DemoResponder::answerDue()
{
    if (m_busy)
        return;
    const qint64 now = m_service.nowMs();
    for (const Instruction &i : std::as_const(m_open)) {
        for (const Instruction::Track &t : i.tracks) {
            if (!m_answers(t.recipient))
                continue;
            auto next = nextStep(i, t.recipient);
            if (!next || next->atMs > now)
                continue;
            if (next->state == State::Arrived || next->state == State::Done)
                next->where = m_whereIs(t.recipient);
            // One answer at a time: the next tick sees the instruction as it was kept.
            m_busy = true;
            // The simulated terminal's answer is kept here only: a real one reaches the
            // workstation through the central service.
            m_service.record(
                i.uid, t.recipient, *next, this,
                [this](Result<Instruction> kept) {
                    m_busy = false;
                    if (!kept)
                        qWarning("commandmap: a simulated answer was not kept: %s",
                                 qPrintable(kept.error().message));
                },
                InstructionRepository::Sharing::KeepHere);
            return;
        }
    }
}

} // namespace Jiandu::CommandMap
