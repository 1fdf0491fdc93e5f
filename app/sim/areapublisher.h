#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRandomGenerator>
#include <QRectF>
#include <casearea/tracking/areasimulation.h>
#include <string>

struct mosquitto;

namespace Jiandu {

//! The positioning system of a case-handling area, publishing over MQTT as a vendor's
//! gateway does: one JSON position a message ({"tag", "time" in ms, "x", "y", "floor",
//! "accuracy", "battery"}). Either the area's made-up day (AreaSimulation: subjects and
//! officers room to room, a band that dies, one that jitters at a door) played in real time
//! and begun again when it ends, or a load of N tags walking in the plan's rooms at R Hz each,
//! for the live plan's benchmark. The broker may come and go: the library reconnects, what
//! could not be sent meanwhile is counted.
class AreaPublisher
{
public:
    struct Options
    {
        std::string plan;
        std::string broker = "127.0.0.1:1883";
        std::string topic = "jiandu/positions/area";
        int load = 0;    //!< tags of the load; 0: the area's day
        int rateHz = 10; //!< positions a second per tag of the load
        int seconds = 0; //!< how long; 0: until stopped
        quint32 seed = 1;
    };

    explicit AreaPublisher(Options options);
    ~AreaPublisher();

    //! Loads the plan and connects; false with \a error in words if it cannot.
    bool start(std::string *error);
    //! Publishes what is due by now; false once the time is up.
    bool tick();
    qint64 published() const { return m_published; }
    qint64 unsent() const { return m_unsent; }

private:
    void publish(const QString &tag, qint64 timeMs, QPointF at, int battery);
    void newDay(qint64 nowMs);

    Options m_options;
    CaseArea::FloorPlan m_plan;
    mosquitto *m_client = nullptr;
    QRandomGenerator m_random;
    qint64 m_startMs = 0;
    // The day played: its fixes shifted by m_shiftMs to now.
    CaseArea::AreaSimulation::Day m_day;
    qsizetype m_next = 0;
    qint64 m_shiftMs = 0;
    quint32 m_round = 0;
    // The load: each tag in its room, where it is, and when it is next due.
    struct Walker
    {
        QString tag;
        QRectF room;
        QPointF at;
        qint64 dueMs = 0;
    };
    QList<Walker> m_walkers;
    qint64 m_published = 0;
    qint64 m_unsent = 0;
};

} // namespace Jiandu
