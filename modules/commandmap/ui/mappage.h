#pragma once

#include "../dispatch/instructionrepository.h"
#include "../model/mapmodel.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;
class QAction;

namespace Jiandu {
class IShell;
}

namespace Jiandu::CommandMap {

class DispatchPanel;
class DispatchService;
class MapBridge;
class TileScheme;

//! 指挥调度一张图: the map (a Leaflet page in a web view) with the operator's tools around it
//! — layers, drawing an area, the time slider over the week's incidents — and a side panel
//! that says what was clicked and what is near or inside: officers and cameras with their
//! distance and straight-line time, double-click to see a camera live or fly to an officer.
class MapPage : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int resultCount READ resultCount)
    Q_PROPERTY(QString details READ details)
    Q_PROPERTY(bool pageLoaded READ pageLoaded)

public:
    struct Base
    {
        QString tiles; //!< an .mbtiles file or an http(s) template
        bool gcj02 = false;
        int maxZoom = 17;
        QString attribution;
        QString cacheDirectory;
    };

    //! \a dispatch: where instructions are sent and tracked (none: the map only shows).
    MapPage(IShell &shell, MapModel &model, const Base &base, DispatchService *dispatch,
            QWidget *parent = nullptr);
    ~MapPage() override;

    //! What one source of positions is doing, in words, and whether positions arrive.
    struct FeedState
    {
        QString text;
        bool live = false;
    };
    //! What every source of positions is doing (the broker, each receiver).
    void setFeedStates(const QList<FeedState> &states);
    //! Redraws the moving layers soon (time passed).
    void scheduleUpdate();
    //! Rings the officers and vehicles with an open instruction in \a kept.
    void markTasks(const QList<KeptInstruction> &kept);
    //! \a ids have new positions: drawn within a fifth of a second.
    void positionsMoved(const QStringList &ids);
    //! The model's incidents changed: the period and the layers follow.
    void refreshIncidents() { updatePeriod(); }

    int resultCount() const;
    QString details() const;
    bool pageLoaded() const { return m_loaded; }
    //! The page itself (tests and the benchmark run script in it).
    QWebEnginePage *webPage() const;

    //! What the panel shows for \a kind and \a id, as a click on the map does.
    Q_INVOKABLE void select(const QString &kind, const QString &id);
    //! Everything inside \a area (the map's own coordinates), as drawing it does.
    void showArea(const MapModel::Area &area);
    Q_INVOKABLE void exportResults(const QString &path);

Q_SIGNALS:
    //! The page has drawn a batch of positions, \a latencyMs after the oldest of them was
    //! sent (the terminal's time; the benchmark's latency).
    void positionsDrawn(qint64 latencyMs);

private:
    void buildPanel();
    void onPageReady();
    void pushView();
    void pushFixed();
    void pushHeat();
    void updatePeriod();
    void updateStatus();
    void showFound(const QList<MapModel::Found> &found);
    void openResult(QTreeWidgetItem *item);
    void openCamera(const QString &cameraId);
    void flyTo(const LatLon &at);
    void drawArea(const QString &kind, double metres);
    void chooseExport();
    //! 指令下发 to the officers and vehicles chosen in the list (all listed when none is).
    void sendInstruction();
    //! 情况发布 about the incident shown, at once, to the leaders responsible for where it is.
    void briefLeaders();
    void updateDispatchActions();
    //! The officer or vehicle shown: their way over the period on the map, in words below.
    void showTrack();

    IShell &m_shell;
    MapModel &m_model;
    Base m_base;
    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    MapBridge *m_bridge = nullptr;
    TileScheme *m_tiles = nullptr;
    bool m_loaded = false;

    QLabel *m_status = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QTreeWidget *m_results = nullptr;
    QAction *m_export = nullptr;
    QAction *m_heat = nullptr;
    QAction *m_send = nullptr;
    QAction *m_brief = nullptr;
    DispatchService *m_dispatch = nullptr;
    DispatchPanel *m_dispatchPanel = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QString m_shownIncident; //!< the incident the panel shows, if it does
    QString m_trackId;       //!< the officer or vehicle whose way is drawn
    QString m_trackDetails;  //!< what the panel says of them, before their way
    qint64 m_periodStartMs = 0;
    QSlider *m_time = nullptr;
    QComboBox *m_window = nullptr;
    QLabel *m_period = nullptr;
    QTimer m_play;
    QTimer m_update;
    QElapsedTimer m_sincePush;
    QTimer m_tick;
    QList<FeedState> m_feeds;
    bool m_incidentsStale = true; //!< the page's incidents are not those of the view and period
    QString m_tileProblem;
    qint64 m_periodEndMs = 0;

    std::array<double, 4> m_bounds{};
    int m_zoom = 0;
    bool m_haveView = false;
    qint64 m_batch = 0;
    qint64 m_oldestUndrawnMs = 0;         //!< the oldest position not yet sent to the page
    QMap<qint64, qint64> m_batchOldestMs; //!< batch → its oldest position, until drawn
};

} // namespace Jiandu::CommandMap
