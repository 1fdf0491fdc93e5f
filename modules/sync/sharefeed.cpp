#include "sharefeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <core/incidentjson.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

const QList<ShareFeedInfo> &shareFeeds()
{
    // jb is ordered by its 修改时间 (and only finished 接报 are shared), the others by the
    // time they reached the 警情中心 (sjc).
    static const QList<ShareFeedInfo> feeds{
        {ShareFeed::Jb, u"jb"_s, u"/api/openapi/share/jb"_s, u"id"_s, u"xgsj"_s},
        {ShareFeed::Jq, u"jq"_s, u"/api/openapi/share/jq"_s, u"jqbh"_s, u"sjc"_s},
        {ShareFeed::Jqxf, u"jqxf"_s, u"/api/openapi/share/jqxf"_s, u"xfbh"_s, u"sjc"_s},
        {ShareFeed::Jqfk, u"jqfk"_s, u"/api/openapi/share/jqfk"_s, u"fkbh"_s, u"sjc"_s},
    };
    return feeds;
}

const ShareFeedInfo &shareFeedInfo(ShareFeed feed)
{
    return shareFeeds()[int(feed)];
}

std::optional<ShareFeed> shareFeedNamed(const QString &name)
{
    for (const ShareFeedInfo &info : shareFeeds()) {
        if (info.name == name)
            return info.feed;
    }
    return std::nullopt;
}

namespace {

// A field the seed writes as a string that a server may send as a number.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

Result<SharePage> SharePageReader::read(ShareFeed feed, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return Error{tr("The server's answer is not the share API's JSON; it may be a proxy's "
                        "error page."),
                     parseError.error != QJsonParseError::NoError
                         ? parseError.errorString() + u" at byte %1: "_s.arg(parseError.offset) +
                               QString::fromUtf8(body.left(120))
                         : QString::fromUtf8(body.left(120)),
                     u"malformed"_s};
    const QJsonObject envelope = document.object();
    const QJsonValue code = envelope.value(u"code"_s);
    if (!code.isDouble())
        return Error{tr("The server's answer has no result code; it is not the share API."),
                     QString::fromUtf8(body.left(120)), u"malformed"_s};
    SharePage page;
    page.code = code.toInt();
    page.message = envelope.value(u"message"_s).toString(envelope.value(u"msg"_s).toString());
    if (page.code != SharePage::Ok)
        return page;
    const QJsonValue data = envelope.value(u"data"_s);
    if (!data.isArray())
        return Error{tr("The server answered a page without a list of records."),
                     QString::fromUtf8(body.left(120)), u"malformed"_s};
    const ShareFeedInfo &info = shareFeedInfo(feed);
    const QJsonArray records = data.toArray();
    page.records.reserve(records.size());
    for (const QJsonValue &value : records) {
        const QJsonObject fields = value.toObject();
        ShareRecord record;
        record.key = textOf(fields.value(info.keyField));
        const QString cursor = fields.value(info.cursorField).toString();
        record.cursorMs = IncidentJson::parseTime(cursor);
        if (!value.isObject() || record.key.isEmpty()) {
            page.rejected.append(
                tr("a record without %1: %2")
                    .arg(info.keyField,
                         QString::fromUtf8(
                             QJsonDocument(fields).toJson(QJsonDocument::Compact).left(200))));
            continue;
        }
        if (record.cursorMs <= 0) {
            page.rejected.append(tr("record %1 has no valid %2 (\"%3\")")
                                     .arg(record.key, info.cursorField, cursor.left(40)));
            continue;
        }
        record.fields = fields;
        page.records.append(std::move(record));
    }
    return page;
}

Result<QString> SharePageReader::readToken(const QByteArray &body, int *code)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue codeValue = document.object().value(u"code"_s);
    if (!document.isObject() || !codeValue.isDouble())
        return Error{tr("The server's answer to the token request is not the share API's "
                        "JSON."),
                     QString::fromUtf8(body.left(120)), u"malformed"_s};
    if (code)
        *code = codeValue.toInt();
    const QString message = document.object().value(u"message"_s).toString();
    if (codeValue.toInt() != SharePage::Ok)
        return Error{tr("The server refused the share key: %1").arg(message),
                     u"code %1"_s.arg(codeValue.toInt()),
                     codeValue.toInt() == SharePage::RateLimited ? u"rate-limited"_s
                                                                 : u"refused"_s};
    // The seed's table: data is the jwtToken itself; a server that wraps it in an object
    // is read too.
    const QJsonValue data = document.object().value(u"data"_s);
    const QString token =
        data.isString() ? data.toString() : data.toObject().value(u"jwtToken"_s).toString();
    if (token.isEmpty())
        return Error{tr("The server's answer to the token request holds no token."),
                     QString::fromUtf8(body.left(120)), u"malformed"_s};
    return token;
}

} // namespace Jiandu::Sync
