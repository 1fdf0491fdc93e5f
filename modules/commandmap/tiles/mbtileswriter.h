#pragma once

#include "mbtiles.h"

namespace Jiandu::CommandMap {

//! Writes an MBTiles file (1.3: metadata and a tiles table in TMS rows) in one transaction,
//! to a temporary name renamed into place by finish(): an interrupted run leaves no
//! half-written map for the client to open.
class MbTilesWriter
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CommandMap::MbTilesWriter)

public:
    ~MbTilesWriter();
    MbTilesWriter(const MbTilesWriter &) = delete;
    MbTilesWriter &operator=(const MbTilesWriter &) = delete;

    static Result<std::unique_ptr<MbTilesWriter>> create(const QString &path,
                                                         const MbTiles::Metadata &metadata);
    //! Tile z/x/y (XYZ rows) as encoded image bytes.
    Result<void> add(int z, int x, int y, const QByteArray &data);
    Result<void> finish();

private:
    MbTilesWriter() = default;
    QString m_connection;
    QString m_path;
    QString m_partPath;
    bool m_finished = false;
};

} // namespace Jiandu::CommandMap
