#pragma once

#include <QString>
#include <optional>

namespace Jiandu::Central {

//! jiandu-central's configuration file: "name = value" lines, "#" comments.
//!
//!   database = postgresql://jiandu:…@db.example:5432/jiandu    (required)
//!   listen = 127.0.0.1:8443                                    (default 127.0.0.1:8080)
//!   tls_certificate = /etc/jiandu-central/server.crt           (both or neither: HTTPS)
//!   tls_key = /etc/jiandu-central/server.key
//!   token_secret = <at least 32 characters>                    (required: signs the JWTs)
//!   token_lifetime = 7200                                      (seconds a share token lives)
//!   rate_limit = 50                                            (requests a second per key)
//!   database_connections = 16
//!   threads = 0                                                (0: one per processor)
//!   instance = central-1                                       (its name in logs)
//!   timezone = Asia/Shanghai                                   (the seed's local times)
//!   engine = on                                                (on: may evaluate the rules)
//!   rules = /etc/jiandu-central/rules.json                     (default: the built-in catalogue)
//!   mqtt = 127.0.0.1:1883          (event intake and the workstations' live updates over
//!                                   MQTT; none by default)
//!   mqtt_user = jiandu-central     (with mqtt_password, if the broker asks)
//!   files = /var/lib/jiandu-central/files    (the files the workstations share: problem
//!                                             attachments, snapshots; none by default)
//!   file_limit = 4294967296                  (bytes one shared file may have)
//!
//! A malformed file is refused with the line at fault.
struct CentralConfig
{
    QString databaseUrl;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8080;
    QString tlsCertificate;
    QString tlsKey;
    QString tokenSecret;
    int tokenLifetimeSeconds = 7200;
    int rateLimit = 50;
    int databaseConnections = 16;
    int threads = 0;
    QString instance = QStringLiteral("central");
    QString timeZone = QStringLiteral("Asia/Shanghai");
    bool engine = true;
    QString rulesFile; //!< empty: the built-in catalogue
    QString mqttHost;  //!< empty: no intake and no live updates over MQTT
    int mqttPort = 1883;
    QString mqttUser;
    QString mqttPassword;
    QString filesDirectory; //!< empty: the service keeps no shared files
    qint64 fileLimitBytes = qint64(4) << 30;

    //! The file at \a path; std::nullopt with \a error ("PATH:LINE: reason") if it is not one.
    static std::optional<CentralConfig> load(const QString &path, QString *error);
    //! The same from text (\a name stands for the file in errors).
    static std::optional<CentralConfig> parse(const QByteArray &text, const QString &name,
                                              QString *error);
};

} // namespace Jiandu::Central
