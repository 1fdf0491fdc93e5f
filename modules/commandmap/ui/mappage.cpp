#include "mappage.h"

#include "../dispatch/dispatchservice.h"
#include "dispatchdialog.h"
#include "dispatchpanel.h"
#include "mapbridge.h"
#include "tilescheme.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <core/clock.h>
#include <core/csvtext.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMapPage, "jiandu.commandmap.page")
Q_LOGGING_CATEGORY(lcMapLatency, "jiandu.commandmap.latency", QtWarningMsg)

namespace Jiandu::CommandMap {

namespace {

//! The map page's console (uncaught errors among it) in the client's log.
class MapWebPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override
    {
        const QString text = u"map page: %1 (%2:%3)"_s.arg(message, source).arg(line);
        if (level == ErrorMessageLevel)
            qCWarning(lcMapPage).noquote() << text;
        else
            qCInfo(lcMapPage).noquote() << text;
    }
};

constexpr int kWeekHours = 7 * 24;
constexpr qint64 kHourMs = 3600 * 1000;

QString distanceText(double metres)
{
    return metres < 1000 ? MapPage::tr("%1 m").arg(qRound(metres))
                         : MapPage::tr("%1 km").arg(metres / 1000, 0, 'f', 1);
}

QString durationText(double seconds)
{
    if (seconds < 60)
        return MapPage::tr("%1 s").arg(qRound(seconds));
    return MapPage::tr("%1 min").arg(qRound(seconds / 60));
}

QString kindText(const QString &kind)
{
    if (kind == u"officer")
        return MapPage::tr("Officer");
    if (kind == u"vehicle")
        return MapPage::tr("Vehicle");
    if (kind == u"incident")
        return MapPage::tr("Incident");
    if (kind == u"camera")
        return MapPage::tr("Camera");
    return MapPage::tr("Station");
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm"_s) : u"—"_s;
}

} // namespace

MapPage::MapPage(IShell &shell, MapModel &model, const Base &base, DispatchService *dispatch,
                 QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_model(model)
    , m_base(base)
    , m_dispatch(dispatch)
{
    setObjectName(u"commandMapPage"_s);
    // A profile of its own (in memory), so its tile scheme is this page's alone.
    m_profile = new QWebEngineProfile(this);
    m_tiles =
        new TileScheme(base.tiles, base.cacheDirectory, model.geography().jurisdictions(), this);
    m_profile->installUrlSchemeHandler(TileScheme::kScheme, m_tiles);
    connect(m_tiles, &TileScheme::problem, this, [this](const QString &text) {
        m_tileProblem = text;
        updateStatus();
    });
    m_view = new QWebEngineView(this);
    m_view->setObjectName(u"mapView"_s);
    m_page = new MapWebPage(m_profile, m_view);
    m_view->setPage(m_page);
    m_bridge = new MapBridge(this);
    auto *channel = new QWebChannel(m_page);
    channel->registerObject(u"jiandu"_s, m_bridge);
    m_page->setWebChannel(channel);

    connect(m_bridge, &MapBridge::ready, this, &MapPage::onPageReady);
    connect(m_bridge, &MapBridge::viewMoved, this,
            [this](double west, double south, double east, double north, int zoom) {
                const LatLon sw = m_model.fromDisplay({south, west});
                const LatLon ne = m_model.fromDisplay({north, east});
                m_bounds = {sw.lon, sw.lat, ne.lon, ne.lat};
                m_zoom = zoom;
                m_haveView = true;
                m_incidentsStale = true;
                pushView();
                pushHeat();
            });
    connect(m_bridge, &MapBridge::objectClicked, this, &MapPage::select);
    connect(m_bridge, &MapBridge::pointPicked, this, [this](double lat, double lon) {
        const LatLon at = m_model.fromDisplay({lat, lon});
        m_detailsLabel->setText(
            tr("<b>Near %1, %2</b>").arg(at.lat, 0, 'f', 5).arg(at.lon, 0, 'f', 5));
        showFound(m_model.nearest(at, 10));
    });
    connect(m_bridge, &MapBridge::areaPicked, this, [this](const QJsonObject &json) {
        auto area = MapModel::Area::fromJson(json);
        if (!area) {
            m_detailsLabel->setText(tr("The area drawn is not usable; draw it again."));
            return;
        }
        for (LatLon &p : area->points)
            p = m_model.fromDisplay(p);
        showArea(*area);
    });
    connect(m_bridge, &MapBridge::batchDrawn, this, [this](qint64 batch) {
        const qint64 oldest = m_batchOldestMs.take(batch);
        if (oldest <= 0)
            return;
        const qint64 latency = QDateTime::currentMSecsSinceEpoch() - oldest;
        qCDebug(lcMapLatency) << "positions drawn" << latency << "ms after sent";
        emit positionsDrawn(latency);
    });
    connect(m_bridge, &MapBridge::pageLog, this, [](const QString &level, const QString &message) {
        if (level == u"error")
            qCWarning(lcMapPage).noquote() << "map page:" << message;
        else
            qCInfo(lcMapPage).noquote() << "map page:" << message;
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok)
            m_detailsLabel->setText(tr("The map page could not be loaded."));
    });

    buildPanel();
    m_update.setSingleShot(true);
    m_sincePush.start();
    connect(&m_update, &QTimer::timeout, this, &MapPage::pushView);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        updateStatus();
        scheduleUpdate(); // ages move on
    });
    m_tick.start();
    m_play.setInterval(600);
    connect(&m_play, &QTimer::timeout, this, [this] {
        if (m_time->value() >= m_time->maximum())
            m_play.stop();
        else
            m_time->setValue(m_time->value() + 1);
    });
    updatePeriod();
    m_page->load(QUrl(u"qrc:/commandmap/map.html"_s));
}

MapPage::~MapPage()
{
    // The page before its profile, as the web engine requires.
    delete m_view;
    m_view = nullptr;
}

QWebEnginePage *MapPage::webPage() const
{
    return m_page;
}

void MapPage::buildPanel()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"mapToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto layerToggle = [this, toolbar](const QString &text, const QString &layer, bool on) {
        QAction *action = toolbar->addAction(text);
        action->setCheckable(true);
        action->setChecked(on);
        action->setObjectName(u"layer_"_s + layer);
        connect(action, &QAction::toggled, this, [this, layer](bool visible) {
            emit m_bridge->command(u"show"_s, QJsonObject{{layer, visible}});
            if (layer == u"heat")
                pushHeat();
        });
        return action;
    };
    layerToggle(tr("Officers"), u"officers"_s, true);
    layerToggle(tr("Incidents"), u"incidents"_s, true);
    layerToggle(tr("Cameras"), u"cameras"_s, true);
    layerToggle(tr("Stations"), u"stations"_s, true);
    layerToggle(tr("Jurisdictions"), u"jurisdictions"_s, true);
    m_heat = layerToggle(tr("Heat map"), u"heat"_s, false);
    toolbar->addSeparator();
    toolbar->addAction(tr("Circle"), this, [this] { drawArea(u"circle"_s, 0); })
        ->setToolTip(tr("Draw a circle: everything inside it is listed"));
    toolbar->addAction(tr("Polygon"), this, [this] { drawArea(u"polygon"_s, 0); })
        ->setToolTip(tr("Draw a polygon: everything inside it is listed"));
    toolbar->addAction(tr("Along a route"), this, [this] { drawArea(u"route"_s, 200); })
        ->setToolTip(tr("Draw a route: everything within 200 m of it is listed"));
    toolbar->addAction(tr("Clear"), this, [this] {
        emit m_bridge->command(u"clearArea"_s, {});
        m_results->clear();
        m_export->setEnabled(false);
    });
    m_export = toolbar->addAction(tr("Export…"), this, &MapPage::chooseExport);
    m_export->setEnabled(false);
    m_export->setToolTip(tr("Save the list as CSV"));
    toolbar->addSeparator();
    m_send = toolbar->addAction(tr("Send instruction…"), this, &MapPage::sendInstruction);
    m_send->setObjectName(u"dispatchSend"_s);
    m_send->setToolTip(tr("指令下发: send an instruction to the officers and vehicles chosen in "
                          "the list, and follow their answers"));
    m_brief = toolbar->addAction(tr("Brief leaders"), this, &MapPage::briefLeaders);
    m_brief->setObjectName(u"dispatchBrief"_s);
    m_brief->setToolTip(tr("情况发布: tell the leaders responsible for where the incident shown "
                           "happened, at once"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"mapStatus"_s);
    m_status->setWordWrap(true);
    m_detailsLabel = new QLabel(tr("Click an officer, an incident or a camera; right-click "
                                   "anywhere for what is nearest; draw an area for what is "
                                   "inside."),
                                this);
    m_detailsLabel->setObjectName(u"mapDetails"_s);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(u"mapResults"_s);
    m_results->setHeaderLabels({tr("Kind"), tr("Name"), tr("Distance"), tr("ETA"), tr("Unit")});
    m_results->setRootIsDecorated(false);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &MapPage::updateDispatchActions);
    m_results->setAlternatingRowColors(true);
    // Kind, distance and time in full; the name elided where long; the unit takes the rest.
    QHeaderView *header = m_results->header();
    header->setStretchLastSection(true);
    for (int column : {0, 2, 3})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->resizeSection(1, 130);
    connect(m_results, &QTreeWidget::itemActivated, this, &MapPage::openResult);

    auto *found = new QWidget(this);
    auto *foundLayout = new QVBoxLayout(found);
    foundLayout->setContentsMargins(0, 0, 0, 0);
    foundLayout->addWidget(m_detailsLabel);
    foundLayout->addWidget(m_results, 1);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(u"mapSideTabs"_s);
    m_sideTabs->addTab(found, tr("On the map"));
    if (m_dispatch) {
        m_dispatchPanel = new DispatchPanel(*m_dispatch, this);
        m_sideTabs->addTab(m_dispatchPanel, tr("Instructions"));
        connect(m_dispatchPanel, &DispatchPanel::shown, this, &MapPage::markTasks);
    }
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    sideLayout->addWidget(m_status);
    sideLayout->addWidget(m_sideTabs, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({860, 400});

    m_time = new QSlider(Qt::Horizontal, this);
    m_time->setObjectName(u"mapTime"_s);
    m_time->setRange(0, kWeekHours);
    m_time->setValue(kWeekHours);
    m_time->setAccessibleName(tr("Time"));
    m_window = new QComboBox(this);
    m_window->setObjectName(u"mapWindow"_s);
    m_window->addItem(tr("1 hour"), 1);
    m_window->addItem(tr("6 hours"), 6);
    m_window->addItem(tr("24 hours"), 24);
    m_window->addItem(tr("7 days"), kWeekHours);
    m_window->setCurrentIndex(3);
    auto *play = new QToolButton(this);
    play->setText(tr("Replay"));
    play->setToolTip(tr("Step through the week hour by hour"));
    connect(play, &QToolButton::clicked, this, [this] {
        if (m_play.isActive()) {
            m_play.stop();
            return;
        }
        if (m_window->currentData().toInt() == kWeekHours)
            m_window->setCurrentIndex(1);
        m_time->setValue(0);
        m_play.start();
    });
    m_period = new QLabel(this);
    m_period->setObjectName(u"mapPeriod"_s);
    connect(m_time, &QSlider::valueChanged, this, &MapPage::updatePeriod);
    connect(m_window, &QComboBox::currentIndexChanged, this, &MapPage::updatePeriod);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(new QLabel(tr("Incidents of"), this));
    timeRow->addWidget(m_window);
    timeRow->addWidget(m_period);
    timeRow->addWidget(m_time, 1);
    timeRow->addWidget(play);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addLayout(timeRow);
    updateDispatchActions();
}

void MapPage::onPageReady()
{
    m_loaded = true;
    const LatLon centre = m_model.toDisplay(m_model.geography().centre);
    emit m_bridge->setup(QJsonObject{
        {u"tiles"_s, u"%1:/base/{z}/{x}/{y}"_s.arg(QLatin1StringView(TileScheme::kScheme))},
        {u"minZoom"_s, 3},
        {u"maxZoom"_s, std::max(m_base.maxZoom, 19)},
        {u"maxNativeZoom"_s, m_base.maxZoom},
        {u"attribution"_s, m_base.attribution},
        {u"centre"_s, QJsonArray{centre.lat, centre.lon}},
        {u"zoom"_s, m_model.geography().zoom},
        {u"texts"_s,
         QJsonObject{
             {u"minutesAgo"_s, tr("%1 min ago")},
             {u"hoursAgo"_s, tr("%1 h ago")},
             {u"daysAgo"_s, tr("%1 days ago")},
             {u"closed"_s, tr("closed")},
             {u"drawCircle"_s, tr("Click the centre, then the edge (Esc: cancel)")},
             {u"drawLine"_s, tr("Click point by point, double-click to finish (Esc: cancel)")}}}});
    pushFixed();
    if (!m_heat->isChecked())
        emit m_bridge->command(u"show"_s, QJsonObject{{u"heat"_s, false}});
}

void MapPage::pushFixed()
{
    if (m_loaded)
        emit m_bridge->fixedLayers(m_model.fixedLayers());
}

void MapPage::markTasks(const QList<KeptInstruction> &kept)
{
    // Whoever has an instruction open, with how far they are in the newest one.
    QHash<QString, MapModel::Task> tasks;
    for (const KeptInstruction &k : kept) { // newest first
        const Instruction &i = k.instruction;
        if (i.isClosed())
            continue;
        for (const Instruction::Track &t : i.tracks) {
            const Instruction::State state = t.state();
            if (tasks.contains(t.recipient) ||
                (state != Instruction::State::Sent && state != Instruction::State::Received &&
                 state != Instruction::State::Accepted && state != Instruction::State::Arrived))
                continue;
            tasks.insert(t.recipient, {Instruction::stateName(state),
                                       tr("Instruction %1: %2 since %3")
                                           .arg(i.title, DispatchPanel::stateText(state),
                                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                                                       t.steps.constLast().atMs),
                                                                   u"HH:mm"_s))});
        }
    }
    if (tasks == m_model.tasks())
        return;
    m_model.setTasks(std::move(tasks));
    scheduleUpdate();
}

void MapPage::scheduleUpdate()
{
    // Ten updates a second at most, at once when the last is that old.
    if (!m_update.isActive())
        m_update.start(int(std::clamp<qint64>(100 - m_sincePush.elapsed(), 0, 100)));
}

void MapPage::positionsMoved(const QStringList &ids)
{
    const auto &latest = m_model.fleet().latest();
    for (const QString &id : ids) {
        const qint64 sent = latest.value(id).fix.at.toMSecsSinceEpoch();
        if (sent > 0 && (m_oldestUndrawnMs == 0 || sent < m_oldestUndrawnMs))
            m_oldestUndrawnMs = sent;
    }
    scheduleUpdate();
}

void MapPage::pushView()
{
    if (!m_loaded || !m_haveView)
        return;
    m_sincePush.restart();
    // The incidents do not move: sent again only when the view or the period changed.
    QJsonObject layers = m_model.viewLayers(m_zoom, m_bounds, m_shell.clock().nowMs(),
                                            std::exchange(m_incidentsStale, false));
    layers.insert(u"batch"_s, double(++m_batch));
    if (m_oldestUndrawnMs > 0) {
        m_batchOldestMs.insert(m_batch, std::exchange(m_oldestUndrawnMs, 0));
        // A page that never answers (hidden) does not make this grow.
        if (m_batchOldestMs.size() > 64)
            m_batchOldestMs.erase(m_batchOldestMs.begin());
    }
    emit m_bridge->viewData(layers);
}

void MapPage::pushHeat()
{
    if (!m_loaded || !m_haveView)
        return;
    emit m_bridge->heat(m_heat->isChecked()
                            ? m_model.heat(m_zoom, m_bounds)
                            : QJsonObject{{u"cells"_s, QJsonArray()}, {u"most"_s, 1}});
}

void MapPage::updatePeriod()
{
    // The week up to the newest incident synced (or now, before any).
    const qint64 newest = m_model.newestIncidentMs();
    const qint64 weekEnd =
        (newest > 0 ? newest : m_shell.clock().nowMs()) / kHourMs * kHourMs + kHourMs;
    const qint64 end = weekEnd - qint64(kWeekHours - m_time->value()) * kHourMs;
    const qint64 from = end - qint64(m_window->currentData().toInt()) * kHourMs;
    m_model.setPeriod(from, end);
    m_periodStartMs = from;
    m_periodEndMs = end;
    if (!m_trackId.isEmpty())
        showTrack();
    m_period->setText(tr("%1 – %2").arg(timeText(from), timeText(end)));
    m_incidentsStale = true;
    pushView();
    pushHeat();
    updateStatus();
}

void MapPage::setFeedStates(const QList<FeedState> &states)
{
    m_feeds = states;
    updateStatus();
}

void MapPage::updateStatus()
{
    const qint64 now = m_shell.clock().nowMs();
    const auto &latest = m_model.fleet().latest();
    const int stale = int(m_model.fleet().stale(now, m_model.staleAfterMs()).size());
    QStringList lines;
    QString people = tr("%n officer(s) and vehicle(s) on the map", nullptr, int(latest.size()));
    if (stale > 0)
        people += tr(", %n not heard for over %1 min", nullptr, stale)
                      .arg(m_model.staleAfterMs() / 60000);
    lines << people;
    const int shown = m_model.shownIncidents();
    QString incidents = tr("%n incident(s) in the period", nullptr, shown);
    if (m_model.unplacedIncidents() > 0)
        incidents += tr("; %n without a known address", nullptr, m_model.unplacedIncidents());
    lines << incidents;
    for (const FeedState &feed : std::as_const(m_feeds))
        lines << (feed.live ? feed.text.toHtmlEscaped()
                            : u"<span style=\"color:#c62828\">%1</span>"_s.arg(
                                  feed.text.toHtmlEscaped()));
    if (!m_tileProblem.isEmpty())
        lines << u"<span style=\"color:#c62828\">%1</span>"_s.arg(m_tileProblem.toHtmlEscaped());
    m_status->setText(lines.join(u"<br>"_s));
}

int MapPage::resultCount() const
{
    return m_results->topLevelItemCount();
}

QString MapPage::details() const
{
    return m_detailsLabel->text();
}

void MapPage::select(const QString &kind, const QString &id)
{
    m_shownIncident.clear();
    if (!m_trackId.isEmpty()) {
        m_trackId.clear();
        showTrack();
    }
    updateDispatchActions();
    if (m_sideTabs)
        m_sideTabs->setCurrentIndex(0);
    if (kind == u"incident") {
        const auto placed = m_model.incident(id);
        if (!placed)
            return;
        const Incident &i = placed->incident;
        m_detailsLabel->setText(
            tr("<b>%1</b> %2<br>Received %3 · %4<br>%5<br>Handled by %6 %7<br>%8")
                .arg(i.jqlbMc.toHtmlEscaped(), i.jqbh.toHtmlEscaped(), timeText(i.jjsjMs),
                     i.bjbz ? tr("closed") : tr("open"), i.bzFsdz.toHtmlEscaped(),
                     i.czdwMc.toHtmlEscaped(), i.czmj.toHtmlEscaped(), i.cznr.toHtmlEscaped()));
        if (placed->at)
            showFound(m_model.nearest(*placed->at, 10));
        m_shownIncident = id;
        updateDispatchActions();
        return;
    }
    if (kind == u"officer" || kind == u"vehicle") {
        const FleetFix fix = m_model.fleet().latest().value(id);
        if (fix.id.isEmpty())
            return;
        const qint64 age = (m_shell.clock().nowMs() - fix.fix.at.toMSecsSinceEpoch()) / 1000;
        QString text = tr("<b>%1</b> %2 · %3<br>Heard %4 s ago")
                           .arg(kindText(kind), id.toHtmlEscaped(), fix.unit.toHtmlEscaped())
                           .arg(age);
        if (std::isfinite(fix.fix.speedMps))
            text += tr(" · %1 km/h").arg(fix.fix.speedMps * 3.6, 0, 'f', 0);
        m_trackId = id;
        m_trackDetails = text;
        showTrack();
        updateDispatchActions();
        QList<MapModel::Found> cameras;
        for (const MapModel::Found &found : m_model.nearest(fix.fix.position, 5)) {
            if (found.kind == u"camera")
                cameras.append(found);
        }
        showFound(cameras);
        return;
    }
    if (kind == u"camera") {
        const auto camera = m_model.camera(id);
        if (!camera)
            return;
        m_detailsLabel->setText(
            tr("<b>%1</b> %2").arg(camera->name.toHtmlEscaped(), camera->unit.toHtmlEscaped()));
        if (const auto at = m_model.cameraPosition(id)) {
            QList<MapModel::Found> people;
            for (const MapModel::Found &found : m_model.nearest(*at, 10)) {
                if (found.kind != u"camera")
                    people.append(found);
            }
            showFound(people);
        }
        openCamera(id);
        return;
    }
    if (kind == u"caseArea") {
        m_shell.showPage(*Id::fromString(u"casearea.live"_s));
        return;
    }
    if (kind == u"station")
        m_detailsLabel->setText(u"<b>%1</b>"_s.arg(id.toHtmlEscaped()));
}

void MapPage::showArea(const MapModel::Area &area)
{
    const QList<MapModel::Found> found = m_model.inside(area);
    QString shape;
    switch (area.kind) {
    case MapModel::Area::Kind::Circle:
        shape = tr("Within %1 of the centre").arg(distanceText(area.metres));
        break;
    case MapModel::Area::Kind::Polygon:
        shape = tr("Inside the polygon");
        break;
    case MapModel::Area::Kind::Route:
        shape = tr("Within %1 of the route").arg(distanceText(area.metres));
        break;
    }
    QHash<QString, int> counts;
    for (const MapModel::Found &f : found)
        ++counts[f.kind];
    m_detailsLabel->setText(tr("<b>%1</b><br>%2 officers, %3 vehicles, %4 incidents, %5 cameras")
                                .arg(shape)
                                .arg(counts.value(u"officer"_s))
                                .arg(counts.value(u"vehicle"_s))
                                .arg(counts.value(u"incident"_s))
                                .arg(counts.value(u"camera"_s)));
    showFound(found);
}

void MapPage::showFound(const QList<MapModel::Found> &found)
{
    m_results->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(found.size());
    for (const MapModel::Found &f : found) {
        auto *item = new QTreeWidgetItem(
            {kindText(f.kind), f.name, f.metres > 0 ? distanceText(f.metres) : QString(),
             f.etaSeconds > 0 ? durationText(f.etaSeconds) : QString(), f.unit});
        item->setData(0, Qt::UserRole, f.kind);
        item->setData(1, Qt::UserRole, f.id);
        item->setData(2, Qt::UserRole, QVariant::fromValue(QPointF(f.at.lat, f.at.lon)));
        item->setData(3, Qt::UserRole, f.metres);
        items.append(item);
    }
    m_results->addTopLevelItems(items);
    m_export->setEnabled(!found.isEmpty());
}

void MapPage::openResult(QTreeWidgetItem *item)
{
    const QString kind = item->data(0, Qt::UserRole).toString();
    const QString id = item->data(1, Qt::UserRole).toString();
    const QPointF at = item->data(2, Qt::UserRole).toPointF();
    if (kind == u"camera")
        openCamera(id);
    // Officers and vehicles have moved on since the list was made: to where they are now.
    const auto now = m_model.fleet().latest().constFind(id);
    if ((kind == u"officer" || kind == u"vehicle") && now != m_model.fleet().latest().cend())
        return flyTo(now->fix.position);
    flyTo({at.x(), at.y()});
}

void MapPage::openCamera(const QString &cameraId)
{
    // The video patrol's tile in a window of its own, or its grid when that is all it offers.
    if (!m_shell.openObject(u"cameraWindow"_s, cameraId) &&
        !m_shell.openObject(u"camera"_s, cameraId))
        m_shell.notify(
            Severity::Warning, tr("Command map"),
            tr("The camera %1 cannot be shown: video patrol is not running.").arg(cameraId));
}

void MapPage::flyTo(const LatLon &at)
{
    const LatLon shown = m_model.toDisplay(at);
    emit m_bridge->command(
        u"flyTo"_s, QJsonObject{{u"at"_s, QJsonArray{shown.lat, shown.lon}}, {u"zoom"_s, 16}});
}

void MapPage::drawArea(const QString &kind, double metres)
{
    emit m_bridge->command(u"draw"_s, QJsonObject{{u"kind"_s, kind}, {u"metres"_s, metres}});
    m_view->setFocus();
}

void MapPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportResults(path);
}

void MapPage::exportResults(const QString &path)
{
    // A few thousand rows at most: written at once, atomically.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_shell.notify(Severity::Warning, tr("Command map"),
                       tr("The list cannot be saved to %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto cell = &Csv::cell;
    QByteArray out = Csv::kUtf8Bom;
    out += tr("kind,id,name,unit,latitude,longitude,distance (m),ETA").toUtf8() + "\r\n";
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_results->topLevelItem(i);
        const QPointF at = item->data(2, Qt::UserRole).toPointF();
        const double metres = item->data(3, Qt::UserRole).toDouble();
        const QStringList row{cell(item->text(0)),
                              cell(item->data(1, Qt::UserRole).toString()),
                              cell(item->text(1)),
                              cell(item->text(4)),
                              QString::number(at.x(), 'f', 6),
                              QString::number(at.y(), 'f', 6),
                              metres > 0 ? QString::number(qRound(metres)) : QString(),
                              cell(item->text(3))};
        out += row.join(u',').toUtf8() + "\r\n";
    }
    file.write(out);
    if (!file.commit())
        m_shell.notify(Severity::Warning, tr("Command map"),
                       tr("The list cannot be saved to %1: %2").arg(path, file.errorString()));
}

} // namespace Jiandu::CommandMap

namespace Jiandu::CommandMap {

void MapPage::updateDispatchActions()
{
    if (!m_send)
        return;
    bool anyone = !m_trackId.isEmpty(); // the officer or vehicle shown
    for (int row = 0; row < m_results->topLevelItemCount() && !anyone; ++row) {
        const QString kind = m_results->topLevelItem(row)->data(0, Qt::UserRole).toString();
        anyone = kind == u"officer" || kind == u"vehicle";
    }
    const bool can = m_dispatch && m_dispatch->isAvailable();
    m_send->setEnabled(can && anyone);
    const auto incident =
        m_shownIncident.isEmpty() ? std::nullopt : m_model.incident(m_shownIncident);
    m_brief->setEnabled(can && incident && incident->at &&
                        !m_model.geography().leadersFor(*incident->at).isEmpty());
}

void MapPage::sendInstruction()
{
    if (!m_dispatch)
        return;
    DispatchDialog::Draft draft;
    QList<QTreeWidgetItem *> chosen = m_results->selectedItems();
    if (chosen.isEmpty()) {
        for (int row = 0; row < m_results->topLevelItemCount(); ++row)
            chosen << m_results->topLevelItem(row);
    }
    for (const QTreeWidgetItem *item : std::as_const(chosen)) {
        const QString kind = item->data(0, Qt::UserRole).toString();
        if (kind == u"officer" || kind == u"vehicle")
            draft.recipients << item->data(1, Qt::UserRole).toString();
    }
    if (draft.recipients.isEmpty() && !m_trackId.isEmpty())
        draft.recipients << m_trackId; // the officer or vehicle shown
    if (const auto placed =
            m_shownIncident.isEmpty() ? std::nullopt : m_model.incident(m_shownIncident)) {
        const Incident &i = placed->incident;
        draft.incident = i.jqbh;
        draft.title = tr("Go to %1: %2").arg(i.bzFsdz, i.jqlbMc);
        draft.body = tr("Incident %1, received %2.\n%3").arg(i.jqbh, timeText(i.jjsjMs), i.cznr);
    }
    auto *dialog = new DispatchDialog(*m_dispatch, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_sideTabs->setCurrentWidget(m_dispatchPanel); });
    dialog->open();
}

void MapPage::briefLeaders()
{
    const auto placed =
        m_shownIncident.isEmpty() ? std::nullopt : m_model.incident(m_shownIncident);
    if (!m_dispatch || !placed || !placed->at)
        return;
    const Incident &i = placed->incident;
    const QStringList leaders = m_model.geography().leadersFor(*placed->at);
    m_dispatch->send(
        Instruction::Kind::Briefing, tr("%1 at %2").arg(i.jqlbMc, i.bzFsdz),
        tr("Incident %1, received %2 (%3).\n%4")
            .arg(i.jqbh, timeText(i.jjsjMs), i.bjbz ? tr("closed") : tr("open"), i.cznr),
        leaders, i.jqbh, this, [this, leaders](Result<Instruction> sent) {
            if (!sent) {
                m_shell.notify(Severity::Warning, tr("Command map"),
                               tr("The briefing was not sent: %1").arg(sent.error().message));
                return;
            }
            m_shell.notify(Severity::Information, tr("Command map"),
                           tr("Briefing sent to %1.").arg(leaders.join(u"、"_s)));
            m_sideTabs->setCurrentWidget(m_dispatchPanel);
        });
}

} // namespace Jiandu::CommandMap

namespace Jiandu::CommandMap {

void MapPage::showTrack()
{
    QJsonArray points;
    if (!m_trackId.isEmpty()) {
        QString way = tr("No way kept yet.");
        if (const auto span = m_model.fleet().trackSpan(m_trackId)) {
            // Over the slider's period where the way reaches into it, else all that is kept.
            qint64 from = std::max(m_periodStartMs, span->first);
            qint64 to = std::min(m_periodEndMs, span->second);
            if (from >= to) {
                from = span->first;
                to = span->second;
            }
            const QList<TrackPoint> track = m_model.fleet().track(m_trackId, from, to);
            for (const TrackPoint &p : track) {
                const LatLon shown = m_model.toDisplay(p.at);
                points.append(QJsonArray{shown.lat, shown.lon});
            }
            way = tr("Way drawn from %1 to %2 (%n position(s))", nullptr, int(track.size()))
                      .arg(timeText(from), timeText(to));
        }
        m_detailsLabel->setText(m_trackDetails + u"<br>"_s + way);
    }
    emit m_bridge->command(u"track"_s, QJsonObject{{u"points"_s, points}});
}

} // namespace Jiandu::CommandMap
