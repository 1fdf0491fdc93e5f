#include "startupprobe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {
qint64 peakResidentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

void StartupProbe::attachIfRequested(QWidget *window)
{
    // Watches the whole application: a window fully covered by opaque children never gets a
    // paint event of its own, its children do.
    if (qEnvironmentVariableIsSet("JIANDU_STARTUP_PROBE"))
        qApp->installEventFilter(new StartupProbe(window));
}

StartupProbe::StartupProbe(QWidget *window)
    : QObject(window)
{}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == parent()) {
        m_reported = true;
        qApp->removeEventFilter(this);
        // Report after this paint pass has been flushed to the screen.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return false;
}

void StartupProbe::report()
{
    const qint64 t0Ns = qEnvironmentVariable("JIANDU_STARTUP_T0_NS").toLongLong();
    const qint64 nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    std::printf("startup-probe first_paint_ms=%.1f peak_rss_kb=%lld\n",
                t0Ns > 0 ? double(nowNs - t0Ns) / 1e6 : -1.0, peakResidentKb());
    std::fflush(stdout);
    if (qEnvironmentVariable("JIANDU_STARTUP_PROBE") == u"quit"_s)
        QCoreApplication::quit();
}

} // namespace Jiandu
