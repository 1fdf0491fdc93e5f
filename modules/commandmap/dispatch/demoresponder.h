#pragma once

#include "instruction.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace Jiandu::CommandMap {

class DispatchService;
struct KeptInstruction;

//! On the demo site, the simulated officers and leaders answer what is sent to them as their
//! terminals would: received within seconds, accepted (or, now and then, refused with a
//! reason), arrived, done with feedback where they are. Each recipient's pace follows from
//! the instruction and the recipient, so a run is repeatable.
class DemoResponder final : public QObject
{
    Q_OBJECT

public:
    //! \a answers: whether a recipient is one of the simulated; \a whereIs: their position.
    DemoResponder(DispatchService &service, std::function<bool(const QString &)> answers,
                  std::function<std::optional<LatLon>(const QString &)> whereIs,
                  QObject *parent = nullptr);

    //! The step \a recipient takes next on \a instruction, and when; none when they are done.
    static std::optional<Instruction::Step> nextStep(const Instruction &instruction,
                                                     const QString &recipient);

private:
    void reload();
    void answerDue();

    DispatchService &m_service;
    std::function<bool(const QString &)> m_answers;
    std::function<std::optional<LatLon>(const QString &)> m_whereIs;
    QList<Instruction> m_open;
    QTimer m_tick;
    bool m_busy = false;
};

} // namespace Jiandu::CommandMap
