#pragma once

#include <QObject>

namespace Jiandu {

//! For the start-up benchmark: when JIANDU_STARTUP_PROBE is set, reports on stdout the time
//! from JIANDU_STARTUP_T0_NS (CLOCK_REALTIME, set by the benchmark just before exec) to the
//! first paint of \a window, and the peak resident memory, then quits if the value is "quit".
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    static void attachIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QWidget *window);
    void report();
    bool m_reported = false;
};

} // namespace Jiandu
