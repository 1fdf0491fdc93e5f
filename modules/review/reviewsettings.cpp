#include "reviewsettings.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Jiandu::Review::ReviewSettings {

const TextSetting asrEngine{u"review/asrEngine"_s, u"openai"_s,
                            u"the speech recognition engine: openai or funasr"_s};
const TextSetting asrEndpoint{
    u"review/asrEndpoint"_s,
    {},
    u"the speech recognition service: http(s)://host:port (openai) or ws://host:port (funasr)"_s,
    [](const QString &value) {
        const QUrl url(value);
        return url.isValid() && !url.host().isEmpty() &&
                       QStringList{u"http"_s, u"https"_s, u"ws"_s, u"wss"_s}.contains(url.scheme())
                   ? QString()
                   : u"not an http(s):// or ws(s):// address"_s;
    }};
const TextSetting asrModel{u"review/asrModel"_s, {}, u"the model, as the service names it"_s};
const TextSetting asrKeyFile{
    u"review/asrKeyFile"_s, {}, u"a file whose first line is the service's API key"_s};
const IntSetting asrTimeoutSeconds{u"review/asrTimeoutSeconds"_s, 1800, 10, 86400,
                                   u"seconds with nothing moving before the service is given up"_s};
const IntSetting preRollSeconds{u"review/preRollSeconds"_s, 2, 0, 30,
                                u"seconds played before a pair's start when it is clicked"_s};
const TextSetting audioSink{
    u"review/audioSink"_s,
    {},
    u"the GStreamer sink recordings are heard through (empty: the default)"_s};
const IntSetting summonsHours{u"review/summonsHours"_s, 12, 12, 24,
                              u"the longest summons the record checks allow (12 or 24 hours)"_s};

QList<const Setting *> all()
{
    return {&asrEngine,         &asrEndpoint,    &asrModel,  &asrKeyFile,
            &asrTimeoutSeconds, &preRollSeconds, &audioSink, &summonsHours};
}

} // namespace Jiandu::Review::ReviewSettings
