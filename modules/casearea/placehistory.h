#pragma once

#include "data/trackrepository.h"

#include <QObject>
#include <QTimer>
#include <casearea/trajectory/trajectoryvideo.h>
#include <functional>

namespace Jiandu {

class CacheThread;
class LivePlace;

//! The area's past: every room a tag came into, and when it fell silent, kept in the cache in
//! small batches (every two seconds, and when the shell closes), so a stay can be replayed and
//! measured room by room; and what the rooms' cameras recorded of it, for its video.
class PlaceHistory : public QObject
{
    Q_OBJECT

public:
    PlaceHistory(LivePlace &place, CacheThread *data, QObject *parent = nullptr);

    //! What is waiting is written now (before the database thread ends).
    void flush();
    void closeCache() { m_data = nullptr; }
    //! The rows of [fromMs, toMs) (see TrackRepository::between), on \a context's thread.
    void load(qint64 fromMs, qint64 toMs, const QStringList &tags, QObject *context,
              std::function<void(Result<QList<TrackRepository::Row>>)> done);

    struct Footage
    {
        QList<QList<MediaSegment>> perPart; //!< each part's camera's segments
        QByteArray sealKey;                 //!< this workstation's, for the manifest
    };
    //! The recorded segments for each of \a parts, from the cache's recording index.
    void loadFootage(const QList<CaseArea::TrajectoryVideo::Part> &parts, QObject *context,
                     std::function<void(Result<Footage>)> done);

private:
    void take(const QList<CaseArea::TrackChange> &changes);

    CacheThread *m_data;
    QList<TrackRepository::Row> m_pending;
    QTimer m_flush;
};

} // namespace Jiandu
