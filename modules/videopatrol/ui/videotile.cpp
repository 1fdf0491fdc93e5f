#include "videotile.h"

#include "videopainting.h"

#include <QDateTime>
#include <QDragEnterEvent>
#include <QMetaEnum>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

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
    , m_close(new QToolButton(this))
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
    m_clip->setToolTip(tr("Save the last 30 seconds recorded as a clip with its hash"));
    m_replay->setText(tr("Replay"));
    m_replay->setObjectName(u"replayButton"_s);
    m_replay->setToolTip(tr("Play the last seconds recorded again, then back to live"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this tile"));
    for (QToolButton *button : {m_snapshot, m_record, m_clip, m_replay, m_close}) {
        button->setAutoRaise(true);
        button->setStyleSheet(u"QToolButton { color: #e8f1ff; background: rgba(0,0,0,90); }"_s);
        button->hide();
    }
    connect(m_snapshot, &QToolButton::clicked, this, [this] { emit snapshotRequested(this); });
    connect(m_record, &QToolButton::clicked, this,
            [this](bool on) { emit recordToggled(this, on); });
    connect(m_clip, &QToolButton::clicked, this, [this] { emit clipRequested(this); });
    connect(m_replay, &QToolButton::clicked, this, [this] { emit replayRequested(this); });
    connect(&m_stream, &LiveStream::ended, this, [this] {
        if (m_replaying && m_camera)
            showCamera(*m_camera, m_decodeSize); // back to live
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

void VideoTile::showCamera(const SiteCamera &camera, QSize decodeSize)
{
    m_camera = camera;
    m_decodeSize = decodeSize;
    m_replaying = false;
    LiveStream::Options options;
    options.frameSize = decodeSize;
    m_stream.start(QUrl(camera.url), options);
    for (QToolButton *button : {m_snapshot, m_record, m_clip, m_replay, m_close})
        button->show();
    setToolTip(camera.name);
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
    m_stream.stop();
    m_camera.reset();
    for (QToolButton *button : {m_snapshot, m_record, m_clip, m_replay, m_close})
        button->hide();
    setToolTip({});
    update();
    emit cameraChanged();
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
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        p.drawText(rect().adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignTop, m_camera->name);
        if (m_replaying) {
            p.setPen(QColor(0xff, 0xd7, 0x40));
            p.drawText(rect().adjusted(8, 42, -8, -6), Qt::AlignLeft | Qt::AlignTop,
                       tr("Instant replay"));
            p.setPen(QColor(0xe8, 0xf1, 0xff));
        }
        if (m_recording) {
            p.setPen(QColor(0xff, 0x52, 0x52));
            p.drawText(rect().adjusted(8, 24, -8, -6), Qt::AlignLeft | Qt::AlignTop,
                       tr("● Recording"));
            p.setPen(QColor(0xe8, 0xf1, 0xff));
        }
    }
    const QString status = statusText();
    if (!status.isEmpty()) {
        p.setFont(font());
        p.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap, status);
    }
    if (m_camera)
        VideoPainting::paintWatermark(p, rect(), m_watermark.operatorName, m_watermark.workstation);
    p.setPen(hasFocus() ? QColor(0x40, 0xc4, 0xff) : QColor(0x30, 0x38, 0x44));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void VideoTile::resizeEvent(QResizeEvent *)
{
    int x = width() - 4;
    for (QToolButton *button : {m_close, m_replay, m_clip, m_record, m_snapshot}) {
        x -= button->sizeHint().width();
        button->move(x, 4);
        x -= 2;
    }
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
