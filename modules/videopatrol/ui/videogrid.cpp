#include "videogrid.h"

#include <QGridLayout>
#include <cmath>

namespace Jiandu {

VideoGrid::VideoGrid(const VideoTile::Watermark &watermark, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("videoGrid"));
    m_layout->setSpacing(2);
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kMaxTiles; ++i) {
        auto *tile = new VideoTile(i, watermark, this);
        connect(tile, &VideoTile::maximizeToggled, this, &VideoGrid::toggleMaximized);
        connect(tile, &VideoTile::snapshotRequested, this, &VideoGrid::snapshotRequested);
        connect(tile, &VideoTile::recordToggled, this, &VideoGrid::recordToggled);
        connect(tile, &VideoTile::clipRequested, this, &VideoGrid::clipRequested);
        connect(tile, &VideoTile::replayRequested, this, &VideoGrid::replayRequested);
        connect(tile, &VideoTile::cameraDropped, this, &VideoGrid::cameraDropped);
        connect(tile, &VideoTile::cameraChanged, this, &VideoGrid::arrangementChanged);
        connect(tile, &VideoTile::fullScreenRequested, this, &VideoGrid::fullScreenRequested);
        connect(tile, &VideoTile::sendToWallRequested, this, &VideoGrid::sendToWallRequested);
        connect(tile, &VideoTile::problem, this, &VideoGrid::problem);
        // One tile is heard at a time, as on a monitoring desk.
        connect(tile, &VideoTile::listeningChanged, this, [this](VideoTile *heard, bool on) {
            if (!on)
                return;
            for (VideoTile *other : std::as_const(m_tiles)) {
                if (other != heard)
                    other->setListening(false);
            }
        });
        tile->setFocusPolicy(Qt::ClickFocus);
        m_tiles.append(tile);
    }
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        for (VideoTile *tile : std::as_const(m_tiles)) {
            if (tile->isVisible() && tile->camera())
                tile->update();
        }
    });
    m_refresh.start();
    relayout();
}

QSize VideoGrid::decodeSize() const
{
    switch (m_count) {
    case 1:
        return {1280, 720};
    case 4:
        return {960, 540};
    case 9:
        return {640, 360};
    case 16:
        return {480, 270};
    default:
        return {384, 216};
    }
}

void VideoGrid::setControlsShown(bool shown)
{
    for (VideoTile *tile : std::as_const(m_tiles))
        tile->setControlsShown(shown);
}

void VideoGrid::setTileCount(int count)
{
    if (count != 1 && count != 4 && count != 9 && count != 16 && count != 25)
        return;
    const bool sizeChanged = count != m_count;
    m_count = count;
    m_maximized = nullptr;
    for (int i = 0; i < kMaxTiles; ++i) {
        VideoTile *tile = m_tiles[i];
        if (i >= count) {
            // Hidden tiles stop decoding; their cameras come back when the grid grows again.
            if (tile->camera())
                m_parked.insert(i, *tile->camera());
            tile->clear();
        } else if (!tile->camera() && m_parked.contains(i)) {
            tile->showCamera(m_parked.take(i), decodeSize(), useSubStreams());
        } else if (sizeChanged && tile->camera()) {
            tile->showCamera(*tile->camera(), decodeSize(), useSubStreams());
        }
    }
    relayout();
    emit arrangementChanged();
}

void VideoGrid::relayout()
{
    for (VideoTile *tile : std::as_const(m_tiles)) {
        m_layout->removeWidget(tile);
        tile->hide();
    }
    if (m_maximized) {
        m_layout->addWidget(m_maximized, 0, 0);
        m_maximized->show();
        return;
    }
    const int side = int(std::lround(std::sqrt(m_count)));
    for (int i = 0; i < m_count; ++i) {
        m_layout->addWidget(m_tiles[i], i / side, i % side);
        m_tiles[i]->show();
    }
}

void VideoGrid::toggleMaximized(VideoTile *tile)
{
    // Enlarged, a tile shows its camera's main stream at full resolution; back in the grid,
    // the grid's size again.
    VideoTile *changed = m_maximized ? m_maximized : tile;
    m_maximized = m_maximized ? nullptr : tile;
    if (changed->camera()) {
        if (m_maximized)
            changed->showCamera(*changed->camera(), QSize(), false);
        else
            showCameraIn(changed, *changed->camera());
    }
    relayout();
}

VideoTile *VideoGrid::selectedTile() const
{
    VideoTile *first = nullptr;
    for (int i = 0; i < m_count; ++i) {
        VideoTile *tile = m_tiles[i];
        if (!tile->camera())
            continue;
        if (tile->hasFocus())
            return tile;
        if (!first)
            first = tile;
    }
    return first;
}

VideoTile *VideoGrid::showCamera(const SiteCamera &camera)
{
    // Already on screen: that tile, not a second one.
    for (int i = 0; i < m_count; ++i) {
        if (m_tiles[i]->camera() && m_tiles[i]->camera()->id == camera.id) {
            m_tiles[i]->setFocus();
            return m_tiles[i];
        }
    }
    // A free tile; if there is none the grid grows to the next layout, and only a full grid
    // of the largest layout gives up its last tile.
    const auto freeTile = [this]() -> VideoTile * {
        for (int i = 0; i < m_count; ++i) {
            if (!m_tiles[i]->camera())
                return m_tiles[i];
        }
        return nullptr;
    };
    VideoTile *target = freeTile();
    if (!target) {
        for (int larger : {4, 9, 16, 25}) {
            if (larger > m_count) {
                setTileCount(larger);
                target = freeTile();
                break;
            }
        }
    }
    if (!target)
        target = m_tiles[m_count - 1];
    showCameraIn(target, camera);
    target->setFocus();
    return target;
}

void VideoGrid::showCameraIn(VideoTile *tile, const SiteCamera &camera)
{
    tile->showCamera(camera, decodeSize(), useSubStreams());
}

void VideoGrid::setStreams(ICameraStreams *streams)
{
    for (VideoTile *tile : std::as_const(m_tiles))
        tile->setStreams(streams);
}

} // namespace Jiandu
