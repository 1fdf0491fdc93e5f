#pragma once

#include "videotile.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <core/sitedescription.h>

class QGridLayout;

namespace Jiandu {

//! 1, 4, 9 or 16 live tiles. Each layout decodes at the size its tiles need, so a 16-tile
//! grid does not decode 16 full-HD streams.
class VideoGrid : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxTiles = 25;

    VideoGrid(const VideoTile::Watermark &watermark, QWidget *parent = nullptr);

    void setTileCount(int count);
    int tileCount() const { return m_count; }
    VideoTile *tile(int index) const { return m_tiles.value(index); }
    const QList<VideoTile *> &tiles() const { return m_tiles; }
    //! Shows \a camera in the first empty tile (or the last one); returns that tile.
    VideoTile *showCamera(const SiteCamera &camera);
    void showCameraIn(VideoTile *tile, const SiteCamera &camera);
    //! The tile the operator last clicked, else the first showing a camera, else null.
    VideoTile *selectedTile() const;
    //! The decode size for tiles of the current layout.
    QSize decodeSize() const;
    //! Stream policy: from 9 tiles up, cameras with a sub-stream play it (like Nx Witness's
    //! secondary stream), so a two-core workstation keeps every tile at full frame rate.
    bool useSubStreams() const { return m_count >= 9; }
    //! The operator's buttons on every tile; off on a video wall.
    void setControlsShown(bool shown);
    //! The cameras' shared connections for every tile (see VideoTile::setStreams).
    void setStreams(ICameraStreams *streams);

signals:
    //! The layout or a tile's camera changed: worth saving.
    void arrangementChanged();
    void snapshotRequested(Jiandu::VideoTile *tile);
    void recordToggled(Jiandu::VideoTile *tile, bool on);
    void clipRequested(Jiandu::VideoTile *tile);
    void replayRequested(Jiandu::VideoTile *tile);
    void cameraDropped(Jiandu::VideoTile *tile, const QString &cameraId);
    void fullScreenRequested(Jiandu::VideoTile *tile);
    void sendToWallRequested(Jiandu::VideoTile *tile);
    void problem(const QString &title, const QString &message);

private:
    void relayout();
    void toggleMaximized(VideoTile *tile);

    QGridLayout *m_layout;
    QList<VideoTile *> m_tiles;
    int m_count = 4;
    VideoTile *m_maximized = nullptr;
    //! The cameras of tiles hidden by a smaller layout, shown again when it grows back.
    QHash<int, SiteCamera> m_parked;
    QTimer m_refresh; // watermark clock and reconnect countdowns
};

} // namespace Jiandu
