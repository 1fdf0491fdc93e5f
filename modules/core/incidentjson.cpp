#include "incidentjson.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Jiandu {

qint64 IncidentJson::parseTime(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QDateTime time = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!time.isValid())
        return -1;
    time.setTimeSpec(Qt::OffsetFromUTC);
    time.setOffsetFromUtc(8 * 3600);
    return time.toMSecsSinceEpoch();
}

Result<Incident> IncidentJson::fromShareApi(const QJsonObject &json)
{
    Incident i;
    const auto text = [&json](const char *field) {
        return json.value(QLatin1String(field)).toString();
    };
    i.jqbh = text("jqbh");
    if (i.jqbh.isEmpty())
        return Error{tr("An incident without 警情编号 (jqbh) was skipped."), {}};
    i.yJqbh = text("yJqbh");
    i.bjFldm = text("bjFldm");
    i.jjr = text("jjr");
    i.jjdw = text("jjdw");
    i.bjr = text("bjr");
    i.bjrZjhm = text("bjrZjhm");
    i.bzFsdz = text("bzFsdz");
    i.jqlbDm = text("jqlbDm");
    i.jqlbMc = text("jqlbMc");
    i.djr = text("djr");
    i.cznr = text("cznr");
    i.czmj = text("czmj");
    i.czdwDm = text("czdwDm");
    i.czdwMc = text("czdwMc");
    const QJsonValue bjbz = json.value(u"bjbz"_s);
    i.bjbz = bjbz.isBool() ? bjbz.toBool() : bjbz.toVariant().toString() == u"1"_s;
    const struct
    {
        const char *field;
        qint64 *target;
    } times[] = {{"jjsj", &i.jjsjMs},
                 {"fssj", &i.fssjMs},
                 {"djsj", &i.djsjMs},
                 {"xgsj", &i.xgsjMs},
                 {"sjc", &i.sjcMs}};
    for (const auto &t : times) {
        *t.target = parseTime(text(t.field));
        if (*t.target < 0)
            return Error{tr("Incident %1 has a malformed time in %2: \"%3\".")
                             .arg(i.jqbh, QLatin1String(t.field), text(t.field)),
                         {}};
    }
    return i;
}

} // namespace Jiandu
