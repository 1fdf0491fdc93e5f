#include "discimage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <core/boundedfile.h>
#include <filesystem>
#include <media/clipexporter.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {
Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{DiscImage::tr("%1 cannot be read.").arg(path), file.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{DiscImage::tr("%1 cannot be read.").arg(path), file.errorString()};
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> xorriso()
{
    const QString program = QStandardPaths::findExecutable(u"xorriso"_s);
    if (program.isEmpty())
        return Error{DiscImage::tr("xorriso is not installed: install the xorriso package to "
                                   "write disc images."),
                     {},
                     u"no-xorriso"_s};
    return program;
}

Result<void> run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return Error{DiscImage::tr("xorriso could not be started."), process.errorString()};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error{DiscImage::tr("xorriso took too long and was stopped."), {}};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{DiscImage::tr("xorriso failed (is the disk full?)."),
                     QString::fromLocal8Bit(process.readAll().right(2000))};
    return {};
}

QString isoLabel(const QString &label)
{
    QString safe;
    for (QChar c : label.toUpper()) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_')
            safe.append(c);
        else if (!safe.endsWith(u'_'))
            safe.append(u'_');
    }
    return safe.left(32).isEmpty() ? u"JIANDU"_s : safe.left(32);
}
} // namespace

Result<QString> DiscImage::readme(const Content &content)
{
    const auto manifest = ClipExporter::verify(content.video);
    if (!manifest)
        return manifest.error();
    QString text = content.title + u"\r\n\r\n"_s;
    text += tr("This disc holds a video exported by Jiandu and the files that prove it. Each "
               "file's SHA-256 is below; the video's is also in its manifest.") +
            u"\r\n\r\n"_s;
    QStringList files{content.video, ClipExporter::manifestPath(content.video)};
    files += content.extras;
    for (const QString &path : std::as_const(files)) {
        auto hash = sha256Of(path);
        if (!hash)
            return hash.error();
        text += u"%1  %2  (%3 bytes)\r\n"_s.arg(hash.value(), QFileInfo(path).fileName())
                    .arg(QFileInfo(path).size());
    }
    text += u"\r\n"_s +
            tr("Exported by %1 at %2.")
                .arg(manifest->value(u"operator"_s).toString(),
                     QDateTime::fromMSecsSinceEpoch(manifest->value(u"exportedMs"_s).toInteger())
                         .toString(u"yyyy-MM-dd HH:mm:ss"_s)) +
            u"\r\n"_s;
    return text;
}

Result<void> DiscImage::write(const Content &content, const QString &isoPath)
{
    if (auto target = BoundedFile::checkTarget(isoPath); !target)
        return target.error();
    auto text = readme(content);
    if (!text)
        return text.error();
    const auto program = xorriso();
    if (!program)
        return program.error();
    // The disc's tree, of links to the files (nothing copied), beside the image so a full disk
    // shows at once.
    const QFileInfo iso(isoPath);
    QTemporaryDir stage(iso.absolutePath() + u"/.disc-XXXXXX"_s);
    if (!stage.isValid())
        return Error{tr("No room to prepare the disc next to %1.").arg(isoPath),
                     stage.errorString()};
    QStringList files{content.video, ClipExporter::manifestPath(content.video)};
    files += content.extras;
    for (const QString &path : std::as_const(files)) {
        const QString name = QFileInfo(path).fileName();
        if (!QFile::link(QFileInfo(path).absoluteFilePath(), stage.filePath(name)))
            return Error{tr("%1 cannot be put on the disc.").arg(name), {}};
    }
    QFile readmeFile(stage.filePath(u"README.txt"_s));
    if (!readmeFile.open(QIODevice::WriteOnly) || readmeFile.write(text->toUtf8()) < 0 ||
        !readmeFile.flush())
        return Error{tr("No room to prepare the disc next to %1.").arg(isoPath),
                     readmeFile.errorString()};
    readmeFile.close();
    const QString partial = stage.filePath(u"image.partial"_s);
    // -f: the files the links name; -r/-J: Rock Ridge and Joliet, so Chinese names and long
    // ones read the same on Windows and Linux.
    auto made =
        run(*program,
            {u"-as"_s, u"mkisofs"_s, u"-f"_s, u"-r"_s, u"-J"_s, u"-joliet-long"_s, u"-V"_s,
             isoLabel(content.label), u"-m"_s, u"image.partial"_s, u"-o"_s, partial, stage.path()},
            60 * 60 * 1000);
    if (!made)
        return made;
    // Replaces an earlier image in one step: the old one stays if this cannot be put there.
    std::error_code error;
    std::filesystem::rename(partial.toStdString(), isoPath.toStdString(), error);
    if (error)
        return Error{tr("The disc image could not be put at %1.").arg(isoPath),
                     QString::fromStdString(error.message())};
    return {};
}

QString DiscImage::coverHtml(const Cover &cover)
{
    const auto when = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy年MM月dd日 HH:mm:ss"_s);
    };
    QString html = u"<h1>办案区人员轨迹视频</h1><table width=\"100%\" cellspacing=\"0\">"_s;
    const QList<std::pair<QString, QString>> rows{
        {u"人员"_s, cover.subject},        {u"入区编号"_s, cover.personId},
        {u"案件编号"_s, cover.caseNo},     {u"起始时间"_s, when(cover.fromMs)},
        {u"结束时间"_s, when(cover.toMs)}, {u"视频文件"_s, cover.file},
        {u"SHA-256"_s, cover.sha256},      {u"制作人"_s, cover.madeBy}};
    for (const auto &[label, value] : rows)
        html +=
            u"<tr><th width=\"20%\">%1</th><td>%2</td></tr>"_s.arg(label, value.toHtmlEscaped());
    return html + u"</table><p>校验方法：计算光盘中视频文件的 SHA-256，应与上表一致；"
                  "清单文件（.manifest.json）记录了每段视频的摄像机与时间。</p>"_s;
}

QStringList DiscImage::burners()
{
    QStringList found;
    const QStringList names = QDir(u"/dev"_s).entryList({u"sr*"_s}, QDir::System, QDir::Name);
    for (const QString &name : names)
        found.append(u"/dev/"_s + name);
    return found;
}

Result<void> DiscImage::burn(const QString &isoPath, const QString &device)
{
    const auto program = xorriso();
    if (!program)
        return program.error();
    if (auto burnt = run(*program, {u"-as"_s, u"cdrecord"_s, u"dev="_s + device, isoPath},
                         2 * 60 * 60 * 1000);
        !burnt)
        return burnt;
    // The disc read back as far as the image goes must be the image.
    const auto expected = sha256Of(isoPath);
    if (!expected)
        return expected.error();
    QFile disc(device);
    if (!disc.open(QIODevice::ReadOnly))
        return Error{tr("The disc in %1 cannot be read back to check it.").arg(device),
                     disc.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 left = QFileInfo(isoPath).size();
    QByteArray block;
    while (left > 0) {
        block = disc.read(std::min<qint64>(left, 1 << 20));
        if (block.isEmpty())
            return Error{
                tr("The disc in %1 ends before the image does: the burn failed.").arg(device),
                disc.errorString()};
        hash.addData(block);
        left -= block.size();
    }
    if (QString::fromLatin1(hash.result().toHex()) != expected.value())
        return Error{tr("The disc in %1 differs from the image: the burn failed.").arg(device), {}};
    return {};
}

} // namespace Jiandu::CaseArea
