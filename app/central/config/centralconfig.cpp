#include "centralconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QUrl>
#include <rules/ruleset.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

constexpr qint64 kMaxFileSize = 1 << 20;

std::optional<int> boundedNumber(const QString &value, int least, int most)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < least || n > most)
        return std::nullopt;
    return n;
}

} // namespace

std::optional<CentralConfig> CentralConfig::load(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = u"%1: no such file"_s.arg(path);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = u"%1: not a regular file"_s.arg(path);
        return std::nullopt;
    }
    if (info.size() > kMaxFileSize) {
        *error = u"%1: larger than a configuration file can be (1 MB)"_s.arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.read(kMaxFileSize), path, error);
}

std::optional<CentralConfig> CentralConfig::parse(const QByteArray &text, const QString &name,
                                                  QString *error)
{
    CentralConfig config;
    int lineNumber = 0;
    QSet<QString> seen;
    auto refuse = [&](const QString &why) {
        *error = lineNumber ? u"%1:%2: %3"_s.arg(name).arg(lineNumber).arg(why)
                            : u"%1: %2"_s.arg(name, why);
        return std::nullopt;
    };
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return refuse(u"expected \"name = value\""_s);
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (seen.contains(key))
            return refuse(u"%1 is given twice"_s.arg(key));
        seen.insert(key);
        if (key == "database"_L1) {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() ||
                (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1))
                return refuse(u"database must be a postgresql:// URL"_s);
            config.databaseUrl = value;
        } else if (key == "listen"_L1) {
            const qsizetype colon = value.lastIndexOf(u':');
            const auto port = boundedNumber(value.mid(colon + 1), 0, 65535); // 0: any free port
            if (colon <= 0 || !port)
                return refuse(u"listen must be HOST:PORT, e.g. 0.0.0.0:8443"_s);
            config.listenHost = value.left(colon);
            config.listenPort = quint16(*port);
        } else if (key == "tls_certificate"_L1 || key == "tls_key"_L1) {
            if (!QFileInfo(value).isFile())
                return refuse(u"%1: %2 is not a readable file"_s.arg(key, value));
            (key == "tls_key"_L1 ? config.tlsKey : config.tlsCertificate) = value;
        } else if (key == "token_secret"_L1) {
            if (value.size() < 32)
                return refuse(u"token_secret must be at least 32 characters"_s);
            config.tokenSecret = value;
        } else if (key == "token_lifetime"_L1) {
            const auto n = boundedNumber(value, 60, 86400);
            if (!n)
                return refuse(u"token_lifetime must be 60…86400 seconds"_s);
            config.tokenLifetimeSeconds = *n;
        } else if (key == "rate_limit"_L1) {
            const auto n = boundedNumber(value, 1, 1000000);
            if (!n)
                return refuse(u"rate_limit must be 1…1000000 requests a second"_s);
            config.rateLimit = *n;
        } else if (key == "database_connections"_L1) {
            const auto n = boundedNumber(value, 1, 500);
            if (!n)
                return refuse(u"database_connections must be 1…500"_s);
            config.databaseConnections = *n;
        } else if (key == "threads"_L1) {
            const auto n = boundedNumber(value, 0, 256);
            if (!n)
                return refuse(u"threads must be 0…256 (0: one per processor)"_s);
            config.threads = *n;
        } else if (key == "instance"_L1) {
            if (value.isEmpty() || value.size() > 64)
                return refuse(u"instance must be a name of 1…64 characters"_s);
            config.instance = value;
        } else if (key == "timezone"_L1) {
            if (!QTimeZone(value.toUtf8()).isValid())
                return refuse(u"timezone: %1 is not a known time zone"_s.arg(value));
            config.timeZone = value;
        } else if (key == "engine"_L1) {
            if (value != "on"_L1 && value != "off"_L1)
                return refuse(u"engine must be on or off"_s);
            config.engine = value == "on"_L1;
        } else if (key == "mqtt"_L1) {
            const qsizetype colon = value.lastIndexOf(u':');
            const auto port = boundedNumber(value.mid(colon + 1), 1, 65535);
            if (colon <= 0 || !port)
                return refuse(u"mqtt must be HOST:PORT, e.g. 127.0.0.1:1883"_s);
            config.mqttHost = value.left(colon);
            config.mqttPort = *port;
        } else if (key == "files"_L1) {
            if (!QDir::isAbsolutePath(value))
                return refuse(u"files must be an absolute directory path"_s);
            config.filesDirectory = QDir::cleanPath(value);
        } else if (key == "file_limit"_L1) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 1024 || n > (qint64(1) << 40))
                return refuse(u"file_limit must be 1024…1099511627776 bytes"_s);
            config.fileLimitBytes = n;
        } else if (key == "mqtt_user"_L1) {
            config.mqttUser = value;
        } else if (key == "mqtt_password"_L1) {
            config.mqttPassword = value;
        } else if (key == "rules"_L1) {
            const auto rules = RuleSet::load(value);
            if (!rules)
                return refuse(u"rules: %1"_s.arg(rules.error().text()));
            config.rulesFile = value;
        } else {
            return refuse(u"unknown setting %1"_s.arg(key));
        }
    }
    lineNumber = 0;
    if (config.databaseUrl.isEmpty())
        return refuse(u"database is missing"_s);
    if (config.tokenSecret.isEmpty())
        return refuse(u"token_secret is missing"_s);
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return refuse(u"tls_certificate and tls_key go together"_s);
    return config;
}

} // namespace Jiandu::Central
