#include "centralservice.h"

#include "db/migrations.h"
#include "http/envelope.h"
#include "http/requestparameters.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

CentralService::CentralService(const CentralConfig &config, RuleSet rules)
    : m_config(config)
    , m_pool(config.databaseUrl.toStdString(), config.databaseConnections)
    , m_limiter(config.rateLimit)
    , m_share(m_pool, config, m_limiter)
    , m_intake(m_pool)
    , m_accounts(m_pool, config, m_limiter)
    , m_sync(m_pool, m_accounts)
    , m_files(m_pool, m_accounts, config.filesDirectory, config.fileLimitBytes)
{
    if (config.engine)
        m_engine = std::make_unique<CentralEngine>(config.databaseUrl.toStdString(),
                                                   std::move(rules), config.instance);
    if (!config.mqttHost.isEmpty())
        m_notifier = std::make_unique<ChangeNotifier>(
            config.databaseUrl.toStdString(), config.mqttHost, config.mqttPort, config.mqttUser,
            config.mqttPassword, config.instance);
    if (!config.mqttHost.isEmpty())
        m_mqtt =
            std::make_unique<MqttIntake>(m_intake, config.mqttHost, config.mqttPort,
                                         config.mqttUser, config.mqttPassword, config.instance);
}

CentralService::~CentralService()
{
    {
        std::lock_guard lock(m_probeMutex);
        m_stopping = true;
    }
    m_probeWake.notify_all();
    if (m_prober.joinable())
        m_prober.join();
}

void CentralService::start()
{
    m_prober = std::thread([this] { probe(); });
    if (m_engine)
        m_engine->start();
    if (m_mqtt)
        m_mqtt->start();
    if (m_notifier)
        m_notifier->start();
}

HttpResponse CentralService::intake(const HttpRequest &request)
{
    // The token as a bearer (Authorization: Bearer …) or, like the share API, as jwtToken in
    // the query string; the body is the events, one JSON object a line.
    QString jwt = bearerToken(request);
    if (jwt.isEmpty())
        jwt = QUrlQuery(QString::fromStdString(request.query))
                  .queryItemValue(u"jwtToken"_s, QUrl::FullyDecoded);
    if (jwt.isEmpty())
        return envelope(Code::BadParameters,
                        u"请求参数校验失败：缺少jwtToken (missing the token)"_s);
    HttpResponse refusal;
    const auto key = m_share.authorize(jwt, u"intake"_s, refusal);
    if (!key)
        return refusal;
    const std::string principal = "key=" + key->toStdString();
    const auto outcome = m_intake.submit(QByteArray::fromStdString(request.body), *key,
                                         QDateTime::currentMSecsSinceEpoch());
    QJsonArray refused;
    for (const auto &r : outcome.refused)
        refused.append(QJsonObject{{u"line"_s, r.line}, {u"reason"_s, r.reason}});
    const QJsonObject data{{u"accepted"_s, outcome.accepted},
                           {u"duplicates"_s, outcome.duplicates},
                           {u"refused"_s, refused}};
    HttpResponse response = envelope(
        outcome.refused.isEmpty() ? Code::Ok : Code::BadParameters,
        outcome.refused.isEmpty()
            ? u"成功"_s
            : u"请求参数校验失败：%1行被拒绝，其余已接收 (%1 lines refused, the others accepted)"_s
                  .arg(outcome.refused.size()),
        QJsonDocument(data).toJson(QJsonDocument::Compact));
    response.principal = principal;
    return response;
}

void CentralService::probe()
{
    std::unique_ptr<PgConnection> connection;
    while (!m_stopping) {
        try {
            if (!connection || !connection->healthy())
                connection = std::make_unique<PgConnection>(m_config.databaseUrl.toStdString());
            m_schema = Migrations::currentVersion(*connection);
        } catch (const PgError &) {
            connection.reset();
            m_schema = -1;
        }
        std::unique_lock lock(m_probeMutex);
        m_probeWake.wait_for(lock, std::chrono::milliseconds(500),
                             [this] { return m_stopping.load(); });
    }
}

std::optional<HttpResponse> CentralService::immediate(const HttpRequest &request)
{
    if (request.path != "/api/health")
        return std::nullopt;
    // For the balancer: 200 while the database answers, 503 otherwise.
    const int schema = m_schema;
    if (schema < 0)
        return envelope(Code::Failed, u"数据库不可用 (the database cannot be reached)"_s, "null",
                        503);
    const QJsonObject data{{u"instance"_s, m_config.instance},
                           {u"schema"_s, schema},
                           {u"engine"_s, !m_engine              ? u"off"_s
                                         : m_engine->isLeader() ? u"evaluating"_s
                                                                : u"standby"_s}};
    return envelope(Code::Ok, u"成功"_s, QJsonDocument(data).toJson(QJsonDocument::Compact));
}

HttpResponse CentralService::handle(const HttpRequest &request)
{
    const bool post = request.method == "POST";
    try {
        if (request.path == "/api/openapi/token/get") {
            if (!post)
                return envelope(Code::Failed, u"请求方法应为POST (use POST)"_s, "null", 405);
            return m_share.token(request);
        }
        if (request.path == "/api/events") {
            if (!post)
                return envelope(Code::Failed, u"请求方法应为POST (use POST)"_s, "null", 405);
            return intake(request);
        }
        if (const auto dataset = ShareApi::datasetOf(request.path)) {
            if (!post)
                return envelope(Code::Failed, u"请求方法应为POST (use POST)"_s, "null", 405);
            return m_share.page(*dataset, request);
        }
        if (auto answered = m_accounts.handle(request))
            return *answered;
        if (auto answered = m_sync.handle(request))
            return *answered;
        if (auto answered = m_files.handle(request))
            return *answered;
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
