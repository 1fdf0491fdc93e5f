#pragma once

#include "fleetpositions.h"
#include "nmealog.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <core/result.h>

namespace Jiandu::CommandMap {

//! Where a receiver's NMEA sentences come from: a TCP address ("tcp://host:port", as a
//! vehicle's terminal or a serial-to-network converter serves them), a serial device
//! ("serial:/dev/ttyUSB0", "serial:/dev/ttyS1@9600"; 4800 baud when left out, NMEA 0183's own)
//! or a recorded log played again at the pace it was recorded ("replay:/path/patrol.nmea",
//! for training and for checking a receiver's recording on the map).
struct NmeaAddress
{
    enum class Kind { Tcp, Serial, Replay };
    Kind kind = Kind::Tcp;
    QString host;
    quint16 port = 0;
    QString device; //!< the serial device, or the log replayed
    qint32 baud = 4800;

    static Result<NmeaAddress> parse(const QString &text);
    QString toString() const;
};

//! A vehicle whose receiver speaks NMEA.
struct NmeaReceiverEntry
{
    QString id;
    NmeaAddress address;

    //! "ID=ADDRESS; ID=ADDRESS …"; an error names the entry that cannot be read.
    static Result<QList<NmeaReceiverEntry>> parseList(const QString &text);
};

//! One receiver read live: its sentences become fixes of its vehicle as they arrive. A
//! connection refused or dropped, or a device unplugged, is tried again (1 s, doubling to
//! 30 s) for as long as the source lives; the state says which it is, and a receiver that is
//! connected but gives no usable fix for a while (kSilentAfterMs) (no satellites, a wrong baud
//! rate, garbage) is Silent rather than Receiving; a TCP link over which not a byte came for
//! three such spells (dead without a reset) is dropped and connected to again. A replayed log gives
//! its fixes at their recorded intervals, moved to the present, once; then it is Silent, the log
//! ended. A log that cannot be read or holds no usable fix is Lost with the reason (not tried
//! again: the file does not change by itself).
class NmeaReceiverSource : public QObject
{
    Q_OBJECT

public:
    enum class State { Connecting, Receiving, Silent, Lost };
    Q_ENUM(State)

    static constexpr int kSilentAfterMs = 10000;
    static constexpr int kMaxRetryMs = 30000;

    //! \a maxSpeedKmh: what the vehicle cannot exceed (faster jumps are refused).
    explicit NmeaReceiverSource(NmeaReceiverEntry entry, double maxSpeedKmh = 300,
                                QObject *parent = nullptr);
    ~NmeaReceiverSource() override;
    void start();
    //! How long a connected receiver may give no usable fix before it is Silent.
    void setSilentAfterMs(int ms) { m_silence.setInterval(ms); }

    const NmeaReceiverEntry &entry() const { return m_entry; }
    State state() const { return m_state; }
    //! Why the receiver is Lost or Silent, in the words of the system or of the stream.
    const QString &detail() const { return m_detail; }
    const NmeaStream::Counts &counts() const { return m_stream.counts(); }

Q_SIGNALS:
    void fixes(const QList<FleetFix> &fixes);
    void stateChanged(State state);

private:
    void open();
    void openReplay();
    void replayNext();
    void read();
    void lose(const QString &why);
    void setState(State state, const QString &detail = {});

    NmeaReceiverEntry m_entry;
    NmeaStream m_stream;
    QPointer<QIODevice> m_device;
    QTimer m_retry;
    QTimer m_silence;
    int m_retryMs = 1000;
    int m_quietSpells = 0;      //!< silence spells in a row with not a byte received
    QList<Fix> m_replay;        //!< the log's fixes, to be given
    qsizetype m_replayed = 0;   //!< how many have been
    qint64 m_replayShiftMs = 0; //!< from the log's time to the present
    QTimer m_replayTimer;
    State m_state = State::Connecting;
    QString m_detail;
};

} // namespace Jiandu::CommandMap
