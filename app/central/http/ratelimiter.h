#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace Jiandu::Central {

//! A token bucket per caller (a share key, a user, an address): \a perSecond requests a
//! second on average, bursts up to twice that. Each instance counts its own callers; behind
//! a balancer of n instances a caller gets at most n times the rate.
class RateLimiter
{
public:
    explicit RateLimiter(int perSecond)
        : m_rate(perSecond)
        , m_burst(2.0 * perSecond)
    {}
    RateLimiter(double perSecond, double burst)
        : m_rate(perSecond)
        , m_burst(burst)
    {}

    //! True if \a caller may make a request now (and it is counted).
    bool allow(const std::string &caller);

private:
    struct Bucket
    {
        double tokens = 0;
        std::chrono::steady_clock::time_point refilled;
    };
    const double m_rate;
    const double m_burst;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
};

} // namespace Jiandu::Central
