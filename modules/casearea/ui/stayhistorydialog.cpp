#include "stayhistorydialog.h"

#include "../journeys.h"
#include "../liveplace.h"
#include "../placehistory.h"
#include "replayview.h"
#include "staydocumentprinter.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <atomic>
#include <casearea/trajectory/discimage.h>
#include <casearea/trajectory/trajectoryvideo.h>
#include <core/localtime.h>
#include <moduleapi/ishell.h>
#include <printing/pdfdocument.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {
QString duration(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes == 0)
        return StayHistoryDialog::tr("%1 s").arg(ms / 1000);
    return minutes < 60 ? StayHistoryDialog::tr("%1 min").arg(minutes)
                        : StayHistoryDialog::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int col = 0; col < cells.size(); ++col)
        t->setItem(row, col, new QTableWidgetItem(cells[col]));
}

const QHash<QString, QString> &stepNames()
{
    static const QHash<QString, QString> names{
        {u"area.entered"_s, StayHistoryDialog::tr("Entry registration")},
        {u"safetycheck.done"_s, StayHistoryDialog::tr("Safety check")},
        {u"belongings.registered"_s, StayHistoryDialog::tr("Belongings registered")},
        {u"infocollection.done"_s, StayHistoryDialog::tr("Information collected")},
        {u"drugtest.done"_s, StayHistoryDialog::tr("Drug test")},
        {u"case.linked"_s, StayHistoryDialog::tr("Case linked")},
        {u"area.temporarily-left"_s, StayHistoryDialog::tr("Temporary leave")},
        {u"area.returned"_s, StayHistoryDialog::tr("Back from leave")},
        {u"belongings.returned"_s, StayHistoryDialog::tr("Belongings returned")},
        {u"area.left"_s, StayHistoryDialog::tr("Deregistered")}};
    return names;
}
} // namespace

StayHistoryDialog::StayHistoryDialog(IShell &shell, const LivePlace &place, Journeys &journeys,
                                     PlaceHistory &history, const QString &stayUid, QWidget *parent)
    : QDialog(parent)
    , m_shell(shell)
    , m_place(place)
    , m_journeys(journeys)
    , m_history(history)
{
    setObjectName(u"stayHistory"_s);
    setWindowTitle(tr("Stay history"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(980, 640);
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(tr("Reading the stay…"), this);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);

    auto *tabs = new QTabWidget(this);
    m_steps = table({tr("Time"), tr("Step"), tr("Officer"), tr("Details")}, tabs);
    m_steps->setObjectName(u"historySteps"_s);
    tabs->addTab(m_steps, tr("Steps"));
    m_rooms = table({tr("Room"), tr("From"), tr("To"), tr("Time there")}, tabs);
    m_rooms->setObjectName(u"historyRooms"_s);
    tabs->addTab(m_rooms, tr("Rooms"));
    // 伤情照片, 物品照片: every photo the stay's steps carry, with the step it came with.
    m_photos = new QListWidget(tabs);
    m_photos->setObjectName(u"historyPhotos"_s);
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(200, 200));
    m_photos->setResizeMode(QListView::Adjust);
    m_photos->setWordWrap(true);
    m_photos->setSpacing(8);
    tabs->addTab(m_photos, tr("Photos"));

    auto *replay = new QWidget(tabs);
    auto *replayLayout = new QVBoxLayout(replay);
    m_replay = new ReplayView(place.tracker().plan(), replay);
    replayLayout->addWidget(m_replay, 1);
    auto *controls = new QHBoxLayout;
    m_play = new QPushButton(tr("Play"), replay);
    m_play->setCheckable(true);
    m_speed = new QComboBox(replay);
    for (const int speed : {1, 10, 60, 300, 1200})
        m_speed->addItem(tr("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(2);
    m_slider = new QSlider(Qt::Horizontal, replay);
    m_slider->setObjectName(u"historySlider"_s);
    m_moment = new QLabel(replay);
    controls->addWidget(m_play);
    controls->addWidget(m_speed);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_moment);
    replayLayout->addLayout(controls);
    tabs->addTab(replay, tr("Replay"));
    layout->addWidget(tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_documents = buttons->addButton(tr("Documents"), QDialogButtonBox::ActionRole);
    auto *menu = new QMenu(m_documents);
    m_documents->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        StayDocumentPrinter::fillMenu(menu, this, m_shell, m_stay, m_place.tracker().plan().area,
                                      m_place.nowMs());
    });
    m_video = buttons->addButton(tr("Trajectory video…"), QDialogButtonBox::ActionRole);
    m_video->setObjectName(u"trajectoryVideo"_s);
    m_documents->setEnabled(false);
    m_video->setEnabled(false);
    connect(m_video, &QPushButton::clicked, this, &StayHistoryDialog::exportVideo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The slider moves in seconds of the stay; playing moves it at the chosen speed.
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int second) { setMoment(m_stay.enteredMs + qint64(second) * 1000); });
    connect(&m_player, &QTimer::timeout, this, [this] {
        const int step = m_speed->currentData().toInt() / 5; // five ticks a second
        if (m_slider->value() >= m_slider->maximum())
            return m_play->setChecked(false);
        m_slider->setValue(m_slider->value() + std::max(1, step));
    });
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        m_play->setText(on ? tr("Pause") : tr("Play"));
        if (on)
            m_player.start(200);
        else
            m_player.stop();
    });

    // The book has stays in the area; one long gone is rebuilt from the cache's steps.
    journeys.loadStay(stayUid, this, [this, stayUid](Result<QList<JourneyStep>> steps) {
        const JourneyBook book = JourneyBook::rebuilt(steps ? steps.value() : QList<JourneyStep>{});
        const Stay *stay = book.stay(stayUid);
        if (!stay)
            stay = m_journeys.book().stay(stayUid); // a simulated stay, never kept
        if (!stay) {
            m_header->setText(steps ? tr("This stay is not in the cache.") : steps.error().message);
            return;
        }
        showStay(*stay);
    });
}

qint64 StayHistoryDialog::endMs() const
{
    return m_stay.inArea() ? m_place.nowMs() : m_stay.leftMs;
}

void StayHistoryDialog::showStay(const Stay &stay)
{
    m_stay = stay;
    QStringList facts{u"<b>%1</b> · %2"_s.arg(stay.name.toHtmlEscaped(), stay.personId)};
    if (!stay.idCard.isEmpty())
        facts.append(stay.idCard);
    facts.append(tr("in %1").arg(localTimeText(stay.enteredMs)));
    facts.append(
        stay.inArea()
            ? tr("still in the area")
            : tr("out %1 (%2)").arg(localTimeText(stay.leftMs), stay.leftReason.toHtmlEscaped()));
    if (stay.caseLinked())
        facts.append(tr("case %1").arg(
            (stay.caseNo.isEmpty() ? stay.incidentNo : stay.caseNo).toHtmlEscaped()));
    if (!stay.categories.isEmpty())
        facts.append(u"<span style=\"color:#b71c1c\">%1</span>"_s.arg(
            stay.categories.join(u"、"_s).toHtmlEscaped()));
    m_header->setText(facts.join(u" · "_s));
    for (const JourneyStep &step : stay.steps) {
        QStringList said;
        for (auto it = step.body.begin(); it != step.body.end(); ++it) {
            if (it.value().isString() && !it.value().toString().isEmpty() && it.key() != u"tag"_s &&
                it.key() != u"unit"_s)
                said.append(it.value().toString());
        }
        addRow(m_steps, {localTimeText(step.atMs), stepNames().value(step.kind, step.kind),
                         step.operatorName, said.join(u" · "_s)});
    }
    showPhotos(stay);
    m_documents->setEnabled(true);
    const qint64 end = endMs();
    m_slider->setRange(0, int(std::max<qint64>(0, end - stay.enteredMs) / 1000));
    // Everyone's rooms over the stay: who was with the subject, and where.
    m_history.load(stay.enteredMs, end, {}, this, [this](Result<QList<TrackRepository::Row>> rows) {
        if (!rows) {
            m_shell.notify(Severity::Warning, tr("Stay history"), rows.error().message);
            return;
        }
        showRooms(rows.value());
    });
}

void StayHistoryDialog::showPhotos(const Stay &stay)
{
    QStringList shas;
    QStringList captions;
    for (const JourneyStep &step : stay.steps)
        for (const QJsonValue &photo : step.body.value(u"photos"_s).toArray()) {
            shas.append(photo[u"sha256"_s].toString());
            captions.append(u"%1 %2\n%3"_s.arg(localTimeText(step.atMs),
                                               stepNames().value(step.kind, step.kind),
                                               photo[u"name"_s].toString()));
        }
    m_photos->clear();
    if (shas.isEmpty()) {
        m_photos->addItem(tr("No photos were taken during this stay."));
        return;
    }
    m_journeys.loadPhotos(shas, 200, this, [this, captions](Result<QList<QImage>> images) {
        m_photos->clear();
        if (!images) {
            m_photos->addItem(images.error().message);
            return;
        }
        for (int i = 0; i < images->size() && i < captions.size(); ++i) {
            const QImage &image = images->at(i);
            auto *item = new QListWidgetItem(
                captions.at(i) +
                    (image.isNull() ? u"\n"_s + tr("(not on this workstation yet)") : QString()),
                m_photos);
            if (!image.isNull())
                item->setIcon(QIcon(QPixmap::fromImage(image)));
        }
    });
}

void StayHistoryDialog::showRooms(const QList<TrackRepository::Row> &rows)
{
    const qint64 end = endMs();
    m_stretches = TrackRepository::stretches(rows, m_stay.tag, m_stay.enteredMs, end);
    const FloorPlan &plan = m_place.tracker().plan();
    const auto roomName = [&plan](const QString &id) {
        const Room *room = plan.room(id);
        return room ? room->name : id;
    };
    for (const RoomStretch &s : std::as_const(m_stretches))
        addRow(m_rooms, {roomName(s.roomId), localTimeText(s.fromMs), localTimeText(s.toMs),
                         duration(s.toMs - s.fromMs)});
    // The time in each room over the stay, longest first.
    const QHash<QString, qint64> dwell = StayTrajectory::dwell(m_stretches);
    QList<QString> order = dwell.keys();
    std::sort(order.begin(), order.end(),
              [&dwell](const QString &a, const QString &b) { return dwell[a] > dwell[b]; });
    for (const QString &room : order)
        addRow(m_rooms, {tr("Total in %1").arg(roomName(room)), {}, {}, duration(dwell[room])});
    if (m_stretches.isEmpty())
        addRow(m_rooms, {tr("No room is on record for band %1 in this time.").arg(m_stay.tag)});

    QHash<QString, QString> names{{m_stay.tag, m_stay.name}};
    QSet<QString> officers;
    const auto &cards = m_journeys.book().officerCards();
    for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
        names.insert(it.key(), it.value());
        officers.insert(it.key());
    }
    m_replay->setHistory(rows, m_stay.tag, names, officers);
    setMoment(m_stay.enteredMs);
    m_video->setEnabled(!m_stretches.isEmpty());
}

void StayHistoryDialog::setMoment(qint64 ms)
{
    m_replay->setTime(ms);
    const Room *room = m_place.tracker().plan().room(m_replay->roomOf(m_stay.tag));
    m_moment->setText(
        u"%1 · %2"_s.arg(localTimeText(ms).mid(5), room ? room->name : tr("not heard")));
}

void StayHistoryDialog::exportVideo()
{
    const FloorPlan plan = m_place.tracker().plan();
    QList<RoomStretch> unfilmed;
    const QList<TrajectoryVideo::Part> parts = TrajectoryVideo::parts(plan, m_stretches, &unfilmed);
    if (parts.isEmpty()) {
        QMessageBox::information(this, tr("Trajectory video"),
                                 tr("%1 was in no room a camera watches.").arg(m_stay.name));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the trajectory video"),
        QStandardPaths::writableLocation(QStandardPaths::MoviesLocation) + u'/' +
            u"%1-%2-轨迹视频.mkv"_s.arg(m_stay.name, m_stay.personId),
        tr("Matroska video (*.mkv);;MP4 video (*.mp4)"));
    if (path.isEmpty())
        return;
    m_video->setEnabled(false);
    m_history.loadFootage(parts, this, [this, plan, path](Result<PlaceHistory::Footage> footage) {
        if (!footage) {
            m_video->setEnabled(true);
            QMessageBox::warning(this, tr("Trajectory video"), footage.error().message);
            return;
        }
        auto *progress = new QProgressDialog(tr("Putting the rooms' recordings together…"),
                                             tr("Cancel"), 0, 100, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
        ClipExporter::Options options;
        options.operatorName = m_shell.context().userName;
        options.sealKey = footage->sealKey;
        const QPointer<QProgressDialog> shown(progress);
        options.progress = [cancelled, shown](int percent) {
            QMetaObject::invokeMethod(qApp, [shown, percent] {
                if (shown)
                    shown->setValue(percent);
            });
            return !*cancelled;
        };
        const TrajectoryVideo::Subject subject{m_stay.name, m_stay.personId, m_stay.caseNo};
        const QList<RoomStretch> stretches = m_stretches;
        const auto perPart = footage->perPart;
        QThreadPool::globalInstance()->start([=, guard = QPointer(this)] {
            qsizetype next = 0;
            auto made = TrajectoryVideo::make(
                plan, stretches, subject,
                [&next, perPart](const QString &, qint64, qint64) {
                    return Result<QList<MediaSegment>>(perPart.value(next++));
                },
                path, options);
            QMetaObject::invokeMethod(qApp, [guard, shown, made] {
                if (shown)
                    shown->close();
                if (!guard)
                    return;
                guard->m_video->setEnabled(true);
                if (!made) {
                    QMessageBox::warning(guard, tr("Trajectory video"), made.error().message);
                    return;
                }
                guard->m_shell.notify(Severity::Information, tr("Trajectory video saved"),
                                      made->clip.path);
                // What the video cannot show, said before the disc is made of it.
                const FloorPlan &plan = guard->m_place.tracker().plan();
                QStringList gaps;
                for (const RoomStretch &s : made->unfilmed) {
                    const Room *room = plan.room(s.roomId);
                    gaps.append(tr("%1 %2–%3: no camera in the room")
                                    .arg(room ? room->name : s.roomId,
                                         localTimeText(s.fromMs).mid(11, 5),
                                         localTimeText(s.toMs).mid(11, 5)));
                }
                for (const auto &part : made->unrecorded)
                    gaps.append(tr("%1 %2–%3: camera %4 recorded nothing")
                                    .arg(part.roomName, localTimeText(part.fromMs).mid(11, 5),
                                         localTimeText(part.toMs).mid(11, 5), part.cameraId));
                if (!gaps.isEmpty())
                    QMessageBox::information(guard, tr("Trajectory video"),
                                             tr("Not in the video:\n%1").arg(gaps.join(u'\n')));
                if (QMessageBox::question(guard, tr("Trajectory video"),
                                          tr("The video is saved. Make a disc image of it with "
                                             "its manifest, captions and a printed cover?")) ==
                    QMessageBox::Yes)
                    guard->makeDisc(made->clip.path, made->captionsPath, made->clip.sha256);
            });
        });
    });
}

void StayHistoryDialog::makeDisc(const QString &video, const QString &captions,
                                 const QString &sha256)
{
    const QString iso = QFileDialog::getSaveFileName(this, tr("Save the disc image"),
                                                     video.section(u'.', 0, -2) + u".iso"_s,
                                                     tr("Disc images (*.iso)"));
    if (iso.isEmpty())
        return;
    DiscImage::Cover cover{m_stay.name,
                           m_stay.personId,
                           m_stay.caseNo,
                           m_stretches.constFirst().fromMs,
                           m_stretches.constLast().toMs,
                           QFileInfo(video).fileName(),
                           sha256,
                           m_shell.context().userName};
    const QString coverPath = iso.section(u'.', 0, -2) + u"-封面.pdf"_s;
    const DiscImage::Content content{video,
                                     {captions, coverPath},
                                     u"%1 %2 轨迹视频"_s.arg(m_stay.name, m_stay.personId),
                                     m_stay.personId};
    QThreadPool::globalInstance()->start([=, guard = QPointer(this)] {
        Result<void> done =
            PdfDocument(u"光盘封面"_s, DiscImage::coverHtml(cover)).write(coverPath);
        if (done)
            done = DiscImage::write(content, iso);
        QMetaObject::invokeMethod(qApp, [guard, done, iso, coverPath] {
            if (!guard)
                return;
            if (!done) {
                QMessageBox::warning(guard, tr("Disc image"), done.error().message);
                return;
            }
            guard->m_shell.notify(Severity::Information, tr("Disc image saved"),
                                  tr("%1 (cover to print: %2)").arg(iso, coverPath));
            const QStringList burners = DiscImage::burners();
            if (!burners.isEmpty() &&
                QMessageBox::question(guard, tr("Disc image"),
                                      tr("Burn it now on %1?").arg(burners.first())) ==
                    QMessageBox::Yes) {
                const QString device = burners.first();
                QThreadPool::globalInstance()->start([guard, iso, device] {
                    const Result<void> burnt = DiscImage::burn(iso, device);
                    QMetaObject::invokeMethod(qApp, [guard, burnt, device] {
                        if (guard)
                            guard->m_shell.notify(
                                burnt ? Severity::Information : Severity::Warning, tr("Disc"),
                                burnt ? tr("Burnt on %1.").arg(device) : burnt.error().message);
                    });
                });
            }
        });
    });
}

} // namespace Jiandu
