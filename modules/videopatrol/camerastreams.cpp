#include "camerastreams.h"

#include <media/camerafeed.h>

namespace Jiandu {

CameraStreams::CameraStreams(QObject *parent)
    : QObject(parent)
{}

CameraStreams::~CameraStreams() = default;

std::shared_ptr<CameraFeed> CameraStreams::feed(const QUrl &url)
{
    if (!CameraFeed::canShare(url))
        return nullptr;
    const QString key = url.toString(QUrl::FullyEncoded);
    if (std::shared_ptr<CameraFeed> alive = m_feeds.value(key).lock())
        return alive;
    // Released feeds leave expired entries: they are dropped as new ones come.
    m_feeds.removeIf([](const auto &entry) { return entry.value().expired(); });
    std::shared_ptr<CameraFeed> made = CameraFeed::share(url);
    m_feeds.insert(key, made);
    return made;
}

int CameraStreams::connected() const
{
    return int(std::count_if(m_feeds.cbegin(), m_feeds.cend(),
                             [](const std::weak_ptr<CameraFeed> &f) { return !f.expired(); }));
}

} // namespace Jiandu
