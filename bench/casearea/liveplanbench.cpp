// liveplanbench --broker HOST:PORT --topic TOPIC --plan PLAN.json --tags N --seconds S
//               --mode batched|per-message
// Subscribes to the positions jiandu-sim publishes ("jiandu-sim area --load N") and draws them
// on the case area's live floor plan (LivePlace and FloorPlanView, as the client has them):
// - batched: the positioning feed as shipped (MqttPositionSource, batches handed over at once
//   when quiet, else every 20 ms) and the view's frames capped at 25 a second;
// - per-message (the peer): every message handed to the UI thread on its own and the view
//   repainted at once for it, as a naive live view does.
// The plan's latency log (tag, source time, receive time, drawn time) gives publish-to-drawn
// latency; getrusage gives the process's CPU. Prints one line of figures.
#include "liveplace.h"
#include "positioning/mqttpositionsource.h"
#include "ui/floorplanview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <atomic>
#include <benchshell.h>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <mqtt/mqttconnection.h>
#include <processusage.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using Jiandu::Bench::BenchShell;

namespace {

double percentile(QList<qint64> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype at = std::min(sorted.size() - 1, qsizetype(p * double(sorted.size())));
    return double(sorted[at]);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"broker"_s, u"MQTT broker"_s, u"host:port"_s, u"127.0.0.1:1883"_s},
                       {u"topic"_s, u"topic"_s, u"topic"_s, u"jiandu/positions/area"_s},
                       {u"plan"_s, u"floor plan"_s, u"file"_s},
                       {u"tags"_s, u"tags published"_s, u"n"_s, u"500"_s},
                       {u"seconds"_s, u"measured seconds"_s, u"s"_s, u"30"_s},
                       {u"mode"_s, u"batched or per-message"_s, u"mode"_s, u"batched"_s}});
    parser.process(app);
    const bool batched = parser.value(u"mode"_s) == u"batched"_s;
    const int tags = parser.value(u"tags"_s).toInt();
    const int seconds = parser.value(u"seconds"_s).toInt();
    auto plan = CaseArea::FloorPlan::load(parser.value(u"plan"_s));
    if (!plan) {
        qCritical("%s", qPrintable(plan.error().text()));
        return 1;
    }
    QTemporaryDir dir;
    BenchShell shell(dir.filePath(u"settings.ini"_s));
    LivePlace place(shell, std::move(plan).value(), {});
    // Every tag the simulator publishes is a person the plan draws.
    QList<RuleEvent> cards;
    for (int i = 1; i <= tags; ++i) {
        const QString tag = u"L-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        cards.append(
            {u"officer.card-bound"_s, shell.clock().nowMs(), {{u"tag"_s, tag}, {u"name"_s, tag}}});
    }
    place.restoreJourney(cards);
    const QString log = dir.filePath(u"latency.tsv"_s);
    if (auto logging = place.logLatencyTo(log); !logging) {
        qCritical("%s", qPrintable(logging.error().text()));
        return 1;
    }
    FloorPlanView view(place);
    view.resize(1366, 768);
    view.show();

    // Two seconds to settle (connect, first frames), then the measured stretch — begun by a
    // timer, or by the peer's own work when its queue starves the timers.
    double cpuStart = 0;
    qint64 measuredFrom = 0;
    const auto startMeasuring = [&] {
        if (measuredFrom == 0) {
            cpuStart = Bench::cpuSeconds();
            measuredFrom = QDateTime::currentMSecsSinceEpoch();
        }
    };
    std::unique_ptr<QObject> feed;
    std::atomic<qint64> received{0};
    // When the measured stretch ends: a peer whose queue has run away still stops on time.
    QElapsedTimer running;
    running.start();
    const qint64 endMs = 2000 + qint64(seconds) * 1000;
    if (batched) {
        auto source = std::make_unique<CaseArea::MqttPositionSource>(
            parser.value(u"broker"_s), parser.value(u"topic"_s), shell.clock());
        QObject::connect(source.get(), &CaseArea::MqttPositionSource::positions, &place,
                         &LivePlace::feed);
        feed = std::move(source);
    } else {
        auto connection = std::make_unique<MqttConnection>(
            parser.value(u"broker"_s), "jiandu-bench-", parser.value(u"topic"_s).toUtf8(), 0,
            [&, endMs](const QByteArray &payload) {
                ++received;
                auto fix = CaseArea::PositionFix::fromJson(payload, shell.clock().nowMs());
                if (!fix)
                    return;
                QMetaObject::invokeMethod(&view, [&, endMs, fix = fix.value()] {
                    if (running.elapsed() >= 2000)
                        startMeasuring();
                    if (running.elapsed() >= endMs)
                        return QCoreApplication::quit();
                    place.feed({fix});
                    view.repaint();
                });
            });
        connection->start();
        feed = std::move(connection);
    }

    QTimer::singleShot(2000, &app, startMeasuring);
    QTimer::singleShot(int(endMs), &app, &QApplication::quit);
    app.exec();
    const double cpu = Bench::cpuSeconds() - cpuStart;
    const qint64 wallMs = QDateTime::currentMSecsSinceEpoch() - measuredFrom;
    if (auto *source = qobject_cast<CaseArea::MqttPositionSource *>(feed.get()))
        received = source->counters().fixes;
    feed.reset();

    QFile file(log);
    if (!file.open(QIODevice::ReadOnly)) {
        qCritical("the latency log cannot be read");
        return 1;
    }
    QList<qint64> latencies;
    QSet<QString> seen;
    qint64 drawn = 0;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split('\t');
        drawn += f.size() == 4;
        if (f.size() != 4 || f[3].toLongLong() < measuredFrom) // drawn in the measured stretch
            continue;
        latencies.append(f[3].toLongLong() - f[1].toLongLong());
        seen.insert(QString::fromUtf8(f[0]));
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf(
        "%-12s tags %4lld  drawn %7lld positions in %5.1f s (%6.0f/s)  latency p50 %5.0f ms"
        "  p99 %6.0f ms  max %6.0f ms  CPU %5.1f %% of one core  never drawn %lld of %lld\n",
        qPrintable(parser.value(u"mode"_s)), static_cast<long long>(seen.size()),
        static_cast<long long>(latencies.size()), double(wallMs) / 1000.0,
        double(latencies.size()) * 1000.0 / double(std::max<qint64>(1, wallMs)),
        percentile(latencies, 0.5), percentile(latencies, 0.99),
        latencies.isEmpty() ? 0.0 : double(latencies.constLast()),
        100.0 * cpu * 1000.0 / double(std::max<qint64>(1, wallMs)),
        static_cast<long long>(received.load() - drawn), static_cast<long long>(received.load()));
    return latencies.isEmpty() ? 1 : 0;
}
