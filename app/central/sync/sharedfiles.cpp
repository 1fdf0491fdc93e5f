#include "sharedfiles.h"

#include "../db/connectionpool.h"
#include "../http/envelope.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

constexpr std::string_view kPrefix = "/api/sync/files/";
constexpr std::string_view kContent = "/content";

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResponse notStored()
{
    return envelope(Code::Failed,
                    u"中心服务未配置文件存储 (the service keeps no files: set files = DIR in its "
                    u"configuration)"_s,
                    "null", 503);
}

HttpResponse diskFailure(const QString &what)
{
    std::fprintf(stderr, "files: %s\n", qPrintable(what));
    return envelope(Code::Failed,
                    u"中心服务无法保存文件（存储空间不足？），请稍后重试 (the service cannot "
                    u"store the file now — is its disk full? — retry later)"_s,
                    "null", 507);
}

bool syncToDisk(QFile &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

} // namespace

SharedFiles::SharedFiles(ConnectionPool &pool, AccountsApi &accounts, QString directory,
                         qint64 maxFileBytes)
    : m_pool(pool)
    , m_accounts(accounts)
    , m_directory(std::move(directory))
    , m_maxFileBytes(maxFileBytes)
{}

bool SharedFiles::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString SharedFiles::completePath(const QString &sha) const
{
    return m_directory + u'/' + sha.left(2) + u'/' + sha;
}

QString SharedFiles::incomingPath(const QString &sha) const
{
    return m_directory + u"/incoming/"_s + sha;
}

std::optional<HttpResponse> SharedFiles::handle(const HttpRequest &request)
{
    if (!request.path.starts_with(kPrefix))
        return std::nullopt;
    std::string_view rest = std::string_view(request.path).substr(kPrefix.size());
    const bool content = rest.ends_with(kContent);
    if (content)
        rest.remove_suffix(kContent.size());
    const QString sha = QString::fromLatin1(rest.data(), qsizetype(rest.size()));
    if (!isSha256(sha))
        return envelope(Code::BadParameters,
                        u"文件名应为小写的SHA-256 (a file is named by its SHA-256, 64 lower-case "
                        u"hex digits)"_s);
    const bool upload = request.method == "POST";
    if ((content || !upload) && request.method != "GET")
        return envelope(Code::Failed, u"请求方法不对 (wrong method)"_s, "null", 405);
    HttpResponse refusal;
    const auto user = m_accounts.authenticate(request, refusal);
    if (!user)
        return refusal;
    if (m_directory.isEmpty())
        return notStored();
    HttpResponse response = content  ? send(*user, sha, request)
                            : upload ? receive(sha, request)
                                     : status(sha);
    response.principal = "user=" + user->name.toStdString();
    return response;
}

HttpResponse SharedFiles::status(const QString &sha) const
{
    const QFileInfo complete(completePath(sha));
    const QFileInfo incoming(incomingPath(sha));
    const bool done = complete.exists();
    const qint64 received = done ? complete.size() : incoming.exists() ? incoming.size() : 0;
    QJsonObject data{{u"sha256"_s, sha}, {u"received"_s, received}, {u"complete"_s, done}};
    if (done)
        data.insert(u"bytes"_s, received);
    return envelope(Code::Ok, u"成功"_s, json(data));
}

HttpResponse SharedFiles::receive(const QString &sha, const HttpRequest &request)
{
    const QUrlQuery query(QString::fromStdString(request.query));
    bool offsetOk = false;
    const qint64 offset = query.queryItemValue(u"offset"_s).toLongLong(&offsetOk);
    const bool last = query.queryItemValue(u"last"_s) == "1"_L1;
    if (!offsetOk || offset < 0)
        return envelope(Code::BadParameters, u"请求参数校验失败：offset≥0"_s);

    const std::lock_guard lock(m_receiving);
    if (QFileInfo::exists(completePath(sha)))
        return status(sha); // someone sent it already: nothing more is needed
    if (!QDir().mkpath(m_directory + u"/incoming"_s))
        return diskFailure(u"cannot make "_s + m_directory + u"/incoming"_s);
    QFile file(incomingPath(sha));
    if (!file.open(QIODevice::ReadWrite))
        return diskFailure(file.fileName() + u": "_s + file.errorString());
    const qint64 received = file.size();
    if (offset != received)
        return envelope(Code::BadParameters,
                        u"请求参数校验失败：应从第%1字节续传 (go on from byte %1)"_s.arg(received),
                        json({{u"sha256"_s, sha}, {u"received"_s, received}}));
    const qint64 total = received + qint64(request.body.size());
    if (total > m_maxFileBytes)
        return envelope(Code::BadParameters,
                        u"文件过大：最多%1字节 (the file is larger than the service takes)"_s.arg(
                            m_maxFileBytes));
    if (!file.seek(received) ||
        file.write(request.body.data(), qint64(request.body.size())) !=
            qint64(request.body.size()) ||
        !syncToDisk(file)) {
        const QString why = file.fileName() + u": "_s + file.errorString();
        file.resize(received); // a torn piece is not kept: the next goes on where this began
        return diskFailure(why);
    }
    if (!last)
        return envelope(Code::Ok, u"成功"_s,
                        json({{u"sha256"_s, sha}, {u"received"_s, total}, {u"complete"_s, false}}));

    // The last piece: the whole file must hash to its name before anyone may fetch it.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.seek(0) || !hash.addData(&file)) {
        return diskFailure(file.fileName() + u": "_s + file.errorString());
    }
    file.close();
    if (QString::fromLatin1(hash.result().toHex()) != sha) {
        QFile::remove(file.fileName());
        return envelope(Code::BadParameters,
                        u"文件内容与其SHA-256不符，已丢弃，请重新上传 (the content does not hash "
                        u"to its name; it was dropped — send it again)"_s,
                        json({{u"sha256"_s, sha}, {u"received"_s, 0}}));
    }
    const QString target = completePath(sha);
    if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::rename(file.fileName(), target))
        return diskFailure(u"cannot move "_s + file.fileName() + u" to "_s + target);
    return envelope(Code::Ok, u"成功"_s,
                    json({{u"sha256"_s, sha},
                          {u"received"_s, total},
                          {u"complete"_s, true},
                          {u"bytes"_s, total}}));
}

HttpResponse SharedFiles::send(const AccountsApi::User &user, const QString &sha,
                               const HttpRequest &request) const
{
    const QUrlQuery query(QString::fromStdString(request.query));
    bool offsetOk = true;
    bool lengthOk = true;
    const qint64 offset = query.hasQueryItem(u"offset"_s)
                              ? query.queryItemValue(u"offset"_s).toLongLong(&offsetOk)
                              : 0;
    const qint64 length = query.hasQueryItem(u"length"_s)
                              ? query.queryItemValue(u"length"_s).toLongLong(&lengthOk)
                              : kMaxPiece;
    if (!offsetOk || !lengthOk || offset < 0 || length < 1 || length > kMaxPiece)
        return envelope(Code::BadParameters,
                        u"请求参数校验失败：offset≥0，length 1…%1"_s.arg(kMaxPiece));
    // Only for a caller who may see a record naming the file: knowing a hash is not enough.
    static const QByteArray sql =
        QByteArray("WITH scope AS (") + AccountsApi::kScopeUnits +
        ") SELECT EXISTS (SELECT 1 FROM finding WHERE snapshot_sha256 = $2 AND (unit IN "
        "(SELECT * FROM scope) OR (unit = '' AND $3::boolean))) OR EXISTS (SELECT 1 FROM "
        "problem_step s JOIN problem p ON p.uid = s.problem_uid WHERE s.attachments @> "
        "jsonb_build_array(jsonb_build_object('sha256', $2::text)) AND (p.unit IN (SELECT * "
        "FROM scope) OR (p.unit = '' AND $3::boolean))) OR EXISTS (SELECT 1 FROM area_step a "
        "WHERE a.body -> 'photos' @> jsonb_build_array(jsonb_build_object('sha256', $2::text)) "
        "AND a.unit IN (SELECT * FROM scope)) OR EXISTS (SELECT 1 FROM instruction i WHERE "
        "i.unit IN (SELECT * FROM scope) AND jsonb_path_exists(i.body, "
        "'$.tracks[*].steps[*].photos[*] ? (@ == $sha)', jsonb_build_object('sha', $2::text)))";
    const bool permitted = m_pool.run([&](PgConnection &c) {
        return c.execPrepared("files_permitted", sql.constData(),
                              {pgText(user.path), pgText(sha), PgParam(user.root ? "t" : "f")})
                   .view(0, 0) == "t";
    });
    QFile file(completePath(sha));
    if (!permitted || !file.open(QIODevice::ReadOnly))
        return envelope(Code::Failed, u"文件不存在 (no such file)"_s, "null", 404);
    if (offset > file.size())
        return envelope(
            Code::BadParameters,
            u"请求参数校验失败：文件只有%1字节 (the file is shorter)"_s.arg(file.size()));
    HttpResponse response;
    response.contentType = "application/octet-stream";
    response.code = Code::Ok;
    response.body.resize(std::size_t(std::min(length, file.size() - offset)));
    if (!file.seek(offset) || file.read(response.body.data(), qint64(response.body.size())) !=
                                  qint64(response.body.size()))
        return diskFailure(file.fileName() + u": "_s + file.errorString());
    return response;
}

} // namespace Jiandu::Central
