#include "playbackpage.h"

#include "../clipjob.h"
#include "../evidence.h"
#include "cameramodel.h"
#include "clipexportdialog.h"
#include "playbackview.h"
#include "timelinewidget.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QSysInfo>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <core/clock.h>
#include <core/sitedescription.h>
#include <media/playbackstream.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <storage/segmentrepository.h>
#include <videopatrol/data/findingrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

// Segments read ahead of a seek: the reader continues through them without asking again.
constexpr qint64 kReadBehindMs = 3600LL * 1000;
constexpr qint64 kReadAheadMs = 6 * 3600LL * 1000;
// No frame for this long at the playback position: a gap in the recording.
constexpr qint64 kGapMs = 1500;

} // namespace

struct PlaybackPage::Slot
{
    SiteCamera camera;
    PlaybackView *view = nullptr;
    PlaybackStream stream;
    qint64 lastFrameMs = -1;
    //! A seek waits for the index: nothing from before it is shown meanwhile.
    bool seeking = false;
};

PlaybackPage::PlaybackPage(IShell &shell, Evidence &evidence, CacheThread *data, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_evidence(evidence)
    , m_data(data)
    , m_cameras(new CameraModel(shell.context().site, true, this))
    , m_tree(new QTreeView(this))
    , m_viewArea(new QWidget(this))
    , m_viewLayout(new QGridLayout(m_viewArea))
    , m_timeline(new TimelineWidget(this))
    , m_rate(new QComboBox(this))
    , m_jump(new QDateTimeEdit(this))
    , m_time(new QLabel(this))
{
    setObjectName(u"playbackPage"_s);
    m_tree->setModel(m_cameras);
    m_tree->setAccessibleName(tr("Cameras"));
    m_tree->setToolTip(tr("Tick up to %1 cameras to play them in step").arg(kMaxCameras));
    m_tree->header()->hide();
    m_tree->expandAll();
    connect(m_cameras, &QStandardItemModel::itemChanged, this, &PlaybackPage::camerasChosen);

    auto *toolbar = new QToolBar(this);
    QAction *back = toolbar->addAction(tr("◀| Frame"));
    back->setObjectName(u"stepBack"_s);
    back->setToolTip(tr("One frame back (Left)"));
    back->setShortcut(Qt::Key_Left);
    connect(back, &QAction::triggered, this, &PlaybackPage::stepBack);
    m_playPause = toolbar->addAction(tr("Play"));
    m_playPause->setObjectName(u"playPause"_s);
    m_playPause->setShortcut(Qt::Key_Space);
    connect(m_playPause, &QAction::triggered, this, [this] {
        if (m_clock.isPlaying())
            m_clock.pause();
        else
            m_clock.play();
    });
    QAction *forward = toolbar->addAction(tr("Frame |▶"));
    forward->setObjectName(u"stepForward"_s);
    forward->setToolTip(tr("One frame forward (Right)"));
    forward->setShortcut(Qt::Key_Right);
    connect(forward, &QAction::triggered, this, &PlaybackPage::stepForward);
    m_rate->setObjectName(u"playbackRate"_s);
    m_rate->setAccessibleName(tr("Speed"));
    for (double rate : {0.25, 0.5, 1.0, 2.0, 4.0, 8.0})
        m_rate->addItem(u"%1×"_s.arg(rate), rate);
    m_rate->setCurrentIndex(2);
    connect(m_rate, &QComboBox::currentIndexChanged, this,
            [this] { m_clock.setRate(m_rate->currentData().toDouble()); });
    toolbar->addWidget(m_rate);
    toolbar->addSeparator();
    m_jump->setObjectName(u"playbackJump"_s);
    m_jump->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_jump->setCalendarPopup(true);
    m_jump->setAccessibleName(tr("Go to time"));
    toolbar->addWidget(m_jump);
    QAction *go = toolbar->addAction(tr("Go"));
    connect(go, &QAction::triggered, this, [this] {
        ++m_operatorSeeks;
        m_clock.seek(std::min(m_jump->dateTime().toMSecsSinceEpoch(), m_shell.clock().nowMs()));
    });
    toolbar->addSeparator();
    QAction *snapshot = toolbar->addAction(tr("Snapshot"));
    snapshot->setObjectName(u"playbackSnapshot"_s);
    connect(snapshot, &QAction::triggered, this, [this] {
        if (PlaybackView *view = selectedView(); view && !view->frame().isNull())
            m_evidence.saveSnapshot(view->camera(), view->frame(), view->frameTimeMs());
    });
    QAction *finding = toolbar->addAction(tr("Report a problem…"));
    finding->setObjectName(u"playbackFinding"_s);
    finding->setToolTip(tr("Record what you see in the selected camera, with this frame"));
    connect(finding, &QAction::triggered, this, [this] {
        if (PlaybackView *view = selectedView(); view && !view->frame().isNull())
            m_evidence.reportFinding(this, view->camera(), view->frame(), view->frameTimeMs());
    });
    QAction *clip = toolbar->addAction(tr("Clip…"));
    clip->setObjectName(u"playbackClip"_s);
    clip->setToolTip(tr("Export the selected camera around the current time"));
    connect(clip, &QAction::triggered, this, [this] {
        if (PlaybackView *view = selectedView()) {
            const qint64 at = m_clock.position();
            ClipExportDialog::forCamera(m_shell, view->camera(), at - 15000, at + 15000, m_evidence,
                                        m_jobs, this)
                ->open();
        }
    });
    toolbar->addSeparator();
    m_time->setObjectName(u"playbackTime"_s);
    toolbar->addWidget(m_time);

    m_viewLayout->setContentsMargins(0, 0, 0, 0);
    m_viewLayout->setSpacing(2);
    auto *hint = new QLabel(tr("Tick cameras on the left to play their recordings."), m_viewArea);
    hint->setAlignment(Qt::AlignCenter);
    hint->setObjectName(u"playbackHint"_s);
    m_viewLayout->addWidget(hint, 0, 0);

    placeBesideCameraTree(this, m_tree, {toolbar, m_viewArea, m_timeline}, 1);

    connect(&m_clock, &PlaybackClock::seeked, this, &PlaybackPage::seekStreams);
    connect(&m_clock, &PlaybackClock::stateChanged, this, &PlaybackPage::updatePlayButton);
    // Recordings end now at the latest: a seek past it goes to now.
    connect(m_timeline, &TimelineWidget::seekRequested, this, [this](qint64 atMs) {
        ++m_operatorSeeks;
        m_clock.seek(std::min(atMs, m_shell.clock().nowMs()));
    });
    connect(m_timeline, &TimelineWidget::windowChanged, this, &PlaybackPage::refreshTimeline);
    m_present.setInterval(15);
    connect(&m_present, &QTimer::timeout, this, &PlaybackPage::present);
    m_present.start();
    m_timelineRefresh.setInterval(5000); // recordings still growing show up
    connect(&m_timelineRefresh, &QTimer::timeout, this, &PlaybackPage::refreshTimeline);
    m_timelineRefresh.start();

    const qint64 now = m_shell.clock().nowMs();
    m_clock.moveTo(now - 60000);
    m_jump->setDateTime(QDateTime::fromMSecsSinceEpoch(now - 60000));
    m_timeline->setWindow(now - 50 * 60000, now + 10 * 60000);
    updatePlayButton();
}

PlaybackPage::~PlaybackPage()
{
    m_present.stop();
    m_slots.clear(); // readers stop before the views go
    for (ClipJob *job : findChildren<ClipJob *>())
        job->cancel();
    m_jobs.waitForDone();
}

QList<PlaybackView *> PlaybackPage::views() const
{
    QList<PlaybackView *> views;
    for (const auto &slot : m_slots)
        views.append(slot->view);
    return views;
}

void PlaybackPage::play(const QStringList &cameraIds, qint64 atMs)
{
    m_updatingChecks = true;
    for (int u = 0; u < m_cameras->rowCount(); ++u) {
        QStandardItem *unit = m_cameras->item(u);
        for (int c = 0; c < unit->rowCount(); ++c)
            unit->child(c)->setCheckState(
                cameraIds.contains(unit->child(c)->data(CameraModel::IdRole).toString())
                    ? Qt::Checked
                    : Qt::Unchecked);
    }
    m_updatingChecks = false;
    setCameras(cameraIds.mid(0, kMaxCameras));
    ++m_operatorSeeks;
    m_clock.seek(atMs);
    m_clock.play();
}

void PlaybackPage::camerasChosen()
{
    if (m_updatingChecks)
        return;
    QStringList ids = m_cameras->checkedCameras();
    if (ids.size() > kMaxCameras) {
        m_shell.notify(
            Severity::Information, tr("Up to %1 cameras").arg(kMaxCameras),
            tr("Playback shows up to %1 cameras in step; untick one first.").arg(kMaxCameras));
        // Undo the newest tick: keep the cameras already playing.
        m_updatingChecks = true;
        for (int u = 0; u < m_cameras->rowCount(); ++u) {
            QStandardItem *unit = m_cameras->item(u);
            for (int c = 0; c < unit->rowCount(); ++c) {
                QStandardItem *item = unit->child(c);
                const QString id = item->data(CameraModel::IdRole).toString();
                const bool playing =
                    std::any_of(m_slots.begin(), m_slots.end(),
                                [&](const auto &slot) { return slot->camera.id == id; });
                if (item->checkState() == Qt::Checked && !playing)
                    item->setCheckState(Qt::Unchecked);
            }
        }
        m_updatingChecks = false;
        return;
    }
    const bool first = m_slots.empty();
    setCameras(ids);
    if (!first || ids.isEmpty() || !m_data) {
        seekStreams(m_clock.position());
        return;
    }
    // The first cameras chosen open at their latest recording (its last 30 s, or from its
    // start if it is shorter), not at an empty stretch of the timeline; unless the operator
    // seeks meanwhile.
    const int seeks = m_operatorSeeks;
    m_data->run<qint64>(
        this,
        [ids](QSqlDatabase &db) -> Result<qint64> {
            SegmentRepository index(db);
            qint64 latest = 0;
            QString camera;
            for (const QString &id : ids) {
                auto end = index.latestEnd(id);
                if (!end)
                    return end.error();
                if (*end > latest) {
                    latest = *end;
                    camera = id;
                }
            }
            if (!latest)
                return qint64(0);
            qint64 from = latest - 30'000;
            auto last = index.overlapping(camera, from, latest);
            if (!last)
                return last.error();
            if (!last->isEmpty())
                from = std::max(from, last->constFirst().startMs);
            return from;
        },
        [this, seeks](Result<qint64> from) {
            if (seeks != m_operatorSeeks)
                return;
            if (from && *from > 0)
                m_clock.seek(*from);
            else
                seekStreams(m_clock.position());
        });
}

void PlaybackPage::setCameras(const QStringList &cameraIds)
{
    m_slots.clear();
    while (QLayoutItem *item = m_viewLayout->takeAt(0)) {
        if (item->widget() && item->widget()->objectName() != u"playbackHint")
            item->widget()->deleteLater();
        else if (item->widget())
            item->widget()->hide();
        delete item;
    }
    const QString workstation = QSysInfo::machineHostName();
    for (const QString &id : cameraIds) {
        for (const SiteCamera &camera : m_shell.context().site.cameras) {
            if (camera.id != id)
                continue;
            auto slot = std::make_unique<Slot>();
            slot->camera = camera;
            slot->view =
                new PlaybackView(camera, m_shell.context().userName, workstation, m_viewArea);
            const int columns = cameraIds.size() > 1 ? 2 : 1;
            const int index = int(m_slots.size());
            m_viewLayout->addWidget(slot->view, index / columns, index % columns);
            m_slots.push_back(std::move(slot));
        }
    }
    if (m_slots.empty()) {
        auto *hint = m_viewArea->findChild<QLabel *>(u"playbackHint"_s);
        m_viewLayout->addWidget(hint, 0, 0);
        hint->show();
    }
    refreshTimeline();
}

void PlaybackPage::seekStreams(qint64 atMs)
{
    m_jump->setDateTime(QDateTime::fromMSecsSinceEpoch(atMs));
    if (atMs < m_timeline->windowFrom() || atMs > m_timeline->windowTo()) {
        const qint64 span = m_timeline->windowTo() - m_timeline->windowFrom();
        m_timeline->setWindow(atMs - span / 2, atMs + span / 2);
    }
    for (const auto &slot : m_slots) {
        slot->lastFrameMs = -1;
        slot->seeking = m_data != nullptr;
        slot->view->clear();
        slot->view->setStatus(tr("Loading…"));
    }
    if (!m_data)
        return;
    // The recordings around the position are looked up on the module's database thread; the
    // streams seek when they come (the last seek wins when the operator drags).
    QStringList cameraIds;
    for (const auto &slot : m_slots)
        cameraIds.append(slot->camera.id);
    const int generation = ++m_seekGeneration;
    m_data->run<QHash<QString, QList<MediaSegment>>>(
        this,
        [cameraIds, atMs](QSqlDatabase &db) -> Result<QHash<QString, QList<MediaSegment>>> {
            SegmentRepository index(db);
            QHash<QString, QList<MediaSegment>> found;
            for (const QString &id : cameraIds) {
                auto segments = index.overlapping(id, atMs - kReadBehindMs, atMs + kReadAheadMs);
                if (!segments)
                    return segments.error();
                found.insert(id, *segments);
            }
            return found;
        },
        [this, generation, atMs](Result<QHash<QString, QList<MediaSegment>>> found) {
            if (generation != m_seekGeneration)
                return;
            for (const auto &slot : m_slots) {
                const QList<MediaSegment> segments =
                    found ? found->value(slot->camera.id) : QList<MediaSegment>();
                slot->seeking = false;
                slot->stream.setSegments(segments);
                slot->stream.setFrameSize(m_slots.size() == 1 ? QSize(1280, 720) : QSize(640, 360));
                slot->stream.seek(atMs);
                slot->lastFrameMs = -1;
                slot->view->clear();
                slot->view->setStatus(!segments.isEmpty() ? tr("Loading…")
                                                          : tr("No recording at this time"));
            }
        });
}

void PlaybackPage::present()
{
    const qint64 position = m_clock.position();
    for (const auto &slot : m_slots) {
        if (slot->seeking)
            continue;
        // Right after a seek the first frame is shown at once (it may be a few ms after the
        // position, the first at or after it), also while paused.
        qint64 due = position;
        const qint64 next = slot->stream.nextFrameMs();
        if (slot->lastFrameMs < 0 && next >= position && next - position < kGapMs)
            due = next;
        if (auto frame = slot->stream.takeFrame(due)) {
            if (slot.get() == m_slots.front().get() && slot->lastFrameMs > 0) {
                const qint64 interval = frame->timeMs - slot->lastFrameMs;
                if (interval > 5 && interval < 200)
                    m_frameIntervalMs = interval;
            }
            slot->lastFrameMs = frame->timeMs;
            slot->view->showFrame(frame->image, frame->timeMs);
        }
        // A gap is known when the next decoded frame is well after the position or there is
        // none left; with nothing decoded yet it is still loading (or catching up at speed).
        const qint64 upcoming = slot->stream.nextFrameMs();
        const bool current = slot->lastFrameMs > 0 && position - slot->lastFrameMs <= kGapMs;
        if (current)
            slot->view->setStatus({});
        else if ((upcoming >= 0 && upcoming - position > kGapMs) || slot->stream.atEnd())
            slot->view->setStatus(tr("No recording at this time"));
    }
    m_timeline->setPosition(position);
    m_time->setText(QDateTime::fromMSecsSinceEpoch(position).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    // Playing past the window's end: the window moves along.
    const qint64 span = m_timeline->windowTo() - m_timeline->windowFrom();
    if (m_clock.isPlaying() && position > m_timeline->windowTo() - span / 20)
        m_timeline->setWindow(position - span / 10, position - span / 10 + span);
}

void PlaybackPage::refreshTimeline()
{
    if (!m_data) {
        m_timeline->setTracks({});
        m_timeline->setBookmarks({});
        return;
    }
    struct Shown
    {
        QList<TimelineWidget::Track> tracks;
        QList<TimelineWidget::Bookmark> bookmarks;
    };
    QList<QPair<QString, QString>> cameras; // id, name
    for (const auto &slot : m_slots)
        cameras.append({slot->camera.id, slot->camera.name});
    const qint64 from = m_timeline->windowFrom();
    const qint64 to = m_timeline->windowTo();
    const int generation = ++m_timelineGeneration;
    m_data->run<Shown>(
        this,
        [cameras, from, to](QSqlDatabase &db) -> Result<Shown> {
            Shown shown;
            SegmentRepository index(db);
            QStringList ids;
            for (const auto &[id, name] : cameras) {
                TimelineWidget::Track track{name, {}};
                ids.append(id);
                auto segments = index.overlapping(id, from, to);
                if (!segments)
                    return segments.error();
                for (const MediaSegment &s : *segments) {
                    // Back-to-back segments are one stretch; a real gap stays visible.
                    if (!track.recorded.isEmpty() &&
                        s.startMs - track.recorded.last().second < kGapMs)
                        track.recorded.last().second =
                            std::max(track.recorded.last().second, s.endMs);
                    else
                        track.recorded.append({s.startMs, s.endMs});
                }
                shown.tracks.append(track);
            }
            auto findings = FindingRepository(db).between(from, to);
            if (!findings)
                return findings.error();
            for (const PatrolFinding &f : *findings) {
                if (ids.contains(f.cameraId))
                    shown.bookmarks.append({f.timeMs, u"%1: %2"_s.arg(f.cameraName, f.note)});
            }
            return shown;
        },
        [this, generation](Result<Shown> shown) {
            if (generation != m_timelineGeneration || !shown)
                return;
            m_timeline->setTracks(shown->tracks);
            m_timeline->setBookmarks(shown->bookmarks);
        });
}

PlaybackView *PlaybackPage::selectedView() const
{
    for (const auto &slot : m_slots) {
        if (slot->view->hasFocus())
            return slot->view;
    }
    return m_slots.empty() ? nullptr : m_slots.front()->view;
}

void PlaybackPage::stepForward()
{
    m_clock.pause();
    // The selected camera moves on by one frame; the others show what is due at that time.
    const auto target = std::find_if(m_slots.begin(), m_slots.end(), [this](const auto &slot) {
        return slot->view == selectedView();
    });
    if (target == m_slots.end())
        return;
    const qint64 next = (*target)->stream.nextFrameMs();
    if (next > 0) {
        m_clock.moveTo(std::max(next, m_clock.position()));
        present();
    }
}

void PlaybackPage::stepBack()
{
    m_clock.pause();
    PlaybackView *view = selectedView();
    if (!view)
        return;
    const qint64 shown = view->frameTimeMs() > 0 ? view->frameTimeMs() : m_clock.position();
    // Lands between the frame before the one shown and the one before that.
    ++m_operatorSeeks;
    m_clock.seek(shown - m_frameIntervalMs * 3 / 2);
}

void PlaybackPage::updatePlayButton()
{
    m_playPause->setText(m_clock.isPlaying() ? tr("Pause") : tr("Play"));
    m_playPause->setToolTip(m_clock.isPlaying() ? tr("Pause (Space)") : tr("Play (Space)"));
}

} // namespace Jiandu
