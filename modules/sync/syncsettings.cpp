#include "syncsettings.h"

#include "sharefeed.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Jiandu::SyncSettings {

const TextSetting server{u"sync/server"_s,
                         {},
                         u"the central service, http(s)://host:port; empty: no sync"_s,
                         [](const QString &value) {
                             const QUrl url(value);
                             if (value.isEmpty() ||
                                 (url.isValid() &&
                                  (url.scheme() == u"http"_s || url.scheme() == u"https"_s) &&
                                  !url.host().isEmpty()))
                                 return QString();
                             return u"not an http(s)://host:port address"_s;
                         }};
const TextSetting shareKey{
    u"sync/shareKey"_s, {}, u"the 警情 share key the centre issued to this workstation"_s};
const TextSetting pinnedCertificate{
    u"sync/pinnedCertificate"_s,
    {},
    u"SHA-256 (64 hex digits) of the only server certificate trusted; empty: the CAs"_s,
    [](const QString &value) {
        const QString hex = QString(value).remove(u':');
        if (hex.isEmpty() || QByteArray::fromHex(hex.toLatin1()).size() == 32)
            return QString();
        return u"not 64 hex digits"_s;
    }};
const TextSetting feeds{u"sync/feeds"_s, u"jq,jb,jqxf,jqfk"_s,
                        u"share feeds pulled, of jq, jb, jqxf, jqfk"_s, [](const QString &value) {
                            for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
                                if (!Sync::shareFeedNamed(name.trimmed()))
                                    return u"unknown feed \"%1\""_s.arg(name);
                            }
                            return QString();
                        }};
const IntSetting intervalSeconds{u"sync/intervalSeconds"_s, 10, 2, 3600,
                                 u"seconds between two pulls"_s};
const IntSetting daysBack{u"sync/daysBack"_s, 30, 1, 3660,
                          u"days of 警情 a new workstation pulls the first time"_s};
const IntSetting connections{u"sync/connections"_s, 4, 1, 16, u"windows of a feed read at once"_s};

const IntSetting offlineDays{u"sync/offlineDays"_s, 7, 1, 90,
                             u"days a laptop may sign in offline after the central service last "
                             "confirmed the account"_s};

const TextSetting broker{u"sync/broker"_s,
                         {},
                         u"MQTT broker of the live updates, host:port; empty: none"_s,
                         [](const QString &value) {
                             if (value.isEmpty())
                                 return QString();
                             bool ok = false;
                             const int port = value.section(u':', 1, 1).toInt(&ok);
                             if (!value.section(u':', 0, 0).isEmpty() &&
                                 (!value.contains(u':') || (ok && port > 0 && port < 65536)))
                                 return QString();
                             return u"not host:port"_s;
                         }};

QList<const Setting *> all()
{
    return {&server,   &shareKey,    &pinnedCertificate, &feeds, &intervalSeconds,
            &daysBack, &connections, &offlineDays,       &broker};
}

} // namespace Jiandu::SyncSettings
