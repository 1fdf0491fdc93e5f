#pragma once

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace Jiandu::Testing {

//! A server that answers each request with what the test's script says (one connection per
//! request), for the answers a real server does not give: a proxy's page, a broken body, a 5xx.
class ScriptedServer : public QTcpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };
    using Script = std::function<Answer(const QString &path, const QUrlQuery &form)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    QStringList paths;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        const QString path = QString::fromLatin1(head.split(' ').value(1));
        m_buffers.remove(socket);
        paths.append(path);
        QUrlQuery form;
        form.setQuery(QString::fromUtf8(body).replace(u'+', u' '));
        const Answer answer = m_script(path, form);
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) +
                      " X\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
        socket->disconnectFromHost();
    }
    Script m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Jiandu::Testing
