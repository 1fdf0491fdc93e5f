#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <core/result.h>
#include <memory>
#include <optional>

namespace Jiandu::CommandMap {

//! A map's tiles in one MBTiles file (SQLite; tiles keyed by zoom, column and TMS row),
//! opened read-only. Tiles are asked for in the XYZ scheme the map uses (row 0 at the top);
//! the file's TMS rows (row 0 at the bottom) are turned over here. Use it from the thread
//! that opened it (the map's tile worker), never the UI's.
class MbTiles
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CommandMap::MbTiles)

public:
    struct Metadata
    {
        QString name;
        QString format; //!< "png", "jpg", "webp", "pbf"
        int minZoom = 0;
        int maxZoom = 22;
        //! west, south, east, north in degrees, when the file says
        std::optional<std::array<double, 4>> bounds;
    };

    ~MbTiles();
    MbTiles(const MbTiles &) = delete;
    MbTiles &operator=(const MbTiles &) = delete;

    //! Opens \a path; refused with the reason when it is no MBTiles file (not SQLite, no
    //! tiles table, unreadable).
    static Result<std::unique_ptr<MbTiles>> open(const QString &path);

    const Metadata &metadata() const { return m_metadata; }
    //! The tile at zoom \a z, column \a x, row \a y (XYZ), none where the file has none or
    //! the numbers are outside the world; an error when the file cannot be read there.
    Result<std::optional<QByteArray>> tile(int z, int x, int y);

private:
    MbTiles() = default;
    QString m_connection;
    QString m_path;
    Metadata m_metadata;
};

} // namespace Jiandu::CommandMap
