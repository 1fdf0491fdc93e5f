#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Jiandu {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteFull = 13;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

} // namespace

bool isDiskFull(const QSqlError &error)
{
    return primaryCode(error) == kSqliteFull ||
           error.text().contains(QLatin1String("disk is full"), Qt::CaseInsensitive);
}

QString describeSqlError(const QSqlError &error)
{
    const QString driver = error.text().trimmed();
    QString said;
    if (isDiskFull(error))
        said = QCoreApplication::translate("Jiandu::SqlError",
                                           "the disk holding the cache is full; free some space");
    else if (primaryCode(error) == kSqliteReadOnly)
        said = QCoreApplication::translate("Jiandu::SqlError", "the cache is read-only");
    else if (primaryCode(error) == kSqliteBusy)
        said = QCoreApplication::translate("Jiandu::SqlError",
                                           "the cache is busy with another writer");
    else if (primaryCode(error) == kSqliteIoError)
        said = QCoreApplication::translate("Jiandu::SqlError",
                                           "the disk holding the cache cannot be written");
    if (said.isEmpty())
        return driver;
    return driver.isEmpty() ? said : said + QLatin1String(" (") + driver + u')';
}

} // namespace Jiandu
