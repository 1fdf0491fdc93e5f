#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Jiandu::Testing {

//! The whole content of \a path, or empty if it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! Writes \a data to \a path; false if it cannot.
inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace Jiandu::Testing
