#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility> // before Boost 1.74's awaitable.hpp, which uses std::exchange unincluded

namespace Jiandu::Central {

struct HttpRequest
{
    std::string method;
    std::string path;  //!< without the query
    std::string query; //!< after "?", still encoded
    std::string contentType;
    std::string authorization;
    std::string body;
    std::string remote; //!< the peer's address (the balancer's, behind one)
    std::string forwardedFor;
};

struct HttpResponse
{
    int status = 200;
    std::string contentType = "application/json; charset=utf-8";
    std::string body;
    //! Who asked (a share key or a user), for the access log; never a secret.
    std::string principal;
    //! The envelope's code, for the access log (-1000: none).
    int code = -1000;
};

//! HTTP/1.1 (and HTTPS when given a certificate) through Boost.Beast on Asio. Connections are
//! served by a few I/O threads; the handler runs on a separate pool, because it may wait
//! for the database. Every request is logged once: instance, peer, principal, method, path,
//! status, code and latency — never a body or a header's value.
class HttpServer
{
public:
    struct Options
    {
        std::string host = "127.0.0.1";
        unsigned short port = 8080;
        std::string tlsCertificate; //!< PEM files; both empty: plain HTTP
        std::string tlsKey;
        int ioThreads = 2;
        int workerThreads = 16;
        std::size_t bodyLimit = 16 * 1024 * 1024;
        std::chrono::seconds idleTimeout{60};
        std::string instance = "central";
    };
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    //! Tried first, on the connection's thread: an answer that needs no waiting (a health
    //! check), or nullopt to go on to the handler.
    using Immediate = std::function<std::optional<HttpResponse>(const HttpRequest &)>;

    HttpServer(Options options, Handler handler, Immediate immediate = {});
    ~HttpServer();

    //! Binds and listens; false with \a error if the address cannot be used.
    bool listen(std::string *error);
    //! The port bound (useful when asked for port 0).
    unsigned short port() const;
    //! Serves until stop() (or SIGINT/SIGTERM, which it installs handlers for).
    void run();
    void stop();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Jiandu::Central
