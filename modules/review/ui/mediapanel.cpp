#include "mediapanel.h"

#include "reviewmodels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <media/fileplayer.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {
constexpr qint64 kDriftMs = 250; //!< a follower further apart than this is put back in step
}

VideoSurface::VideoSurface(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
{
    setObjectName(u"reviewSurface"_s);
    setMinimumSize(160, 90);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void VideoSurface::setFrame(const QImage &frame, qint64 atMs)
{
    m_frame = frame;
    m_frameMs = atMs;
    update();
}

void VideoSurface::setNotice(const QString &notice)
{
    m_notice = notice;
    update();
}

void VideoSurface::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (!m_frame.isNull()) {
        QSize size = m_frame.size().scaled(this->size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2),
                           size);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_frame);
    }
    p.setPen(Qt::white);
    const QRect caption = rect().adjusted(6, 4, -6, -4);
    p.drawText(caption, Qt::AlignTop | Qt::AlignLeft, m_name);
    if (!m_notice.isEmpty()) {
        p.fillRect(rect().adjusted(0, height() / 2 - 30, 0, -(height() / 2 - 30)),
                   QColor(0, 0, 0, 170));
        p.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap, m_notice);
    }
}

MediaPanel::MediaPanel(QWidget *parent)
    : QWidget(parent)
    , m_screens(new QWidget(this))
    , m_play(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_time(new QLabel(this))
    , m_tick(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screens, 1);
    auto *controls = new QHBoxLayout;
    m_play->setObjectName(u"reviewPlay"_s);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play or pause (Space)"));
    connect(m_play, &QToolButton::clicked, this, &MediaPanel::togglePlay);
    controls->addWidget(m_play);
    m_time->setObjectName(u"reviewTime"_s);
    controls->addWidget(m_time, 1);
    controls->addWidget(new QLabel(tr("Speed"), this));
    m_speed->setObjectName(u"reviewSpeed"_s);
    for (double rate : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0})
        m_speed->addItem(u"%1×"_s.arg(rate), rate);
    m_speed->setCurrentIndex(2);
    m_speed->setToolTip(tr("Playback speed; voices keep their pitch"));
    connect(m_speed, &QComboBox::activated, this,
            [this] { setRate(m_speed->currentData().toDouble()); });
    controls->addWidget(m_speed);
    layout->addLayout(controls);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, &MediaPanel::tick);
    updateControls();
}

MediaPanel::~MediaPanel() = default;

FilePlayer *MediaPanel::leader() const
{
    return m_players.isEmpty() ? nullptr : m_players[m_leader].player;
}

void MediaPanel::open(const QList<ReviewFile> &recordings, const QString &audioSink)
{
    for (const Track &t : std::as_const(m_players)) {
        t.player->deleteLater();
        t.surface->deleteLater();
    }
    m_players.clear();
    m_leader = 0;
    m_durationMs = 0;
    m_lastFrameMs = -1;
    m_spanReported = false;
    delete m_screens->layout();
    auto *grid = new QGridLayout(m_screens);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    const int columns = recordings.size() > 1 ? 2 : 1;
    FilePlayer::Options options;
    if (!audioSink.isEmpty())
        options.audioSink = audioSink;
    for (qsizetype i = 0; i < recordings.size(); ++i) {
        const ReviewFile &file = recordings[i];
        auto *surface = new VideoSurface(file.name, m_screens);
        surface->setNotice(tr("Opening…"));
        grid->addWidget(surface, int(i) / columns, int(i) % columns);
        auto *player = new FilePlayer(this);
        const int index = int(i);
        connect(player, &FilePlayer::frame, surface,
                [this, surface, index](const QImage &f, qint64 at) {
                    surface->setFrame(f, at);
                    if (index == m_leader) {
                        m_lastFrameMs = at;
                        Q_EMIT frameShown(at);
                    }
                });
        connect(player, &FilePlayer::opened, this, [this, player, surface, index] {
            surface->setNotice(player->hasVideo() ? QString() : tr("Sound only"));
            // The first recording with sound leads; the others are heard through it.
            if (player->hasAudio() && !m_players[m_leader].player->hasAudio())
                m_leader = index;
            for (int k = 0; k < m_players.size(); ++k)
                m_players[k].player->setMuted(k != m_leader);
            m_durationMs = std::max(m_durationMs, player->durationMs() + m_players[index].offsetMs);
            Q_EMIT durationChanged(m_durationMs);
            updateControls();
            reportSpan();
        });
        connect(player, &FilePlayer::stateChanged, this, &MediaPanel::reportSpan);
        connect(player, &FilePlayer::failed, this, [this, surface](const QString &reason) {
            surface->setNotice(reason);
            Q_EMIT problem(reason);
        });
        connect(player, &FilePlayer::finished, this, [this, index] {
            if (index == m_leader) {
                m_tick->stop();
                updateControls();
                Q_EMIT playingChanged(false);
            }
        });
        m_players.append({player, surface, file.offsetMs, file});
        player->open(file.path, options);
    }
    if (recordings.isEmpty()) {
        auto *none = new VideoSurface(QString(), m_screens);
        none->setNotice(tr("No recording was added to this interrogation."));
        grid->addWidget(none, 0, 0);
    }
    updateControls();
}

void MediaPanel::seek(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    for (const Track &t : std::as_const(m_players))
        t.player->seek(std::max<qint64>(0, ms - t.offsetMs));
    updateControls();
    Q_EMIT positionChanged(ms);
}

void MediaPanel::play()
{
    if (m_players.isEmpty())
        return;
    for (const Track &t : std::as_const(m_players))
        t.player->play();
    m_tick->start();
    updateControls();
    Q_EMIT playingChanged(true);
}

void MediaPanel::pause()
{
    for (const Track &t : std::as_const(m_players))
        t.player->pause();
    m_tick->stop();
    updateControls();
    Q_EMIT playingChanged(false);
}

void MediaPanel::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void MediaPanel::setRate(double rate)
{
    for (const Track &t : std::as_const(m_players))
        t.player->setRate(rate);
    const int index = m_speed->findData(rate);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void MediaPanel::reportSpan()
{
    FilePlayer *lead = leader();
    if (m_spanReported || !lead || !lead->isOpen() || !lead->recordedAt().isValid() ||
        lead->durationMs() <= 0)
        return;
    m_spanReported = true;
    Q_EMIT recordingSpan(lead->recordedAt(), lead->recordedAt().addMSecs(lead->durationMs()));
}

const ReviewFile *MediaPanel::leaderFile() const
{
    return m_players.isEmpty() ? nullptr : &m_players[m_leader].file;
}

bool MediaPanel::leaderHasVideo() const
{
    return leader() && leader()->hasVideo();
}

bool MediaPanel::leaderHasAudio() const
{
    return leader() && leader()->hasAudio();
}

bool MediaPanel::isPlaying() const
{
    return leader() && leader()->isPlaying();
}

qint64 MediaPanel::position() const
{
    return leader() ? leader()->positionMs() + m_players[m_leader].offsetMs : 0;
}

void MediaPanel::tick()
{
    const qint64 at = position();
    // The followers back in step with the leader when they drift.
    for (int k = 0; k < m_players.size(); ++k) {
        if (k == m_leader || !m_players[k].player->isOpen())
            continue;
        const qint64 should = at - m_players[k].offsetMs;
        if (should >= 0 && std::abs(m_players[k].player->positionMs() - should) > kDriftMs)
            m_players[k].player->seek(should);
    }
    updateControls();
    Q_EMIT positionChanged(at);
}

void MediaPanel::updateControls()
{
    m_play->setIcon(
        style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setEnabled(!m_players.isEmpty());
    m_time->setText(u"%1 / %2"_s.arg(clockText(position()), clockText(m_durationMs)));
}

} // namespace Jiandu::Review
