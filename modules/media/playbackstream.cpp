#include "playbackstream.h"

#include "clipassembly.h"

#include <QStringList>
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace Jiandu {

using namespace ClipAssembly;

namespace {
constexpr size_t kQueuedFrames = 12; // half a second at 25 fps: enough to hide a file switch
}

struct PlaybackStream::Reader
{
    mutable std::mutex mutex;
    std::condition_variable spaceFree;
    std::deque<Frame> queue;
    bool abort = false;
    bool finished = false;
    QStringList damaged;
    std::thread thread;

    void run(QList<MediaSegment> segments, qint64 atMs, QSize size)
    {
        const qint64 atNs = atMs * kNsPerMs;
        bool first = true;
        for (const MediaSegment &segment : segments) {
            if (segment.endMs < atMs)
                continue;
            qint64 startNs = std::numeric_limits<qint64>::min();
            if (first && segment.startMs < atMs) { // decode from the keyframe before atMs
                auto frames = scanFrames(segment);
                if (!frames) {
                    markDamaged(segment);
                    continue;
                }
                startNs = keyframeBefore(*frames, atNs);
            }
            first = false;
            auto decoded = decodeFrames(segment, startNs, atNs, size, [this](DecodedFrame &&f) {
                std::unique_lock lock(mutex);
                spaceFree.wait(lock, [this] { return abort || queue.size() < kQueuedFrames; });
                if (abort)
                    return false;
                queue.push_back({std::move(f.image), f.wallNs / kNsPerMs});
                return true;
            });
            if (!decoded)
                markDamaged(segment);
            std::lock_guard lock(mutex);
            if (abort)
                return;
        }
        std::lock_guard lock(mutex);
        finished = true;
    }

    void markDamaged(const MediaSegment &segment)
    {
        std::lock_guard lock(mutex);
        damaged.append(segment.path);
    }

    void stop()
    {
        {
            std::lock_guard lock(mutex);
            abort = true;
        }
        spaceFree.notify_all();
        if (thread.joinable())
            thread.join();
    }
};

PlaybackStream::PlaybackStream() = default;

PlaybackStream::~PlaybackStream()
{
    stop();
}

void PlaybackStream::setSegments(QList<MediaSegment> segments)
{
    stop();
    std::sort(segments.begin(), segments.end(),
              [](const MediaSegment &a, const MediaSegment &b) { return a.startMs < b.startMs; });
    m_segments = std::move(segments);
}

void PlaybackStream::seek(qint64 atMs)
{
    stop();
    m_reader = std::make_shared<Reader>();
    Reader *reader = m_reader.get();
    reader->thread = std::thread([reader, segments = m_segments, atMs, size = m_frameSize] {
        reader->run(segments, atMs, size);
    });
}

void PlaybackStream::stop()
{
    if (m_reader) {
        m_reader->stop();
        m_reader.reset();
    }
}

std::optional<PlaybackStream::Frame> PlaybackStream::takeFrame(qint64 atMs)
{
    if (!m_reader)
        return std::nullopt;
    std::optional<Frame> due;
    {
        std::lock_guard lock(m_reader->mutex);
        while (!m_reader->queue.empty() && m_reader->queue.front().timeMs <= atMs) {
            due = std::move(m_reader->queue.front());
            m_reader->queue.pop_front();
        }
    }
    if (due)
        m_reader->spaceFree.notify_all();
    return due;
}

qint64 PlaybackStream::nextFrameMs() const
{
    if (!m_reader)
        return -1;
    std::lock_guard lock(m_reader->mutex);
    return m_reader->queue.empty() ? -1 : m_reader->queue.front().timeMs;
}

qint64 PlaybackStream::decodedUntilMs() const
{
    if (!m_reader)
        return -1;
    std::lock_guard lock(m_reader->mutex);
    return m_reader->queue.empty() ? -1 : m_reader->queue.back().timeMs;
}

bool PlaybackStream::atEnd() const
{
    if (!m_reader)
        return true;
    std::lock_guard lock(m_reader->mutex);
    return m_reader->finished && m_reader->queue.empty();
}

QStringList PlaybackStream::damagedSegments() const
{
    if (!m_reader)
        return {};
    std::lock_guard lock(m_reader->mutex);
    return m_reader->damaged;
}

} // namespace Jiandu
