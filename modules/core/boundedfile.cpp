#include "boundedfile.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Jiandu {

Result<void> BoundedFile::checkTarget(const QString &path)
{
    const QFileInfo info(path);
    // exists() follows a symbolic link; a dangling one is written through like a new file.
    if (info.exists() && !info.isFile())
        return Error{tr("%1 is not a regular file (a folder, a device or a pipe); give the "
                        "path of a file to write.")
                         .arg(path),
                     {},
                     u"not-regular"_s};
    return {};
}

Result<QByteArray> BoundedFile::read(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(path), {}, u"unreadable"_s};
    if (!info.isFile())
        return Error{tr("%1 is not a regular file (a folder, a device or a pipe); give the "
                        "path of a file.")
                         .arg(path),
                     {},
                     u"not-regular"_s};
    if (info.size() > maxBytes)
        return Error{tr("%1 is too large (%2 bytes; at most %3 are read).")
                         .arg(path)
                         .arg(info.size())
                         .arg(maxBytes),
                     {},
                     u"too-large"_s};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read.").arg(path), file.errorString(), u"unreadable"_s};
    // The file may have grown since it was measured: never more than the limit.
    QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes)
        return Error{tr("%1 is too large (more than %2 bytes).").arg(path).arg(maxBytes),
                     {},
                     u"too-large"_s};
    if (file.error() != QFileDevice::NoError)
        return Error{tr("%1 cannot be read.").arg(path), file.errorString(), u"unreadable"_s};
    return content;
}

} // namespace Jiandu
