#include "placehistory.h"

#include "liveplace.h"

#include <QLoggingCategory>
#include <media/clipexporter.h>
#include <storage/cachethread.h>
#include <storage/localcache.h>
#include <storage/segmentrepository.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

Q_LOGGING_CATEGORY(lcPlaceHistory, "jiandu.casearea.history")

namespace Jiandu {

PlaceHistory::PlaceHistory(LivePlace &place, CacheThread *data, QObject *parent)
    : QObject(parent)
    , m_data(data)
{
    connect(&place, &LivePlace::tracked, this, &PlaceHistory::take);
    connect(&m_flush, &QTimer::timeout, this, &PlaceHistory::flush);
    m_flush.start(2000);
}

void PlaceHistory::take(const QList<TrackChange> &changes)
{
    if (!m_data)
        return;
    for (const TrackChange &change : changes) {
        if (change.room.isEmpty())
            continue;
        switch (change.kind) {
        case TrackChange::Kind::Moved:
        case TrackChange::Kind::Back:
            m_pending.append({change.tag, change.room, true, change.timeMs});
            break;
        case TrackChange::Kind::Lost:
            m_pending.append({change.tag, change.room, false, change.timeMs});
            break;
        case TrackChange::Kind::Anomaly:
            break;
        }
    }
}

void PlaceHistory::flush()
{
    if (!m_data || m_pending.isEmpty())
        return;
    m_data->run<bool>(
        this,
        [rows = std::exchange(m_pending, {})](QSqlDatabase &db) -> Result<bool> {
            if (auto added = TrackRepository(db).add(rows); !added)
                return added.error();
            return true;
        },
        [](Result<bool> kept) {
            // The plan goes on live; the history has a hole, said in the log.
            if (!kept)
                qCWarning(lcPlaceHistory) << kept.error().text();
        });
}

void PlaceHistory::load(qint64 fromMs, qint64 toMs, const QStringList &tags, QObject *context,
                        std::function<void(Result<QList<TrackRepository::Row>>)> done)
{
    if (!m_data)
        return done(QList<TrackRepository::Row>{});
    // What is still waiting belongs to the history asked for.
    flush();
    m_data->run<QList<TrackRepository::Row>>(
        context,
        [fromMs, toMs, tags](QSqlDatabase &db) {
            return TrackRepository(db).between(fromMs, toMs, tags);
        },
        std::move(done));
}

void PlaceHistory::loadFootage(const QList<TrajectoryVideo::Part> &parts, QObject *context,
                               std::function<void(Result<Footage>)> done)
{
    if (!m_data)
        return done(Error{tr("This workstation keeps no recordings (it has no local cache)."), {}});
    m_data->run<Footage>(
        context,
        [parts](QSqlDatabase &db) -> Result<Footage> {
            Footage footage;
            SegmentRepository index(db);
            for (const TrajectoryVideo::Part &part : parts) {
                auto segments = index.overlapping(part.cameraId, part.fromMs, part.toMs);
                if (!segments)
                    return segments.error();
                footage.perPart.append(segments.value());
            }
            // Unsealed if the workstation has no key yet: the manifest then says so.
            const auto key =
                LocalCache::secret(db, QString::fromLatin1(ClipExporter::kSealPurpose));
            footage.sealKey = key ? key.value() : QByteArray();
            return footage;
        },
        std::move(done));
}

} // namespace Jiandu
