#include "documenttext.h"

#include "textdecoding.h"

#include <QXmlStreamReader>
#include <core/boundedfile.h>
#include <cstring>
#include <ioapi.h>
#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <unzip.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

// minizip reads from memory through these: the bytes are already bounded and in hand.
struct MemoryZip
{
    const QByteArray *bytes = nullptr;
    qint64 position = 0;
};

voidpf zipOpen(voidpf opaque, const char *, int)
{
    return opaque;
}
uLong zipRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *zip = static_cast<MemoryZip *>(stream);
    const qint64 left = zip->bytes->size() - zip->position;
    const qint64 n = qBound<qint64>(0, qint64(size), left);
    std::memcpy(buf, zip->bytes->constData() + zip->position, size_t(n));
    zip->position += n;
    return uLong(n);
}
uLong zipWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}
long zipTell(voidpf, voidpf stream)
{
    return long(static_cast<MemoryZip *>(stream)->position);
}
long zipSeek(voidpf, voidpf stream, uLong offset, int origin)
{
    auto *zip = static_cast<MemoryZip *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = zip->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = zip->bytes->size();
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > zip->bytes->size())
        return -1;
    zip->position = target;
    return 0;
}
int zipClose(voidpf, voidpf)
{
    return 0;
}
int zipError(voidpf, voidpf)
{
    return 0;
}

//! The paragraphs of WordprocessingML: w:t text, w:tab, w:br and w:cr; a paragraph per line.
QString wordText(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"t"_s)
                text += reader.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (name == u"tab"_s)
                text += u'\t';
            else if (name == u"br"_s || name == u"cr"_s)
                text += u'\n';
        } else if (reader.isEndElement() && reader.name() == u"p"_s) {
            text += u'\n';
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    return text;
}

} // namespace

Result<DocumentText::Text> DocumentText::read(const QString &path)
{
    const auto bytes = BoundedFile::read(path, kMaxFileBytes);
    if (!bytes)
        return bytes.error();
    return fromBytes(*bytes, path);
}

Result<DocumentText::Text> DocumentText::fromBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.startsWith("PK\x03\x04"))
        return fromDocx(bytes, name);
    if (bytes.startsWith("%PDF-"))
        return fromPdf(bytes, name);
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        // A compound file: an old Word document, or a .docx locked with a password (Office
        // keeps those as an "EncryptedPackage" stream in one).
        const QString encrypted = u"EncryptedPackage"_s;
        if (bytes.contains(QByteArray(reinterpret_cast<const char *>(encrypted.utf16()),
                                      encrypted.size() * 2)))
            return Error{tr("%1 is protected by a password. Open an unprotected copy.").arg(name),
                         {},
                         u"locked"_s};
        return Error{tr("%1 is an old Word (.doc) file. Save it as .docx, PDF or text and "
                        "open that.")
                         .arg(name),
                     {},
                     u"unsupported"_s};
    }
    auto decoded = TextDecoding::decode(bytes);
    if (!decoded) {
        Error error = decoded.error();
        error.message = tr("%1: %2").arg(name, error.message);
        return error;
    }
    return Text{std::move(decoded->text), u"text"_s, decoded->encoding};
}

Result<DocumentText::Text> DocumentText::fromDocx(const QByteArray &bytes, const QString &name)
{
    const Error notWord{
        tr("%1 is a ZIP file but not a Word document (.docx) Jiandu can read.").arg(name),
        {},
        u"unreadable"_s};
    MemoryZip memory{&bytes, 0};
    zlib_filefunc_def functions{};
    functions.zopen_file = zipOpen;
    functions.zread_file = zipRead;
    functions.zwrite_file = zipWrite;
    functions.ztell_file = zipTell;
    functions.zseek_file = zipSeek;
    functions.zclose_file = zipClose;
    functions.zerror_file = zipError;
    functions.opaque = &memory;
    const std::unique_ptr<void, int (*)(unzFile)> zip(unzOpen2("document.docx", &functions),
                                                      unzClose);
    if (!zip)
        return notWord;
    if (unzLocateFile(zip.get(), "word/document.xml", 1) != UNZ_OK)
        return notWord;
    unz_file_info info{};
    if (unzGetCurrentFileInfo(zip.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return notWord;
    if (qint64(info.uncompressed_size) > kMaxTextBytes)
        return Error{tr("%1 is too large to read as a record (its text is over %2 MB).")
                         .arg(name)
                         .arg(kMaxTextBytes >> 20),
                     {},
                     u"too-large"_s};
    if (unzOpenCurrentFile(zip.get()) != UNZ_OK)
        return notWord;
    QByteArray xml;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip.get(), buffer, sizeof buffer)) > 0) {
        // The declared size is the file's word only; what is unpacked is counted too.
        if (xml.size() + n > kMaxTextBytes) {
            unzCloseCurrentFile(zip.get());
            return Error{tr("%1 is too large to read as a record (its text is over %2 MB).")
                             .arg(name)
                             .arg(kMaxTextBytes >> 20),
                         {},
                         u"too-large"_s};
        }
        xml.append(buffer, n);
    }
    const bool crcOk = unzCloseCurrentFile(zip.get()) == UNZ_OK;
    if (n < 0 || !crcOk)
        return Error{tr("%1 is damaged: its text cannot be unpacked.").arg(name),
                     u"unzip error %1"_s.arg(n), u"unreadable"_s};
    QString xmlError;
    QString text = wordText(xml, &xmlError);
    if (!xmlError.isEmpty())
        return Error{tr("%1 is damaged: its text is not well-formed.").arg(name), xmlError,
                     u"unreadable"_s};
    return Text{std::move(text), u"docx"_s, {}};
}

Result<DocumentText::Text> DocumentText::fromPdf(const QByteArray &bytes, const QString &name)
{
    // Poppler would print its complaints about a damaged file on stderr.
    poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!document)
        return Error{tr("%1 is not a PDF Jiandu can read (damaged or not a PDF).").arg(name),
                     {},
                     u"unreadable"_s};
    if (document->is_locked())
        return Error{tr("%1 is protected by a password. Open an unprotected copy.").arg(name),
                     {},
                     u"locked"_s};
    QString text;
    for (int i = 0; i < document->pages(); ++i) {
        const std::unique_ptr<poppler::page> page(document->create_page(i));
        if (!page)
            continue;
        const poppler::byte_array utf8 =
            page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        text += QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (!text.endsWith(u'\n'))
            text += u'\n';
        if (text.size() > kMaxTextBytes / 2)
            return Error{tr("%1 is too large to read as a record.").arg(name), {}, u"too-large"_s};
    }
    if (text.trimmed().isEmpty())
        return Error{tr("%1 holds no text (a scan?). Open the record's text or Word file, or a "
                        "PDF with text.")
                         .arg(name),
                     {},
                     u"no-text"_s};
    return Text{std::move(text), u"pdf"_s, {}};
}

} // namespace Jiandu::Review
