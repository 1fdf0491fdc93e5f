#include "centralservice.h"

#include "db/migrations.h"
#include "http/envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

CentralService::CentralService(const CentralConfig &config)
    : m_config(config)
    , m_pool(config.databaseUrl.toStdString(), config.databaseConnections)
    , m_limiter(config.rateLimit)
    , m_share(m_pool, config, m_limiter)
{}

HttpResponse CentralService::health()
{
    // For the balancer: 200 while the database answers, 503 otherwise.
    try {
        const int version = m_pool.run(
            [](PgConnection &c) { return Migrations::currentVersion(c); }, std::chrono::seconds(2));
        const QJsonObject data{{u"instance"_s, m_config.instance}, {u"schema"_s, version}};
        return envelope(Code::Ok, u"成功"_s, QJsonDocument(data).toJson(QJsonDocument::Compact));
    } catch (const PgError &) {
        return envelope(Code::Failed, u"数据库不可用 (the database cannot be reached)"_s, "null",
                        503);
    }
}

HttpResponse CentralService::handle(const HttpRequest &request)
{
    const bool post = request.method == "POST";
    try {
        if (request.path == "/api/health")
            return health();
        if (request.path == "/api/openapi/token/get") {
            if (!post)
                return envelope(Code::Failed, u"请求方法应为POST (use POST)"_s, "null", 405);
            return m_share.token(request);
        }
        if (const auto dataset = ShareApi::datasetOf(request.path)) {
            if (!post)
                return envelope(Code::Failed, u"请求方法应为POST (use POST)"_s, "null", 405);
            return m_share.page(*dataset, request);
        }
        return envelope(Code::Failed, u"接口不存在 (no such API)"_s, "null", 404);
    } catch (const PgError &error) {
        // The database is away or refused: a failure the caller may retry, said in words
        // that reveal nothing of the statement.
        std::fprintf(stderr, "%s database: %s\n", qPrintable(m_config.instance), error.what());
        return envelope(
            Code::Failed,
            error.connectionLost() || error.sqlState() == "53300"
                ? u"数据库暂不可用，请稍后重试 (the database is unavailable, retry later)"_s
                : u"失败 (the request could not be served)"_s,
            "null", 503);
    }
}

} // namespace Jiandu::Central
