#pragma once

#include <QDeadlineTimer>
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
        // Up to 60 s: a first start on a loaded machine scans GStreamer's plugins.
        QDeadlineTimer deadline(60000);
        while (!m_output.contains("ready\n") && !deadline.hasExpired() &&
               m_process.state() != QProcess::NotRunning) {
            if (m_process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000))))
                m_output += m_process.readAll();
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
