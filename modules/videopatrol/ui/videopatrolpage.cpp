#include "videopatrolpage.h"

#include "../api/icamerastreams.h"
#include "../clipjob.h"
#include "../evidence.h"
#include "../layoutlibrary.h"
#include "../patrolround.h"
#include "../recordings.h"
#include "../videopatrolsettings.h"
#include "../wallchannel.h"
#include "cameramodel.h"
#include "clipexportdialog.h"
#include "videogrid.h"

#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QSaveFile>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <alerts/api/ieventsink.h>
#include <analytics/api/icamerahealth.h>
#include <core/clock.h>
#include <core/filehash.h>
#include <core/settingsstore.h>
#include <media/camerafeed.h>
#include <media/clipexporter.h>
#include <media/snapshot.h>
#include <moduleapi/ishell.h>
#include <videopatrol/data/findingrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

VideoPatrolPage::VideoPatrolPage(IShell &shell, Evidence &evidence, LayoutLibrary &library,
                                 Recordings *recordings, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_layouts(library)
    , m_evidence(evidence)
    , m_cameras(new CameraModel(shell.context().site, false, this))
    , m_tree(new QTreeView(this))
    , m_grid(new VideoGrid({shell.context().userName, QSysInfo::machineHostName()}, this))
    , m_patrol(new PatrolRound(this))
    , m_patrolSeconds(new QSpinBox(this))
    , m_recordings(recordings)
{
    setObjectName(u"videoPatrolPage"_s);
    m_grid->setStreams(shell.service<ICameraStreams>());
    m_tree->setModel(m_cameras);
    m_tree->setAccessibleName(tr("Cameras"));
    m_tree->header()->hide();
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->expandAll();
    // 视频质量诊断's verdicts beside each camera, when the analytics module runs.
    if (auto *health = m_shell.service<ICameraHealth>()) {
        auto show = [this](const QString &cameraId, const CameraHealthMark &mark) {
            m_cameras->setHealth(cameraId, int(mark.level), mark.text, mark.detail);
        };
        const auto marks = health->cameraHealth();
        for (auto it = marks.cbegin(); it != marks.cend(); ++it)
            show(it.key(), it.value());
        health->watchHealth(this, show);
        if (m_cameras->columnCount() < 2)
            m_cameras->setColumnCount(2);
        m_tree->header()->setStretchLastSection(false);
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
            auto *health = m_shell.service<ICameraHealth>();
            if (!health)
                return;
            const QString cameraId =
                m_tree->indexAt(at).siblingAtColumn(0).data(CameraModel::IdRole).toString();
            QMenu menu(this);
            if (!cameraId.isEmpty()) {
                menu.addAction(tr("Diagnose now"), this,
                               [this, cameraId] { healthAction(cameraId, false); });
                menu.addAction(tr("Take its view as it is now for reference"), this,
                               [this, cameraId] { healthAction(cameraId, true); });
                menu.addSeparator();
            }
            menu.addAction(tr("Export the cameras' health (CSV)…"), this,
                           &VideoPatrolPage::exportHealth);
            menu.exec(m_tree->viewport()->mapToGlobal(at));
        });
    }
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        showCamera(index.siblingAtColumn(0).data(CameraModel::IdRole).toString());
    });

    auto *toolbar = new QToolBar(this);
    auto *layouts = new QActionGroup(this);
    for (int count : {1, 4, 9, 16, 25}) {
        QAction *action = toolbar->addAction(tr("%n tile(s)", nullptr, count));
        action->setCheckable(true);
        action->setChecked(count == m_grid->tileCount());
        action->setData(count);
        layouts->addAction(action);
        m_layoutActions.append(action);
        connect(action, &QAction::triggered, this, [this, count] { m_grid->setTileCount(count); });
    }
    toolbar->addSeparator();
    QAction *patrol = toolbar->addAction(tr("Patrol round"));
    patrol->setObjectName(u"patrolRound"_s);
    patrol->setCheckable(true);
    patrol->setToolTip(tr("Show every camera of the site in turn"));
    m_patrolSeconds->setRange(VideoPatrolSettings::patrolSeconds.minimum(),
                              VideoPatrolSettings::patrolSeconds.maximum());
    m_patrolSeconds->setValue(VideoPatrolSettings::patrolSeconds.value(m_shell.settings()));
    m_patrolSeconds->setSuffix(tr(" s each"));
    m_patrolSeconds->setAccessibleName(tr("Patrol interval"));
    toolbar->addWidget(m_patrolSeconds);
    connect(patrol, &QAction::toggled, this, &VideoPatrolPage::togglePatrol);
    // 巡查率: the round's units are due a patrol; a unit whose every camera was shown is done.
    const auto toEngine = [this](const QString &type, const QStringList &units) {
        IEventSink *sink = m_shell.service<IEventSink>();
        if (!sink)
            return; // no rule engine on this workstation (e.g. a wall)
        QList<RuleEvent> events;
        for (const QString &unit : units)
            events.append({type, m_shell.clock().nowMs(), {{u"unit"_s, unit}}});
        sink->submit(events, tr("Video patrol"));
    };
    connect(m_patrol, &PatrolRound::unitsScheduled, this,
            [toEngine](const QStringList &units) { toEngine(u"patrol.scheduled"_s, units); });
    connect(m_patrol, &PatrolRound::unitPatrolled, this,
            [toEngine](const QString &unit) { toEngine(u"patrol.done"_s, {unit}); });
    // The round's progress, visible even when all cameras fit on the grid at once.
    auto *progress = new QLabel(toolbar);
    progress->setObjectName(u"patrolProgress"_s);
    progress->setContentsMargins(6, 0, 6, 0);
    QAction *progressAction = toolbar->addWidget(progress);
    progressAction->setVisible(false);
    auto *progressClock = new QTimer(this);
    progressClock->setInterval(500);
    connect(progressClock, &QTimer::timeout, this, [this, progress, progressAction] {
        const bool running = m_patrol->isRunning();
        progressAction->setVisible(running);
        if (!running)
            return;
        const PatrolRound::Progress p = m_patrol->progress();
        const QString cameras =
            p.firstCamera == p.lastCamera
                ? tr("camera %1 of %2").arg(p.firstCamera).arg(p.cameras)
                : tr("cameras %1–%2 of %3").arg(p.firstCamera).arg(p.lastCamera).arg(p.cameras);
        progress->setText(tr("Round %1: %2, next in %3 s")
                              .arg(p.round)
                              .arg(cameras)
                              .arg((p.msToNext + 999) / 1000));
    });
    progressClock->start();
    connect(m_patrol, &PatrolRound::step, this, [this](const QList<SiteCamera> &cameras) {
        for (int i = 0; i < m_grid->tileCount(); ++i) {
            if (i < cameras.size())
                m_grid->showCameraIn(m_grid->tile(i), cameras[i]);
            else
                m_grid->tile(i)->clear();
        }
    });
    auto *layoutsButton = new QToolButton(toolbar);
    layoutsButton->setObjectName(u"savedLayouts"_s);
    layoutsButton->setText(tr("Layouts"));
    layoutsButton->setToolTip(tr("Save this grid under a name, or bring back a saved one"));
    layoutsButton->setPopupMode(QToolButton::InstantPopup);
    auto *layoutsMenu = new QMenu(layoutsButton);
    layoutsMenu->setObjectName(u"savedLayoutsMenu"_s);
    connect(layoutsMenu, &QMenu::aboutToShow, this,
            [this, layoutsMenu] { fillLayoutMenu(layoutsMenu); });
    layoutsButton->setMenu(layoutsMenu);
    fillLayoutMenu(layoutsMenu);
    toolbar->addWidget(layoutsButton);
    toolbar->addSeparator();
    QAction *finding = toolbar->addAction(tr("Report a problem…"));
    finding->setObjectName(u"reportFinding"_s);
    finding->setToolTip(tr("Record what you see on the selected tile, with a snapshot"));
    connect(finding, &QAction::triggered, this, &VideoPatrolPage::reportFinding);

    connect(m_grid, &VideoGrid::snapshotRequested, this, &VideoPatrolPage::takeSnapshot);
    connect(m_grid, &VideoGrid::recordToggled, this, &VideoPatrolPage::toggleRecording);
    connect(m_grid, &VideoGrid::clipRequested, this, &VideoPatrolPage::exportClip);
    connect(m_grid, &VideoGrid::replayRequested, this, &VideoPatrolPage::replay);
    connect(m_grid, &VideoGrid::fullScreenRequested, this, &VideoPatrolPage::showFullScreen);
    connect(m_grid, &VideoGrid::sendToWallRequested, this, [this](VideoTile *tile) {
        if (!tile->camera())
            return;
        QString error;
        if (m_layouts.pushToWall(tile->camera()->id, &error))
            m_shell.notify(Severity::Information, tr("Sent to the video wall"),
                           tile->camera()->name);
        else
            m_shell.notify(Severity::Warning, tr("Not sent to the video wall"), error);
    });
    connect(m_grid, &VideoGrid::problem, this, [this](const QString &title, const QString &text) {
        m_shell.notify(Severity::Warning, title, text);
    });
    // A tile shows whether its camera is being recorded, whatever tile started it; the tree
    // shows which cameras are on screen.
    connect(m_grid, &VideoGrid::arrangementChanged, this, [this] {
        for (QAction *action : std::as_const(m_layoutActions))
            action->setChecked(action->data().toInt() == m_grid->tileCount());
        QSet<QString> shown;
        for (VideoTile *tile : m_grid->tiles()) {
            if (tile->camera())
                shown.insert(tile->camera()->id);
        }
        m_cameras->setOnScreen(shown);
        for (int i = 0; i < m_grid->tileCount(); ++i) {
            VideoTile *tile = m_grid->tile(i);
            tile->setRecording(tile->camera() && m_recordings &&
                               m_recordings->isRecording(tile->camera()->id));
        }
    });
    connect(m_grid, &VideoGrid::cameraDropped, this, [this](VideoTile *tile, const QString &id) {
        if (const SiteCamera *camera = findCamera(id))
            m_grid->showCameraIn(tile, *camera);
    });
    connect(m_grid, &VideoGrid::arrangementChanged, this, &VideoPatrolPage::saveArrangement);

    placeBesideCameraTree(this, m_tree, {toolbar, m_grid}, 1);
    restoreArrangement();
    if (m_recordings) {
        connect(m_recordings, &Recordings::recordingChanged, this, &VideoPatrolPage::showRecording);
        for (const SiteCamera &camera : m_shell.context().site.cameras)
            showRecording(camera.id, m_recordings->isRecording(camera.id));
    }
}

VideoPatrolPage::~VideoPatrolPage()
{
    // Exports in flight stop (and delete their partial files) before the module goes.
    for (ClipJob *job : findChildren<ClipJob *>())
        job->cancel();
    m_jobs.waitForDone();
}

const SiteCamera *VideoPatrolPage::findCamera(const QString &cameraId) const
{
    for (const SiteCamera &camera : m_shell.context().site.cameras) {
        if (camera.id == cameraId)
            return &camera;
    }
    return nullptr;
}

void VideoPatrolPage::saveArrangement()
{
    if (m_restoring)
        return;
    QStringList cameras;
    for (int i = 0; i < m_grid->tileCount(); ++i) {
        const auto camera = m_grid->tile(i)->camera();
        cameras.append(camera ? camera->id : QString());
    }
    m_shell.settings().setValue(u"videopatrol/tiles"_s, m_grid->tileCount());
    m_shell.settings().setValue(u"videopatrol/cameras"_s, cameras);
}

void VideoPatrolPage::restoreArrangement()
{
    applyArrangement(
        m_shell.settings().intValue(u"videopatrol/tiles"_s, 4, 1, VideoGrid::kMaxTiles),
        m_shell.settings().stringListValue(u"videopatrol/cameras"_s));
}

void VideoPatrolPage::applyArrangement(int tiles, const QStringList &cameraIds)
{
    m_restoring = true;
    m_grid->setTileCount(tiles);
    for (QAction *action : std::as_const(m_layoutActions))
        action->setChecked(action->data().toInt() == m_grid->tileCount());
    for (int i = 0; i < m_grid->tileCount(); ++i) {
        // A camera the site no longer has is skipped, not an error.
        const SiteCamera *camera = findCamera(cameraIds.value(i));
        if (camera)
            m_grid->showCameraIn(m_grid->tile(i), *camera);
        else
            m_grid->tile(i)->clear();
    }
    m_restoring = false;
    saveArrangement();
}

void VideoPatrolPage::saveLayoutAs()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"layoutNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save layout"));
    dialog->setLabelText(tr("Name (the other operators of your unit see it too):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.simplified();
        if (name.isEmpty())
            return;
        QStringList cameras;
        for (int i = 0; i < m_grid->tileCount(); ++i) {
            const auto camera = m_grid->tile(i)->camera();
            cameras.append(camera ? camera->id : QString());
        }
        m_layouts.save(name, m_grid->tileCount(), cameras);
    });
    dialog->open();
}

void VideoPatrolPage::healthAction(const QString &cameraId, bool retakeReference)
{
    auto *health = m_shell.service<ICameraHealth>();
    if (!health)
        return;
    if (retakeReference)
        health->retakeReference(cameraId);
    else
        health->diagnoseNow(cameraId);
    m_shell.notify(Severity::Information, tr("Camera health"),
                   retakeReference
                       ? tr("The camera is looked at now; if its picture is sound, it becomes the "
                            "view it is held to.")
                       : tr("The camera is looked at now; its verdict shows in the list in a few "
                            "seconds."));
}

void VideoPatrolPage::exportHealth()
{
    auto *health = m_shell.service<ICameraHealth>();
    if (!health)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the cameras' health"),
        QDir::home().filePath(tr("camera-health-%1.csv")
                                  .arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s))),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray csv = health->reportCsv();
    QPointer<VideoPatrolPage> self(this);
    QThreadPool::globalInstance()->start([self, path, csv] {
        QSaveFile out(path);
        const bool written =
            out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size() && out.commit();
        const QString error = written ? QString() : out.errorString();
        // Told on the application's thread, where the page may be gone by then.
        QMetaObject::invokeMethod(
            qApp,
            [self, path, error] {
                if (!self)
                    return;
                if (error.isEmpty())
                    self->m_shell.notify(Severity::Information, tr("Camera health exported"), path);
                else
                    self->m_shell.notify(Severity::Warning, tr("Camera health not exported"),
                                         tr("%1 could not be written: %2").arg(path, error));
            },
            Qt::QueuedConnection);
    });
}

void VideoPatrolPage::fillLayoutMenu(QMenu *menu)
{
    menu->clear();
    QAction *save = menu->addAction(tr("Save this layout as…"));
    save->setObjectName(u"saveLayout"_s);
    connect(save, &QAction::triggered, this, &VideoPatrolPage::saveLayoutAs);
    const QList<NamedLayout> &layouts = m_layouts.layouts();
    if (layouts.isEmpty())
        return;
    menu->addSeparator();
    QMenu *remove = new QMenu(tr("Delete"), menu);
    for (const NamedLayout &layout : layouts) {
        QAction *apply = menu->addAction(
            tr("%1 (%n tile(s), by %2)", nullptr, layout.tiles).arg(layout.name, layout.savedBy));
        apply->setObjectName(u"layout:"_s + layout.name);
        connect(apply, &QAction::triggered, this, [this, layout] {
            applyArrangement(std::clamp(layout.tiles, 1, VideoGrid::kMaxTiles), layout.cameras);
        });
        QAction *drop = remove->addAction(layout.name);
        drop->setObjectName(u"deleteLayout:"_s + layout.name);
        connect(drop, &QAction::triggered, this, [this, layout] { m_layouts.remove(layout); });
    }
    menu->addSeparator();
    menu->addMenu(remove);
}

bool VideoPatrolPage::showCamera(const QString &cameraId)
{
    const SiteCamera *camera = findCamera(cameraId);
    if (camera)
        m_grid->showCamera(*camera);
    return camera != nullptr;
}

void VideoPatrolPage::togglePatrol(bool on)
{
    if (!on) {
        m_patrol->stop();
        return;
    }
    VideoPatrolSettings::patrolSeconds.set(m_shell.settings(), m_patrolSeconds->value());
    m_patrol->start(m_shell.context().site.cameras, m_grid->tileCount(),
                    m_patrolSeconds->value() * 1000);
}

void VideoPatrolPage::reportFinding()
{
    VideoTile *tile = m_grid->selectedTile();
    if (!tile) {
        m_shell.notify(Severity::Warning, tr("No camera selected"),
                       tr("Show a camera in the grid and click its tile first."));
        return;
    }
    // The picture is taken now, when the operator saw the problem, not when they finish typing.
    m_evidence.reportFinding(this, *tile->camera(), tile->stream().latestFrame(),
                             m_shell.clock().nowMs());
}

void VideoPatrolPage::toggleRecording(VideoTile *tile, bool on)
{
    if (!tile->camera())
        return;
    if (!m_recordings) {
        tile->setRecording(false);
        if (on)
            m_shell.notify(Severity::Warning, tr("Not recording"),
                           tr("This workstation has no local cache for the recording index."));
        return;
    }
    if (on)
        m_recordings->start(*tile->camera());
    else
        m_recordings->stop(tile->camera()->id);
}

void VideoPatrolPage::showRecording(const QString &cameraId, bool recording)
{
    m_cameras->setRecording(cameraId, recording);
    // Every tile of the camera, whatever tile (or window) started it.
    for (VideoTile *tile : m_grid->tiles()) {
        if (tile->camera() && tile->camera()->id == cameraId)
            tile->setRecording(recording);
    }
}

void VideoPatrolPage::replay(VideoTile *tile)
{
    if (!tile->camera())
        return;
    const SiteCamera camera = *tile->camera();
    const qint64 to = m_shell.clock().nowMs();
    const qint64 from = to - 15000;
    const QString path =
        QDir(m_shell.context().dataDirectory).filePath(u"replays/%1.mkv"_s.arg(camera.id));
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Said on the tile the operator is looking at (and kept in the log).
    QPointer<VideoTile> shownOn = tile;
    const auto noReplay = [shownOn, camera](const QString &why) {
        qInfo().noquote() << "no replay of" << camera.id << why;
        if (shownOn)
            shownOn->showNotice(tr("No replay: %1").arg(why));
    };
    if (!m_recordings) {
        noReplay(tr("this workstation keeps no recordings."));
        return;
    }
    if (!m_recordings->isRecording(camera.id)) {
        noReplay(tr("this camera is not being recorded (its schedule, or Record on the tile)."));
        return;
    }
    QPointer<VideoTile> target = tile;
    m_recordings->segments(
        camera.id, from, to, this,
        [this, camera, from, to, path, target, noReplay](Result<QList<MediaSegment>> segments) {
            if (!segments) {
                noReplay(segments.error().message);
                return;
            }
            ClipExporter::Options options;
            options.operatorName = m_shell.context().userName;
            auto *job = new ClipJob({{*segments, from, to}}, path, options, this);
            connect(job, &ClipJob::finished, this,
                    [job, target, noReplay,
                     cameraId = camera.id](const Result<ClipExporter::Clip> &clip) {
                        job->deleteLater();
                        if (!clip)
                            noReplay(clip.error().message);
                        else if (target && target->camera() && target->camera()->id == cameraId)
                            target->playReplay(clip->path);
                    });
            job->start(m_jobs);
        });
}

void VideoPatrolPage::exportClip(VideoTile *tile)
{
    if (!tile->camera())
        return;
    const qint64 now = m_shell.clock().nowMs();
    ClipExportDialog::forCamera(m_shell, *tile->camera(), now - 30000, now, m_evidence, m_jobs,
                                this)
        ->open();
}

void VideoPatrolPage::showFullScreen(VideoTile *tile)
{
    if (!tile->camera())
        return;
    // A window of its own on the tile's screen, decoding the camera at full resolution.
    auto *window = new VideoTile(VideoGrid::kMaxTiles,
                                 {m_shell.context().userName, QSysInfo::machineHostName()});
    window->setObjectName(u"fullScreenVideo"_s);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tile->camera()->name);
    auto *leave = new QAction(window);
    leave->setShortcut(Qt::Key_Escape);
    connect(leave, &QAction::triggered, window, &QWidget::close);
    window->addAction(leave);
    connect(this, &QObject::destroyed, window, &QWidget::close);
    // Its buttons work as on the grid; "Full screen" again leaves it.
    connect(window, &VideoTile::fullScreenRequested, window, &QWidget::close);
    connect(window, &VideoTile::snapshotRequested, this, &VideoPatrolPage::takeSnapshot);
    connect(window, &VideoTile::recordToggled, this, &VideoPatrolPage::toggleRecording);
    connect(window, &VideoTile::clipRequested, this, &VideoPatrolPage::exportClip);
    connect(window, &VideoTile::replayRequested, this, &VideoPatrolPage::replay);
    connect(window, &VideoTile::problem, this, [this](const QString &title, const QString &text) {
        m_shell.notify(Severity::Warning, title, text);
    });
    if (QScreen *screen = tile->screen())
        window->setGeometry(screen->geometry());
    window->setStreams(m_shell.service<ICameraStreams>());
    window->showCamera(*tile->camera(), QSize());
    // Recorded or not, it says so full screen as on the grid.
    if (m_recordings) {
        window->setRecording(m_recordings->isRecording(tile->camera()->id));
        connect(m_recordings, &Recordings::recordingChanged, window,
                [window](const QString &cameraId, bool recording) {
                    if (window->camera() && window->camera()->id == cameraId)
                        window->setRecording(recording);
                });
    }
    window->showFullScreen();
}

void VideoPatrolPage::takeSnapshot(VideoTile *tile)
{
    if (!tile->camera())
        return;
    const SiteCamera camera = *tile->camera();
    if (tile->isFullResolution()) {
        m_evidence.saveSnapshot(camera, tile->stream().latestFrame(), m_shell.clock().nowMs());
        return;
    }
    // A grid tile decodes a small picture (or the sub-stream): the snapshot is taken from the
    // main stream at full resolution, a frame fetched for it; the tile's picture only if
    // none comes in time (and the operator is told).
    tile->showNotice(tr("Taking a full-resolution snapshot…"));
    auto *grab = new LiveStream(this);
    auto *timeout = new QTimer(grab);
    timeout->setSingleShot(true);
    const QImage fallback = tile->stream().latestFrame();
    QPointer<VideoTile> shownOn = tile;
    // From the camera's shared connection when there is one: the pictures since its last key
    // frame are decoded at once, and the snapshot is the newest of them or the next.
    auto *streams = m_shell.service<ICameraStreams>();
    std::shared_ptr<CameraFeed> feed = streams ? streams->feed(QUrl(camera.url)) : nullptr;
    const int backlog =
        feed && feed->state() == CameraFeed::State::Playing ? feed->picturesSinceKeyframe() : 0;
    const auto finish = [this, grab, camera, fallback, shownOn](bool full) {
        if (grab->property("done").toBool())
            return;
        grab->setProperty("done", true);
        const QImage frame = full ? grab->latestFrame() : fallback;
        grab->deleteLater();
        if (shownOn)
            shownOn->showNotice(full ? QString()
                                     : tr("The full picture did not come in time: the snapshot "
                                          "has the tile's size."));
        m_evidence.saveSnapshot(camera, frame, m_shell.clock().nowMs());
    };
    connect(grab, &LiveStream::frameReady, grab, [grab, backlog, finish] {
        if (grab->framesReceived() > backlog)
            finish(true);
    });
    connect(timeout, &QTimer::timeout, grab, [finish] { finish(false); });
    LiveStream::Options options;
    options.frameSize = QSize(); // as the camera sends it
    if (feed)
        grab->start(std::move(feed), options);
    else
        grab->start(QUrl(camera.url), options);
    timeout->start(6000);
}

} // namespace Jiandu
