#pragma once

// The central side for tests, as real processes: a private PostgreSQL cluster made by
// scripts/central-db, jiandu-central instances serving on free ports, and a small blocking
// HTTP client. Needs JIANDU_CENTRAL_DB (the script) and JIANDU_CENTRAL (the binary).
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <csignal>

namespace Jiandu::Testing {

//! scripts/central-db's cluster in a temporary folder, destroyed with the object.
class CentralDatabase
{
public:
    CentralDatabase() { m_url = run(QStringLiteral("start")); }
    ~CentralDatabase() { run(QStringLiteral("destroy")); }
    QString url() const { return m_url; }
    bool ok() const { return m_url.startsWith(QStringLiteral("postgresql://")); }
    void stop() { run(QStringLiteral("stop")); }
    void crash() { run(QStringLiteral("kill")); }
    //! Starts it again on the same port (a restart), returns its URL.
    QString start() { return run(QStringLiteral("start"), {QString::number(QUrl(m_url).port())}); }
    //! psql's answer to \a sql (tuples only, unaligned).
    QString query(const QString &sql) const
    {
        QProcess psql;
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-tAq"), m_url, QStringLiteral("-c"), sql});
        psql.waitForFinished(60000);
        return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
    }

private:
    QString run(const QString &command, const QStringList &more = {})
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        script.start(QStringLiteral("bash"),
                     QStringList{QStringLiteral(JIANDU_CENTRAL_DB), command, m_dir.path()} + more);
        script.waitForFinished(180000);
        return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
    }
    QTemporaryDir m_dir;
    QString m_url;
};

//! jiandu-central run as a command, to its end.
struct CentralCommand
{
    int exitCode = -1;
    QString out;
    QString err;

    static CentralCommand
    run(const QStringList &arguments, int timeoutMs = 600000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(JIANDU_CENTRAL), arguments);
        process.waitForFinished(timeoutMs);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    //! `jiandu-central user add` with \a password (through the environment, as an
    //! administrator would pass it).
    static CentralCommand addUser(const QString &config, const QString &name, const QString &role,
                                  const QString &unit, const QString &password)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JIANDU_PASSWORD"), password);
        return run({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                    role, QStringLiteral("--unit"), unit, QStringLiteral("--config"), config},
                   60000, env);
    }
};

//! A configuration file for a database, listening on a free port unless told otherwise.
inline QString writeCentralConfig(const QString &path, const QString &databaseUrl,
                                  const QString &more = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("database = %1\ntoken_secret = %2\n%3\n")
                   .arg(databaseUrl, QStringLiteral("test-secret-0123456789-0123456789-abc"), more)
                   .toUtf8());
    if (!more.contains(QStringLiteral("listen")))
        file.write("listen = 127.0.0.1:0\n");
    return path;
}
inline QByteArray centralTokenSecret()
{
    return "test-secret-0123456789-0123456789-abc";
}

//! `jiandu-central serve`, up and answering once constructed (or not ok()).
class CentralInstance
{
public:
    explicit CentralInstance(const QString &configPath)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(JIANDU_CENTRAL),
                        {QStringLiteral("serve"), QStringLiteral("--config"), configPath});
        static const QRegularExpression listening(
            QStringLiteral("listening on (https?://[^\\s]+)"));
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            m_out += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(m_out));
            if (match.hasMatch()) {
                m_base = QUrl(match.captured(1));
                break;
            }
        }
    }
    ~CentralInstance() { terminate(); }
    bool ok() const { return m_base.isValid() && m_process.state() == QProcess::Running; }
    QUrl url(const QString &path) const { return m_base.resolved(QUrl(path)); }
    QUrl base() const { return m_base; }
    qint64 pid() const { return m_process.processId(); }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    void terminate()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            kill();
    }
    QString log() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QByteArray m_out;
    QUrl m_base;
};

//! A blocking HTTP client on QNetworkAccessManager.
class HttpClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        int code() const { return json().value(QStringLiteral("code")).toInt(-9999); }
    };
    Reply post(const QUrl &url, const QByteArray &body,
               const QByteArray &type = "application/x-www-form-urlencoded")
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        return wait(m_manager.post(request, body));
    }
    Reply form(const QUrl &url, const QList<std::pair<QString, QString>> &fields)
    {
        QByteArray body;
        for (const auto &[name, value] : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        return post(url, body);
    }
    Reply send(QNetworkRequest request, const QByteArray &body)
    {
        if (!request.header(QNetworkRequest::ContentTypeHeader).isValid())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/x-ndjson"));
        return wait(m_manager.post(request, body));
    }
    Reply get(const QUrl &url) { return wait(m_manager.get(QNetworkRequest(url))); }
    Reply get(const QNetworkRequest &request) { return wait(m_manager.get(request)); }

private:
    Reply wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
        reply->deleteLater();
        return r;
    }
    QNetworkAccessManager m_manager;
};

} // namespace Jiandu::Testing
