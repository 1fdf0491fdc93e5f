#pragma once

#include <QProcess>
#include <QUrl>

namespace Jiandu::Testing {

//! jiandu-sim in a child process, on a free port.
class Simulator
{
public:
    explicit Simulator(int cameras, int width = 640, int height = 360, const QStringList &more = {})
    {
        using namespace Qt::StringLiterals;
        m_process.start(QStringLiteral(JIANDU_SIM),
                        QStringList{u"--port"_s, u"0"_s, u"--cameras"_s, QString::number(cameras),
                                    u"--width"_s, QString::number(width), u"--height"_s,
                                    QString::number(height)} +
                            more);
        while (m_process.waitForReadyRead(10000)) {
            const QByteArray out = m_process.readAll();
            m_output += out;
            if (m_output.contains("ready\n"))
                break;
        }
        for (const QByteArray &line : m_output.split('\n')) {
            if (line.startsWith("camera "))
                m_urls.append(QUrl(QString::fromLatin1(line.split(' ').value(2))));
        }
    }
    ~Simulator()
    {
        m_process.write("quit\n");
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
    QUrl url(int camera) const { return m_urls.value(camera - 1); }
    void command(const QByteArray &line) { m_process.write(line + '\n'); }

private:
    QProcess m_process;
    QByteArray m_output;
    QList<QUrl> m_urls;
};

} // namespace Jiandu::Testing
