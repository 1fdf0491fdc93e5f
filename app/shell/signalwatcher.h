#pragma once

#include <QObject>

class QSocketNotifier;

namespace Jiandu {

//! Turns SIGTERM, SIGINT and SIGHUP into a queued Qt signal, so a session logout, a
//! systemd stop or Ctrl+C ends the client the same way as File → Quit (layout saved,
//! modules shut down, data directory unlocked).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Jiandu
