#include "httpserver.h"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>
#include <vector>

namespace Jiandu::Central {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct HttpServer::Private
{
    Private(Options o, Handler h, Immediate i)
        : options(std::move(o))
        , handler(std::move(h))
        , immediate(std::move(i))
        , io(std::max(1, options.ioThreads))
        , workers(std::size_t(std::max(1, options.workerThreads)))
        , acceptor(io)
        , signals(io, SIGINT, SIGTERM)
    {}

    Options options;
    Handler handler;
    Immediate immediate;
    asio::io_context io;
    asio::thread_pool workers;
    std::optional<asio::ssl::context> tls;
    tcp::acceptor acceptor;
    asio::signal_set signals;
    std::atomic<bool> stopping = false;

    void log(const HttpRequest &request, const HttpResponse &response, double ms) const;
    template <typename Stream> asio::awaitable<void> serve(Stream &stream, std::string remote);
    asio::awaitable<void> session(tcp::socket socket);
    asio::awaitable<void> accept();
};

namespace {

template <typename Name>
std::string header(const http::request<http::string_body> &request, Name name)
{
    const auto it = request.find(name);
    return it == request.end() ? std::string() : std::string(it->value());
}

std::string envelopeError(int code, const char *message)
{
    return std::string("{\"code\":") + std::to_string(code) + ",\"message\":\"" + message +
           "\",\"data\":null}";
}

} // namespace

void HttpServer::Private::log(const HttpRequest &request, const HttpResponse &response,
                              double ms) const
{
    char when[32];
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &local);
    std::string line = when;
    line += ' ';
    line += options.instance;
    line += ' ';
    line += request.forwardedFor.empty() ? request.remote : request.forwardedFor;
    line += ' ';
    line += response.principal.empty() ? std::string("-") : response.principal;
    line += ' ';
    line += request.method;
    line += ' ';
    line += request.path; // never the query: a token or a signature may be in it
    line += ' ';
    line += std::to_string(response.status);
    line += response.code == -1000 ? std::string(" -") : " code=" + std::to_string(response.code);
    char latency[32];
    std::snprintf(latency, sizeof latency, " %.1fms\n", ms);
    line += latency;
    // One write: lines from several threads never interleave.
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, line.data(), line.size());
}

template <typename Stream>
asio::awaitable<void> HttpServer::Private::serve(Stream &stream, std::string remote)
{
    beast::flat_buffer buffer;
    for (;;) {
        http::request_parser<http::string_body> parser;
        parser.body_limit(options.bodyLimit);
        parser.header_limit(64 * 1024);
        beast::get_lowest_layer(stream).expires_after(options.idleTimeout);
        beast::error_code ec;
        co_await http::async_read(stream, buffer, parser,
                                  asio::redirect_error(asio::use_awaitable, ec));
        if (ec == http::error::end_of_stream || ec == asio::error::eof ||
            ec == beast::error::timeout || ec == asio::error::operation_aborted ||
            ec == asio::error::connection_reset)
            co_return;
        const auto started = std::chrono::steady_clock::now();
        HttpRequest request;
        request.remote = remote;
        HttpResponse response;
        bool keepAlive = false;
        if (ec) {
            // Malformed or too large: say so and close, the stream cannot be trusted after it.
            response.status = ec == http::error::body_limit ? 413 : 400;
            response.code = -1;
            response.body = envelopeError(-1, ec == http::error::body_limit
                                                  ? "请求过大 (request too large)"
                                                  : "请求格式错误 (malformed HTTP request)");
            request.method = "?";
            request.path = "?";
        } else {
            const auto &message = parser.get();
            keepAlive = message.keep_alive();
            request.method = std::string(message.method_string());
            const std::string_view target(message.target().data(), message.target().size());
            const auto q = target.find('?');
            request.path = std::string(target.substr(0, q));
            if (q != std::string_view::npos)
                request.query = std::string(target.substr(q + 1));
            request.contentType = header(message, http::field::content_type);
            request.authorization = header(message, http::field::authorization);
            request.forwardedFor = header(message, "X-Forwarded-For");
            request.body = message.body();
            std::optional<HttpResponse> quick;
            if (immediate)
                quick = immediate(request);
            if (quick) {
                response = std::move(*quick);
            } else {
                try {
                    response = co_await asio::co_spawn(
                        workers,
                        [this, &request]() -> asio::awaitable<HttpResponse> {
                            co_return handler(request);
                        },
                        asio::use_awaitable);
                } catch (const std::exception &) {
                    response = HttpResponse{};
                    response.status = 500;
                    response.code = -1;
                    response.body = envelopeError(-1, "服务内部错误 (internal error)");
                }
            }
        }
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                .count();
        log(request, response, ms);

        http::response<http::string_body> reply{http::status(response.status), 11};
        reply.set(http::field::server, "jiandu-central");
        reply.set(http::field::content_type, response.contentType);
        reply.set(http::field::cache_control, "no-store");
        reply.keep_alive(keepAlive);
        reply.body() = std::move(response.body);
        reply.prepare_payload();
        co_await http::async_write(stream, reply, asio::redirect_error(asio::use_awaitable, ec));
        if (ec || !keepAlive)
            co_return;
    }
}

asio::awaitable<void> HttpServer::Private::session(tcp::socket socket)
{
    beast::error_code ec;
    const auto peer = socket.remote_endpoint(ec);
    const std::string remote = ec ? std::string("?") : peer.address().to_string();
    socket.set_option(tcp::no_delay(true), ec);
    beast::tcp_stream tcpStream(std::move(socket));
    try {
        if (tls) {
            beast::ssl_stream<beast::tcp_stream> stream(std::move(tcpStream), *tls);
            beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(30));
            co_await stream.async_handshake(asio::ssl::stream_base::server,
                                            asio::redirect_error(asio::use_awaitable, ec));
            if (ec)
                co_return;
            co_await serve(stream, remote);
            beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(5));
            co_await stream.async_shutdown(asio::redirect_error(asio::use_awaitable, ec));
        } else {
            co_await serve(tcpStream, remote);
            tcpStream.socket().shutdown(tcp::socket::shutdown_send, ec);
        }
    } catch (const std::exception &) {
        // A connection that failed mid-way ends; the service goes on.
    }
}

asio::awaitable<void> HttpServer::Private::accept()
{
    for (;;) {
        beast::error_code ec;
        tcp::socket socket = co_await acceptor.async_accept(
            asio::make_strand(io), asio::redirect_error(asio::use_awaitable, ec));
        if (ec == asio::error::operation_aborted || stopping)
            co_return;
        if (ec)
            continue; // out of descriptors for a moment, a peer gone before accept: go on
        auto executor = socket.get_executor();
        asio::co_spawn(executor, session(std::move(socket)), asio::detached);
    }
}

HttpServer::HttpServer(Options options, Handler handler, Immediate immediate)
    : d(std::make_unique<Private>(std::move(options), std::move(handler), std::move(immediate)))
{}

HttpServer::~HttpServer()
{
    stop();
    d->workers.join();
}

bool HttpServer::listen(std::string *error)
{
    beast::error_code ec;
    if (!d->options.tlsCertificate.empty()) {
        d->tls.emplace(asio::ssl::context::tls_server);
        d->tls->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                            asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                            asio::ssl::context::no_tlsv1_1);
        d->tls->use_certificate_chain_file(d->options.tlsCertificate, ec);
        if (!ec)
            d->tls->use_private_key_file(d->options.tlsKey, asio::ssl::context::pem, ec);
        if (ec) {
            *error = "cannot use the TLS certificate or key: " + ec.message();
            return false;
        }
    }
    const auto address = asio::ip::make_address(d->options.host, ec);
    if (ec) {
        *error = "listen: " + d->options.host + " is not an IP address";
        return false;
    }
    const tcp::endpoint endpoint(address, d->options.port);
    d->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor.bind(endpoint, ec);
    if (!ec)
        d->acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = "cannot listen on " + d->options.host + ":" + std::to_string(d->options.port) +
                 ": " + ec.message();
        return false;
    }
    return true;
}

unsigned short HttpServer::port() const
{
    beast::error_code ec;
    return d->acceptor.local_endpoint(ec).port();
}

void HttpServer::run()
{
    d->signals.async_wait([this](const beast::error_code &ec, int) {
        if (!ec)
            stop();
    });
    asio::co_spawn(d->io, d->accept(), asio::detached);
    std::vector<std::thread> threads;
    for (int i = 1; i < d->options.ioThreads; ++i)
        threads.emplace_back([this] { d->io.run(); });
    d->io.run();
    for (auto &t : threads)
        t.join();
}

void HttpServer::stop()
{
    if (d->stopping.exchange(true))
        return;
    asio::post(d->io, [this] {
        beast::error_code ec;
        d->acceptor.close(ec);
        d->signals.cancel(ec);
        d->io.stop();
    });
}

} // namespace Jiandu::Central
