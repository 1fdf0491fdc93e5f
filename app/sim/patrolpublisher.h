#pragma once

#include <QtGlobal>
#include <commandmap/positions/patrolsimulation.h>
#include <memory>
#include <string>

struct mosquitto;

namespace Jiandu {

//! Officers' and vehicles' positioning terminals on a site's streets (PatrolSimulation),
//! publishing over MQTT as the terminals' gateway does: one JSON position a message
//! ({"id", "kind", "unit", "lat", "lon", "time" in ms, "speed", "heading"}), each terminal at
//! R Hz, the terminals spread over the second. For the demo and the command map's benchmark.
class PatrolPublisher
{
public:
    struct Options
    {
        std::string map;
        std::string broker = "127.0.0.1:1883";
        std::string topic = "jiandu/fleet/demo";
        int officers = 40;
        int vehicles = 12;
        int rateHz = 1;
        int seconds = 0; //!< how long; 0: until stopped
        quint32 seed = 1;
    };

    explicit PatrolPublisher(Options options);
    ~PatrolPublisher();

    //! Loads the map and connects; false with \a error in words if it cannot.
    bool start(std::string *error);
    //! Publishes what is due by now; false once the time is up.
    bool tick();
    qint64 published() const { return m_published; }
    qint64 unsent() const { return m_unsent; }

private:
    Options m_options;
    std::unique_ptr<CommandMap::PatrolSimulation> m_simulation;
    mosquitto *m_client = nullptr;
    qint64 m_startMs = 0;
    qint64 m_sent = 0; //!< terminal reports due so far, counted from the start
    qint64 m_published = 0;
    qint64 m_unsent = 0;
};

} // namespace Jiandu
