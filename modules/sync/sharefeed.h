#pragma once

#include "syncexport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <core/result.h>
#include <optional>

namespace Jiandu::Sync {

//! The four feeds of the 警情中心 share API (seed 004): 接报, 警情, 下发, 反馈.
enum class ShareFeed { Jb, Jq, Jqxf, Jqfk };

//! How a feed is read: its path, its key and the field its pages are ordered by (the cursor
//! a consumer passes back as the next startDateTime).
struct ShareFeedInfo
{
    ShareFeed feed;
    QString name;        //!< "jq"
    QString path;        //!< "/api/openapi/share/jq"
    QString keyField;    //!< "jqbh"
    QString cursorField; //!< "sjc"
};

JIANDU_SYNC_EXPORT const QList<ShareFeedInfo> &shareFeeds();
JIANDU_SYNC_EXPORT const ShareFeedInfo &shareFeedInfo(ShareFeed feed);
JIANDU_SYNC_EXPORT std::optional<ShareFeed> shareFeedNamed(const QString &name);

//! One record of a page: its key, its cursor time and the whole record.
struct ShareRecord
{
    QString key;
    qint64 cursorMs = 0;
    QJsonObject fields;
};

//! The answer to one page request, read from the seed's envelope {code, message, data}.
struct SharePage
{
    //! The envelope's codes (seed 004, 响应码).
    enum Code {
        Ok = 0,
        Failed = -1,
        RateLimited = 1,
        BadParameters = 10,
        Unauthorized = 401,
        TokenExpired = 40101
    };
    int code = Ok;
    QString message;
    QList<ShareRecord> records;
    //! Records refused (no key, no or a malformed cursor time), each with why.
    QStringList rejected;
};

class JIANDU_SYNC_EXPORT SharePageReader
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Sync::SharePageReader)

public:
    //! The page in \a body; an error if it is not the seed's envelope at all (not JSON, no
    //! code, data not a list on success): what a broken proxy or server sends.
    static Result<SharePage> read(ShareFeed feed, const QByteArray &body);
    //! The jwtToken in the answer to /api/openapi/token/get.
    static Result<QString> readToken(const QByteArray &body, int *code = nullptr);
};

} // namespace Jiandu::Sync
