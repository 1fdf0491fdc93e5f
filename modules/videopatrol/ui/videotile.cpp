#include "videotile.h"

#include "videopainting.h"

#include <QDateTime>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMetaEnum>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <media/camerafeed.h>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Jiandu {

QString VideoTile::mimeType()
{
    return u"application/x-jiandu-camera-id"_s;
}

VideoTile::VideoTile(int index, const Watermark &watermark, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_watermark(watermark)
    , m_snapshot(new QToolButton(this))
    , m_record(new QToolButton(this))
    , m_clip(new QToolButton(this))
    , m_replay(new QToolButton(this))
    , m_sound(new QToolButton(this))
    , m_fullScreen(new QToolButton(this))
    , m_toWall(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_more(new QToolButton(this))
    , m_buttons{m_snapshot, m_record, m_fullScreen, m_clip, m_replay, m_sound, m_toWall}
{
    setObjectName(u"videoTile%1"_s.arg(index));
    setAccessibleName(tr("Video tile %1").arg(index + 1));
    setAcceptDrops(true);
    setMinimumSize(160, 90);
    setAttribute(Qt::WA_OpaquePaintEvent);

    m_snapshot->setText(tr("Snapshot"));
    m_snapshot->setToolTip(tr("Save a still of this camera as evidence"));
    m_record->setText(tr("Record"));
    m_record->setObjectName(u"recordButton"_s);
    m_record->setCheckable(true);
    m_record->setToolTip(tr("Record this camera continuously"));
    m_clip->setText(tr("Clip"));
    m_clip->setObjectName(u"clipButton"_s);
    m_clip->setToolTip(tr("Export a clip of this camera's recording, with its hash"));
    m_replay->setText(tr("Replay"));
    m_replay->setObjectName(u"replayButton"_s);
    m_replay->setToolTip(tr("Play the last seconds recorded again, then back to live"));
    m_sound->setText(tr("Sound"));
    m_sound->setObjectName(u"soundButton"_s);
    m_sound->setCheckable(true);
    m_sound->setToolTip(tr("Listen to this camera (同步监听); other tiles go quiet"));
    m_fullScreen->setText(tr("Full screen"));
    m_fullScreen->setObjectName(u"fullScreenButton"_s);
    m_fullScreen->setToolTip(tr("Show this camera full screen at full resolution (Esc to leave)"));
    m_toWall->setText(tr("To wall"));
    m_toWall->setObjectName(u"toWallButton"_s);
    m_toWall->setToolTip(tr("Show this camera on the video wall (上墙)"));
    m_close->setText(tr("Close"));
    m_close->setObjectName(u"closeButton"_s);
    m_close->setToolTip(tr("Close this tile"));
    m_more->setText(tr("More"));
    m_more->setObjectName(u"moreButton"_s);
    m_more->setToolTip(tr("The buttons that do not fit on this tile"));
    // What is not on the header, as it is when the menu opens (checked states included);
    // made when asked for, not for every tile of every grid.
    connect(m_more, &QToolButton::clicked, this, [this] {
        QMenu menu(this);
        for (QToolButton *button : std::as_const(m_buttons)) {
            if (button->isVisibleTo(this))
                continue;
            QAction *action = menu.addAction(button->icon(), button->text(), button,
                                             [button] { button->click(); });
            action->setCheckable(button->isCheckable());
            action->setChecked(button->isChecked());
            action->setToolTip(button->toolTip());
        }
        menu.exec(m_more->mapToGlobal(QPoint(0, m_more->height())));
    });
    const QList<std::pair<QToolButton *, VideoPainting::TileIcon>> icons{
        {m_snapshot, VideoPainting::TileIcon::Snapshot},
        {m_record, VideoPainting::TileIcon::Record},
        {m_clip, VideoPainting::TileIcon::Clip},
        {m_replay, VideoPainting::TileIcon::Replay},
        {m_sound, VideoPainting::TileIcon::Sound},
        {m_fullScreen, VideoPainting::TileIcon::FullScreen},
        {m_toWall, VideoPainting::TileIcon::ToWall},
        {m_close, VideoPainting::TileIcon::Close},
        {m_more, VideoPainting::TileIcon::More}};
    for (const auto &[button, icon] : icons) {
        button->setIcon(VideoPainting::tileIcon(icon));
        button->setIconSize(QSize(18, 18));
        button->setAutoRaise(true);
        button->setAccessibleName(button->text());
        button->setStyleSheet(
            u"QToolButton { color: #e8f1ff; background: transparent; "
            "padding: 1px 3px; } QToolButton:hover { background: "
            "rgba(255,255,255,40); } QToolButton:checked { background: "
            "rgba(64,196,255,90); } QToolButton::menu-indicator { image: none; }"_s);
        button->hide();
    }
    connect(m_snapshot, &QToolButton::clicked, this, [this] { emit snapshotRequested(this); });
    connect(m_record, &QToolButton::clicked, this,
            [this](bool on) { emit recordToggled(this, on); });
    connect(m_clip, &QToolButton::clicked, this, [this] { emit clipRequested(this); });
    connect(m_replay, &QToolButton::clicked, this, [this] { emit replayRequested(this); });
    connect(m_sound, &QToolButton::clicked, this, &VideoTile::setListening);
    connect(m_fullScreen, &QToolButton::clicked, this, [this] { emit fullScreenRequested(this); });
    connect(m_toWall, &QToolButton::clicked, this, [this] { emit sendToWallRequested(this); });
    connect(&m_audio, &AudioMonitor::levelChanged, this, [this](double db) {
        m_audioLevelDb = db;
        update(rect().adjusted(0, height() - 40, 0, 0));
    });
    connect(&m_audio, &AudioMonitor::failed, this, [this](const QString &reason) {
        m_sound->setChecked(false);
        m_audioLevelDb = -100;
        update();
        emit listeningChanged(this, false);
        if (m_camera)
            emit problem(tr("No sound"), u"%1: %2"_s.arg(m_camera->name, reason));
    });
    connect(&m_stream, &LiveStream::ended, this, [this] {
        if (m_replaying && m_camera)
            showCamera(*m_camera, m_decodeSize, m_subStream); // back to live
    });
    connect(m_close, &QToolButton::clicked, this, &VideoTile::clear);
    connect(&m_stream, &LiveStream::frameReady, this, qOverload<>(&QWidget::update));
    connect(&m_stream, &LiveStream::stateChanged, this, [this](LiveStream::State state) {
        // Read by tests and screen readers: "Playing", "Reconnecting", …
        setAccessibleDescription(
            m_replaying ? u"Replaying"_s
                        : QString::fromLatin1(
                              QMetaEnum::fromType<LiveStream::State>().valueToKey(int(state))));
        update();
    });
}

void VideoTile::showCamera(const SiteCamera &camera, QSize decodeSize, bool subStream)
{
    m_camera = camera;
    m_decodeSize = decodeSize;
    m_subStream = subStream && !camera.subUrl.isEmpty();
    m_replaying = false;
    LiveStream::Options options;
    options.frameSize = decodeSize;
    const QUrl url(m_subStream ? camera.subUrl : camera.url);
    if (std::shared_ptr<CameraFeed> feed = m_streams ? m_streams->feed(url) : nullptr)
        m_stream.start(std::move(feed), options);
    else
        m_stream.start(url, options);
    setToolTip(camera.name);
    resizeEvent(nullptr); // shows the buttons that fit
    update();
    emit cameraChanged();
}

void VideoTile::playReplay(const QString &recording)
{
    if (!m_camera)
        return;
    m_replaying = true;
    LiveStream::Options options;
    options.frameSize = m_decodeSize;
    options.playOnce = true;
    m_stream.start(QUrl::fromLocalFile(recording), options);
    update();
}

void VideoTile::clear()
{
    m_replaying = false;
    setListening(false);
    m_stream.stop();
    m_camera.reset();
    resizeEvent(nullptr); // no camera: no buttons
    setToolTip({});
    update();
    emit cameraChanged();
}

void VideoTile::setListening(bool on)
{
    m_sound->setChecked(on && m_camera);
    if (on == m_audio.isRunning() || (on && !m_camera))
        return;
    m_audioLevelDb = -100;
    if (on) {
        const QUrl url(m_camera->url);
        if (std::shared_ptr<CameraFeed> feed = m_streams ? m_streams->feed(url) : nullptr)
            m_audio.start(std::move(feed), AudioMonitor::Options{});
        else
            m_audio.start(url);
    } else
        m_audio.stop();
    update();
    emit listeningChanged(this, on && m_audio.isRunning());
}

void VideoTile::setRecording(bool recording)
{
    m_recording = recording;
    m_record->setChecked(recording);
    update();
}

QString VideoTile::statusText() const
{
    if (!m_camera)
        return tr("Drag a camera here");
    switch (m_stream.state()) {
    case LiveStream::State::Playing:
        return {};
    case LiveStream::State::Connecting:
        return tr("Connecting…");
    case LiveStream::State::Reconnecting:
        return tr("Reconnecting (%1); next attempt in %2 s")
            .arg(m_stream.lastError())
            .arg((m_stream.nextAttemptInMs() + 999) / 1000);
    case LiveStream::State::Stopped:
    case LiveStream::State::Invalid:
        return m_stream.lastError();
    }
    return {};
}

void VideoTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x10, 0x14, 0x1a));
    if (m_camera)
        VideoPainting::paintFrame(p, rect(), m_stream.latestFrame());
    p.setPen(QColor(0xe8, 0xf1, 0xff));
    if (m_camera) {
        // The header: a dark strip, so that name and buttons read over any picture.
        const int header = headerHeight();
        p.fillRect(QRect(0, 0, width(), header), QColor(0, 0, 0, 150));
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const QRect nameArea(8, 0, std::max(0, m_nameRight - 8), header);
        p.drawText(nameArea, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(f).elidedText(m_camera->name, Qt::ElideRight, nameArea.width()));
        if (m_subStream) {
            p.setPen(QColor(0x8a, 0x9b, 0xb4));
            p.drawText(rect().adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignBottom,
                       tr("Sub-stream"));
            p.setPen(QColor(0xe8, 0xf1, 0xff));
        }
        if (m_replaying) {
            p.setPen(QColor(0xff, 0xd7, 0x40));
            p.drawText(rect().adjusted(8, header + 24, -8, -6), Qt::AlignLeft | Qt::AlignTop,
                       tr("Instant replay"));
            p.setPen(QColor(0xe8, 0xf1, 0xff));
        }
        if (m_recording) {
            p.setPen(QColor(0xff, 0x52, 0x52));
            p.drawText(rect().adjusted(8, header + 4, -8, -6), Qt::AlignLeft | Qt::AlignTop,
                       tr("● Recording"));
            p.setPen(QColor(0xe8, 0xf1, 0xff));
        }
    }
    const QString status = statusText();
    if (!status.isEmpty()) {
        p.setFont(font());
        p.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap, status);
    }
    if (m_audio.isRunning()) {
        // The sound level, -60 dB … 0 dB, along the bottom left.
        const double fill = std::clamp((m_audioLevelDb + 60.0) / 60.0, 0.0, 1.0);
        const QRect meter(8, height() - 30, 120, 6);
        p.fillRect(meter, QColor(255, 255, 255, 40));
        p.fillRect(QRect(meter.topLeft(), QSize(int(meter.width() * fill), meter.height())),
                   fill > 0.9 ? QColor(0xff, 0x52, 0x52) : QColor(0x69, 0xf0, 0xae));
        p.setPen(QColor(0xe8, 0xf1, 0xff));
        p.drawText(QRect(meter.right() + 6, meter.top() - 6, 80, 18), Qt::AlignVCenter,
                   tr("♪ Sound on"));
    }
    if (!m_notice.isEmpty()) {
        // In the lower third, on a dark box, wrapped to the tile.
        p.setFont(font());
        const QRect area = rect().adjusted(12, height() / 2, -12, -12);
        QRect box = p.fontMetrics().boundingRect(
            area, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_notice);
        box.adjust(-8, -6, 8, 6);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 190));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(QColor(0xff, 0xd7, 0x40));
        p.drawText(area, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_notice);
    }
    if (m_camera)
        VideoPainting::paintWatermark(p, rect(), m_watermark.operatorName, m_watermark.workstation);
    p.setPen(hasFocus() ? QColor(0x40, 0xc4, 0xff) : QColor(0x30, 0x38, 0x44));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void VideoTile::showNotice(const QString &text)
{
    if (!m_noticeTimer) {
        m_noticeTimer = new QTimer(this);
        m_noticeTimer->setSingleShot(true);
        connect(m_noticeTimer, &QTimer::timeout, this, [this] {
            m_notice.clear();
            update();
        });
    }
    m_notice = text;
    m_noticeTimer->start(8000);
    update();
}

int VideoTile::headerHeight() const
{
    return std::max(fontMetrics().height(), 22) + 8;
}

void VideoTile::setControlsShown(bool shown)
{
    m_controlsShown = shown;
    resizeEvent(nullptr);
    update();
}

void VideoTile::resizeEvent(QResizeEvent *)
{
    // The header keeps room for the camera's name (at least a few characters) and fits the
    // buttons right to left: with their names if all fit so, else as icons (names in
    // tooltips), and what still does not fit goes into the "⋯" menu, most needed first.
    const bool shown = m_camera.has_value() && m_controlsShown;
    for (QToolButton *button : m_buttons + QList<QToolButton *>{m_close, m_more})
        button->setVisible(false);
    m_nameRight = width() - 8;
    if (!shown)
        return;
    const int nameRoom = std::min(width() * 45 / 100, fontMetrics().averageCharWidth() * 10);
    const int available = width() - 8 - nameRoom;
    // The buttons' widths with and without their names, measured once (a grid of 25 tiles
    // lays its headers out on every resize).
    const auto widths = [this](Qt::ToolButtonStyle style) {
        QList<int> w;
        for (QToolButton *b : std::as_const(m_buttons)) {
            if (b->toolButtonStyle() != style)
                b->setToolButtonStyle(style);
            w.append(b->sizeHint().width() + 2);
        }
        return w;
    };
    const auto sum = [](const QList<int> &w, qsizetype count) {
        return std::accumulate(w.cbegin(), w.cbegin() + count, 0);
    };
    m_close->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_more->setToolButtonStyle(Qt::ToolButtonIconOnly);
    const int fixed = m_close->sizeHint().width() + 2;
    const int more = m_more->sizeHint().width() + 2;
    qsizetype placed = m_buttons.size();
    if (const QList<int> named = widths(Qt::ToolButtonTextBesideIcon);
        sum(named, placed) + fixed > available) {
        const QList<int> icons = widths(Qt::ToolButtonIconOnly);
        while (placed > 1 && // the snapshot stays, however narrow the tile
               sum(icons, placed) + fixed + (placed < m_buttons.size() ? more : 0) > available)
            --placed;
    }
    QList<QToolButton *> row{m_close};
    if (placed < m_buttons.size())
        row.append(m_more);
    for (qsizetype i = placed - 1; i >= 0; --i)
        row.append(m_buttons[i]);
    const int top = (headerHeight() - m_close->sizeHint().height()) / 2;
    int x = width() - 4;
    for (QToolButton *button : std::as_const(row)) {
        x -= button->sizeHint().width();
        button->move(x, std::max(0, top));
        button->setVisible(true);
        x -= 2;
    }
    m_nameRight = x - 4;
}

void VideoTile::mouseDoubleClickEvent(QMouseEvent *)
{
    emit maximizeToggled(this);
}

void VideoTile::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
}

void VideoTile::dropEvent(QDropEvent *event)
{
    emit cameraDropped(this, QString::fromUtf8(event->mimeData()->data(mimeType())));
    event->acceptProposedAction();
}

} // namespace Jiandu
