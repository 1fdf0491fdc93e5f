// mapbench --broker HOST:PORT --topic TOPIC --map MAP.json --tiles MAP.mbtiles
//          --officers N --incidents N --seconds S --mode jiandu|plain [--size WxH]
// The command map under load: the officers' positions jiandu-sim publishes ("jiandu-sim
// patrols") and N incidents spread over the site's addresses, drawn
// - jiandu: by the client's map page (MapPage: positions batched at most five times a second,
//   clusters and culling by the client, canvas markers moved in place);
// - plain (the peer): the same data on plain Leaflet, a DOM marker per officer and incident,
//   every message moved on the map as it arrives.
// After the markers are up and a settling time, the map is panned and zoomed for S seconds by
// the same script on both; measured in the page: frames (requestAnimationFrame intervals);
// in the process tree (the client and the web engine's processes): CPU; from the terminal's
// send time to the frame that drew it: latency. Prints one line of figures.
#include "ui/mappage.h"
#include "ui/tilescheme.h"
#include "ui/webcompositing.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <benchshell.h>
#include <commandmap/positions/fleetpositions.h>
#include <mqtt/mqttconnection.h>
#include <processusage.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CommandMap;

namespace {

//! The peer page's end of the web channel.
class PlainBridge : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void ready() { emit pageReady(); }
    Q_INVOKABLE void drawn(double sentMs) { emit drawnAt(qint64(sentMs)); }

Q_SIGNALS:
    void setup(const QJsonObject &base);
    void position(const QString &id, double lat, double lon, double sentMs);
    void pageReady();
    void drawnAt(qint64 sentMs);
};

QList<Incident> spreadIncidents(const SiteGeography &city, int count, qint64 nowMs)
{
    QStringList names;
    for (const SiteGeography::Place &place : city.places)
        names.append(place.name);
    for (const SiteGeography::Line &line : city.lines) {
        if (line.kind != u"river")
            names.append(line.name);
    }
    QRandomGenerator random(5);
    QList<Incident> incidents;
    for (int i = 0; i < count; ++i) {
        Incident incident;
        incident.jqbh = u"J%1"_s.arg(i, 8, 10, QLatin1Char('0'));
        incident.bzFsdz = u"%1%2号"_s.arg(names.at(random.bounded(int(names.size()))))
                              .arg(1 + random.bounded(200));
        incident.jqlbDm = u"0%1"_s.arg(1 + random.bounded(6));
        incident.jqlbMc = u"类别%1"_s.arg(incident.jqlbDm);
        incident.jjsjMs = nowMs - random.bounded(7 * 24 * 3600) * 1000LL;
        incident.bjbz = random.bounded(2) == 1;
        incidents.append(incident);
    }
    return incidents;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Pans a screen's fifth every 400 ms and zooms in and out between 13 and 16 every 2 s, the
// same on both pages.
const char kDrive[] = R"(
(() => {
    const map = jianduStats.map();
    let step = 0;
    window.benchDriving = setInterval(() => {
        step++;
        if (step % 5 === 0) {
            const zoom = map.getZoom();
            map.setZoom(zoom >= 16 ? 13 : zoom + 1);
        } else {
            const size = map.getSize();
            const sign = (Math.floor(step / 10) % 2) ? -1 : 1;
            map.panBy([sign * size.x / 5, sign * size.y / 8]);
        }
    }, 400);
    return true;
})()
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (::geteuid() == 0) // Chromium's sandbox refuses root, as in the client
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    // Both pages reach the screen as the client's would on this machine.
    std::fprintf(stderr, "web page drawn with %s\n",
                 qPrintable(CommandMap::WebCompositing::choose()));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"broker"_s, u"MQTT broker"_s, u"host:port"_s, u"127.0.0.1:1883"_s},
                       {u"topic"_s, u"topic"_s, u"topic"_s, u"jiandu/fleet/demo"_s},
                       {u"map"_s, u"site map"_s, u"file"_s},
                       {u"tiles"_s, u"base map"_s, u"file"_s},
                       {u"officers"_s, u"officers and vehicles published"_s, u"n"_s, u"5000"_s},
                       {u"incidents"_s, u"incidents on the map"_s, u"n"_s, u"20000"_s},
                       {u"seconds"_s, u"measured seconds"_s, u"s"_s, u"30"_s},
                       {u"size"_s, u"window size"_s, u"WxH"_s, u"1920x1080"_s},
                       {u"mode"_s, u"jiandu or plain"_s, u"mode"_s, u"jiandu"_s}});
    parser.process(app);
    const bool plain = parser.value(u"mode"_s) == u"plain"_s;
    const int officers = parser.value(u"officers"_s).toInt();
    const int seconds = parser.value(u"seconds"_s).toInt();
    const QSize size(parser.value(u"size"_s).section(u'x', 0, 0).toInt(),
                     parser.value(u"size"_s).section(u'x', 1, 1).toInt());
    auto city = SiteGeography::load(parser.value(u"map"_s));
    if (!city) {
        qCritical("%s", qPrintable(city.error().text()));
        return 1;
    }
    TileScheme::registerScheme();
    QTemporaryDir dir;
    Bench::BenchShell shell(dir.filePath(u"settings.ini"_s));
    const qint64 now = shell.clock().nowMs();

    MapModel model;
    model.setGeography(*city);
    model.setIncidents(spreadIncidents(*city, parser.value(u"incidents"_s).toInt(), now));
    model.setPeriod(now - 7 * 24 * 3600 * 1000LL, now + 1);

    QList<double> latencies;
    bool measuring = false;
    std::unique_ptr<QWebEngineProfile> profile; // outlives the peer's page, as it must
    std::unique_ptr<QWidget> window;
    std::unique_ptr<QObject> feed; // goes first: its messages are handed to the window's objects
    QWebEnginePage *page = nullptr;

    if (!plain) {
        MapPage::Base base;
        base.tiles = parser.value(u"tiles"_s);
        base.cacheDirectory = dir.filePath(u"tiles"_s);
        auto *mapPage = new MapPage(shell, model, base, nullptr);
        window.reset(mapPage);
        page = mapPage->webPage();
        QObject::connect(&model.fleet(), &FleetPositions::moved, mapPage, &MapPage::positionsMoved);
        QObject::connect(mapPage, &MapPage::positionsDrawn, mapPage, [&](qint64 latency) {
            if (measuring)
                latencies.append(double(latency));
        });
        auto source = std::make_unique<MqttFleetSource>(parser.value(u"broker"_s),
                                                        parser.value(u"topic"_s).toUtf8());
        QObject::connect(source.get(), &MqttFleetSource::fixes, &model.fleet(),
                         [&](const QList<FleetFix> &fixes) {
                             model.fleet().feed(fixes, QDateTime::currentMSecsSinceEpoch());
                         });
        source->start();
        feed = std::move(source);
    } else {
        auto *view = new QWebEngineView;
        window.reset(view);
        profile = std::make_unique<QWebEngineProfile>();
        profile->installUrlSchemeHandler(
            TileScheme::kScheme,
            new TileScheme(parser.value(u"tiles"_s), dir.filePath(u"tiles"_s), {}, profile.get()));
        page = new QWebEnginePage(profile.get(), view);
        view->setPage(page);
        auto *bridge = new PlainBridge;
        bridge->setParent(view);
        auto *channel = new QWebChannel(page);
        channel->registerObject(u"bench"_s, bridge);
        page->setWebChannel(channel);
        QObject::connect(bridge, &PlainBridge::pageReady, bridge, [&, bridge] {
            QJsonArray incidents;
            for (const MapModel::PlacedIncident &placed : model.incidents()) {
                if (placed.at)
                    incidents.append(QJsonArray{placed.at->lat, placed.at->lon,
                                                MapModel::categoryColour(placed.incident.jqlbDm)});
            }
            emit bridge->setup(
                QJsonObject{{u"tiles"_s, u"jiandu-tiles:/base/{z}/{x}/{y}"_s},
                            {u"maxNativeZoom"_s, 17},
                            {u"centre"_s, QJsonArray{city->centre.lat, city->centre.lon}},
                            {u"zoom"_s, city->zoom},
                            {u"incidents"_s, incidents},
                            {u"jurisdictions"_s, model.fixedLayers().value(u"jurisdictions"_s)}});
        });
        QObject::connect(bridge, &PlainBridge::drawnAt, bridge, [&](qint64 sentMs) {
            if (measuring)
                latencies.append(double(QDateTime::currentMSecsSinceEpoch() - sentMs));
        });
        // Every message to the page as it comes.
        auto connection = std::make_unique<MqttConnection>(
            parser.value(u"broker"_s), "jiandu-bench-", parser.value(u"topic"_s).toUtf8(), 0,
            [bridge](const QByteArray &payload) {
                int unreadable = 0;
                for (const FleetFix &fix : MqttFleetSource::parse(payload, &unreadable)) {
                    QMetaObject::invokeMethod(bridge, [bridge, fix] {
                        emit bridge->position(fix.id, fix.fix.position.lat, fix.fix.position.lon,
                                              double(fix.fix.at.toMSecsSinceEpoch()));
                    });
                }
            });
        connection->start();
        feed = std::move(connection);
        page->load(QUrl(u"qrc:/mapbench/plainleaflet.html"_s));
    }
    window->resize(size);
    window->show();

    // Waiting runs the event loop, idle (a loop of processEvents() would spin a core and be
    // measured as the map's).
    const auto wait = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    const auto runScript = [page](const QString &script) {
        QVariant result;
        QEventLoop loop;
        page->runJavaScript(script, [&](const QVariant &value) {
            result = value;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        return result;
    };
    // Until every officer is on the map (alone or in a cluster), then ten seconds to settle.
    QElapsedTimer waiting;
    waiting.start();
    int shown = 0;
    while (waiting.elapsed() < 120000) {
        wait(500);
        const QVariantMap counts = runScript(u"window.jianduStats && jianduStats.map() ? "
                                             "jianduStats.markers() : {}"_s)
                                       .toMap();
        shown = counts.value(u"officers"_s).toInt();
        if (shown >= officers)
            break;
        if (!plain) // everyone in view for the count
            runScript(
                u"window.jianduStats && jianduStats.map() && jianduStats.map().setZoom(12)"_s);
    }
    // A page that cannot keep up is measured with what it has drawn, and says so.
    if (shown < officers)
        std::printf("%s: only %d of %d officers reached the map in 2 minutes\n",
                    plain ? "plain Leaflet" : "jiandu", shown, officers);
    wait(10000);

    runScript(
        u"jianduStats.map().setView([%1, %2], 14, {animate: false}); jianduStats.start(); true"_s
            .arg(city->centre.lat, 0, 'f', 6)
            .arg(city->centre.lon, 0, 'f', 6));
    runScript(QString::fromLatin1(kDrive));
    measuring = true;
    const double cpuStart = Bench::treeCpuSeconds();
    QElapsedTimer measured;
    measured.start();
    wait(seconds * 1000);
    measuring = false;
    const double cpu = Bench::treeCpuSeconds() - cpuStart;
    const double elapsed = double(measured.elapsed()) / 1000;
    std::fprintf(
        stderr, "view at the end: %s\n",
        qPrintable(runScript(u"JSON.stringify([jianduStats.map().getCenter(), "
                             "jianduStats.map().getZoom(), "
                             "document.querySelectorAll('img.leaflet-tile-loaded').length])"_s)
                       .toString()));
    const QVariantList frameTimes =
        runScript(u"clearInterval(window.benchDriving); jianduStats.stop()"_s).toList();
    QList<double> frames;
    double frameMs = 0;
    for (const QVariant &f : frameTimes) {
        frames.append(f.toDouble());
        frameMs += f.toDouble();
    }
    const double fps = frameMs > 0 ? 1000.0 * double(frames.size()) / frameMs : 0;
    std::printf("%s: officers %d, incidents %lld, window %dx%d, %.0f s panned and zoomed\n",
                plain ? "plain Leaflet" : "jiandu", shown, qlonglong(model.incidents().size()),
                size.width(), size.height(), elapsed);
    std::printf("  frames: %.1f fps (median %.1f ms, p99 %.1f ms between frames)\n", fps,
                percentile(frames, 0.5), percentile(frames, 0.99));
    std::printf("  CPU (client and web engine processes): %.0f %% of one core\n",
                100 * cpu / elapsed);
    std::printf("  position sent → drawn: p50 %.0f ms, p99 %.0f ms (%lld samples)\n",
                percentile(latencies, 0.5), percentile(latencies, 0.99),
                qlonglong(latencies.size()));
    return 0;
}

#include "mapbench.moc"
