#include "ratelimiter.h"

#include <algorithm>

namespace Jiandu::Central {

bool RateLimiter::allow(const std::string &caller)
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    if (m_buckets.size() > 100000) {
        // Forget callers idle long enough to have a full bucket again: many keys guessed at
        // random must not grow the table without end.
        std::erase_if(m_buckets, [&](const auto &entry) {
            return now - entry.second.refilled > std::chrono::seconds(10);
        });
    }
    auto [it, fresh] = m_buckets.try_emplace(caller, Bucket{m_burst, now});
    Bucket &bucket = it->second;
    if (!fresh) {
        const double seconds = std::chrono::duration<double>(now - bucket.refilled).count();
        bucket.tokens = std::min(m_burst, bucket.tokens + seconds * m_rate);
        bucket.refilled = now;
    }
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

} // namespace Jiandu::Central
