#pragma once

#include <QObject>
#include <rules/ruleengine.h>

namespace Jiandu {

//! The alerts module's door for events (published through IShell::addService): other
//! modules hand over what happened (a patrol done, a person entering the case area, …) and
//! the rule engine judges it on its own thread, in event-time order. Header only: a module
//! that uses it links the rules library for RuleEvent, never the alerts module.
class IEventSink
{
public:
    virtual ~IEventSink() = default;
    //! Any thread; returns at once. \a source names the sender in messages.
    virtual void submit(const QList<RuleEvent> &events, const QString &source) = 0;
};

} // namespace Jiandu

Q_DECLARE_INTERFACE(Jiandu::IEventSink, "org.jiandu.EventSink/1")
