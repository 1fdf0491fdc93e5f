#pragma once

#include <QFile>
#include <QList>

namespace Jiandu::Testing {

//! TCP connections established to \a port on this machine, as the kernel lists them: what a
//! server in another process (a camera) sees as its sessions.
inline int connectionsTo(quint16 port)
{
    int count = 0;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            bool ok = false;
            if (fields.size() >= 4 && fields.at(3) == "01" && // ESTABLISHED
                fields.at(2).split(':').value(1).toUInt(&ok, 16) == port && ok)
                ++count;
        }
    }
    return count;
}

} // namespace Jiandu::Testing
