#include "nmeareceiver.h"

#include <QDateTime>
#include <QSerialPort>
#include <QTcpSocket>
#include <QUrl>
#include <core/boundedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

Result<NmeaAddress> NmeaAddress::parse(const QString &text)
{
    const QString t = text.trimmed();
    NmeaAddress address;
    if (t.startsWith(u"tcp://"_s)) {
        const QUrl url(t);
        if (!url.isValid() || url.host().isEmpty() || url.port() < 1 || !url.path().isEmpty())
            return Error{u"%1: a TCP receiver is tcp://host:port"_s.arg(t)};
        address.kind = Kind::Tcp;
        address.host = url.host();
        address.port = quint16(url.port());
        return address;
    }
    if (t.startsWith(u"serial:"_s)) {
        QString device = t.mid(7);
        const qsizetype at = device.lastIndexOf(u'@');
        if (at >= 0) {
            bool ok = false;
            address.baud = device.mid(at + 1).toInt(&ok);
            if (!ok || address.baud < 1200 || address.baud > 921600)
                return Error{u"%1: the baud rate after @ is a number from 1200 to 921600"_s.arg(t)};
            device.truncate(at);
        }
        if (!device.startsWith(u'/'))
            return Error{u"%1: a serial receiver is serial:/dev/DEVICE[@BAUD]"_s.arg(t)};
        address.kind = Kind::Serial;
        address.device = device;
        return address;
    }
    if (t.startsWith(u"replay:"_s)) {
        address.kind = Kind::Replay;
        address.device = t.mid(7);
        if (address.device.isEmpty())
            return Error{u"%1: a replayed log is replay:/path/log.nmea"_s.arg(t)};
        return address;
    }
    return Error{
        u"%1: a receiver is tcp://host:port, serial:/dev/DEVICE[@BAUD] or replay:/path/log.nmea"_s
            .arg(t)};
}

QString NmeaAddress::toString() const
{
    if (kind == Kind::Tcp)
        return u"tcp://%1:%2"_s.arg(host).arg(port);
    if (kind == Kind::Replay)
        return u"replay:"_s + device;
    return baud == 4800 ? u"serial:"_s + device : u"serial:%1@%2"_s.arg(device).arg(baud);
}

Result<QList<NmeaReceiverEntry>> NmeaReceiverEntry::parseList(const QString &text)
{
    QList<NmeaReceiverEntry> entries;
    for (const QString &item : text.split(u';', Qt::SkipEmptyParts)) {
        if (item.trimmed().isEmpty())
            continue;
        const qsizetype equals = item.indexOf(u'=');
        const QString id = item.left(std::max<qsizetype>(equals, 0)).trimmed();
        if (equals < 0 || id.isEmpty())
            return Error{u"%1: a receiver is written ID=ADDRESS"_s.arg(item.trimmed())};
        auto address = NmeaAddress::parse(item.mid(equals + 1));
        if (!address)
            return address.error();
        for (const NmeaReceiverEntry &known : std::as_const(entries))
            if (known.id == id)
                return Error{u"%1 is named twice among the receivers"_s.arg(id)};
        entries.append({id, *address});
    }
    return entries;
}

NmeaReceiverSource::NmeaReceiverSource(NmeaReceiverEntry entry, double maxSpeedKmh, QObject *parent)
    : QObject(parent)
    , m_entry(std::move(entry))
    , m_stream(maxSpeedKmh)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NmeaReceiverSource::open);
    m_replayTimer.setSingleShot(true);
    connect(&m_replayTimer, &QTimer::timeout, this, &NmeaReceiverSource::replayNext);
    m_silence.setSingleShot(true);
    m_silence.setInterval(kSilentAfterMs);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        // A TCP link that died without a word (a converter switched off, a cable pulled)
        // stays "connected" for ever: nothing at all for three spells, and it is dropped
        // and connected to again.
        if (m_entry.address.kind == NmeaAddress::Kind::Tcp && m_device && ++m_quietSpells >= 3)
            return lose(u"nothing received for %1 s"_s.arg(3 * m_silence.interval() / 1000.0));
        const NmeaStream::Counts &c = m_stream.counts();
        setState(
            State::Silent,
            c.sentences == 0
                ? u"no sentences"_s
                : u"no usable position (%1 without a fix, %2 damaged, %3 jumping)"_s.arg(c.noFix)
                      .arg(c.badChecksum + c.unreadable)
                      .arg(c.jumps));
        m_silence.start();
    });
}

NmeaReceiverSource::~NmeaReceiverSource()
{
    if (m_device)
        m_device->disconnect(this);
    delete m_device;
}

void NmeaReceiverSource::start()
{
    if (m_entry.address.kind == NmeaAddress::Kind::Replay)
        return openReplay();
    open();
}

void NmeaReceiverSource::openReplay()
{
    const auto log = BoundedFile::read(m_entry.address.device, NmeaLog::kMaxLogBytes);
    if (!log)
        return setState(State::Lost, log.error().message);
    NmeaLog::Counts counts;
    m_replay = NmeaLog::read(*log, &counts);
    if (m_replay.isEmpty())
        return setState(State::Lost,
                        u"no usable position in the log (%1 sentences)"_s.arg(counts.sentences));
    m_replayShiftMs =
        QDateTime::currentMSecsSinceEpoch() - m_replay.constFirst().at.toMSecsSinceEpoch();
    m_replayed = 0;
    replayNext();
}

void NmeaReceiverSource::replayNext()
{
    // Everything due by now at once (a late timer does not slow the log down), then a wait
    // until the next one is due.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<FleetFix> due;
    while (m_replayed < m_replay.size() &&
           m_replay.at(m_replayed).at.toMSecsSinceEpoch() + m_replayShiftMs <= now) {
        FleetFix f{m_entry.id, u"vehicle"_s, {}, m_replay.at(m_replayed++)};
        f.fix.at = f.fix.at.addMSecs(m_replayShiftMs);
        due.append(f);
    }
    if (!due.isEmpty()) {
        setState(State::Receiving);
        Q_EMIT fixes(due);
    }
    if (m_replayed >= m_replay.size()) {
        m_replay.clear();
        return setState(State::Silent, u"the log ended"_s);
    }
    const qint64 next = m_replay.at(m_replayed).at.toMSecsSinceEpoch() + m_replayShiftMs;
    m_replayTimer.start(int(std::clamp<qint64>(next - now, 0, 3600 * 1000)));
}

void NmeaReceiverSource::open()
{
    if (m_device) {
        m_device->disconnect(this);
        m_device->deleteLater();
    }
    m_stream.finish(); // a sentence cut by the loss is not joined to the next connection's
    setState(State::Connecting);
    if (m_entry.address.kind == NmeaAddress::Kind::Tcp) {
        auto *socket = new QTcpSocket(this);
        m_device = socket;
        connect(socket, &QTcpSocket::connected, this, [this, socket] {
            socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
            m_quietSpells = 0;
            m_silence.start();
        });
        connect(socket, &QTcpSocket::readyRead, this, &NmeaReceiverSource::read);
        connect(socket, &QTcpSocket::errorOccurred, this,
                [this, socket] { lose(socket->errorString()); });
        // A host that does not answer at all is not waited for as long as the system would.
        QTimer::singleShot(m_silence.interval(), socket, [this, socket] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                lose(u"no answer in %1 s"_s.arg(m_silence.interval() / 1000.0));
        });
        socket->connectToHost(m_entry.address.host, m_entry.address.port);
        return;
    }
    auto *port = new QSerialPort(m_entry.address.device, this);
    m_device = port;
    port->setBaudRate(m_entry.address.baud);
    connect(port, &QSerialPort::readyRead, this, &NmeaReceiverSource::read);
    connect(port, &QSerialPort::errorOccurred, this, [this, port](QSerialPort::SerialPortError e) {
        if (e != QSerialPort::NoError && e != QSerialPort::TimeoutError)
            lose(port->errorString());
    });
    if (!port->open(QIODevice::ReadOnly)) {
        if (m_device == port) // errorOccurred may have said it already
            lose(port->errorString());
        return;
    }
    m_quietSpells = 0;
    m_silence.start();
}

void NmeaReceiverSource::read()
{
    if (!m_device)
        return;
    QList<Fix> read;
    // A receiver that floods (a wrong device, a stream of zeros) is read in bounded chunks; what
    // cannot be a sentence is dropped as it comes.
    while (m_device->bytesAvailable() > 0) {
        const QByteArray chunk = m_device->read(64 * 1024);
        if (chunk.isEmpty())
            break;
        m_quietSpells = 0;
        read += m_stream.append(chunk);
    }
    if (read.isEmpty())
        return;
    // Only a receiver that gives positions counts as back: one that accepts and hangs up at
    // once is not asked again every second.
    m_retryMs = 1000;
    QList<FleetFix> out;
    out.reserve(read.size());
    for (const Fix &fix : std::as_const(read))
        out.append({m_entry.id, u"vehicle"_s, {}, fix});
    m_silence.start();
    setState(State::Receiving);
    Q_EMIT fixes(out);
}

void NmeaReceiverSource::lose(const QString &why)
{
    if (!m_device)
        return;
    m_device->disconnect(this);
    m_device->deleteLater();
    m_device.clear();
    m_silence.stop();
    setState(State::Lost, why);
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
}

void NmeaReceiverSource::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state);
}

} // namespace Jiandu::CommandMap
