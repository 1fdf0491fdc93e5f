#include "incidentjson.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Jiandu {

qint64 IncidentJson::parseTime(const QString &text)
{
    if (text.isEmpty())
        return 0;
    // "yyyy-MM-dd HH:mm:ss" read by hand: a sync reads five per record, hundreds of thousands
    // a minute, and QDateTime::fromString costs more than the rest of the record together.
    if (text.size() != 19)
        return -1;
    const QChar *c = text.constData();
    int digits[14];
    int n = 0;
    for (int i = 0; i < 19; ++i) {
        const bool separator = i == 4 || i == 7 || i == 10 || i == 13 || i == 16;
        if (separator) {
            const char16_t expected = i == 10 ? u' ' : (i < 10 ? u'-' : u':');
            if (c[i] != expected)
                return -1;
            continue;
        }
        if (c[i] < u'0' || c[i] > u'9')
            return -1;
        digits[n++] = c[i].unicode() - u'0';
    }
    const auto number = [&digits](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + digits[i];
        return value;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const int hour = number(8, 2), minute = number(10, 2), second = number(12, 2);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return -1;
    // China Standard Time: UTC+8 all year.
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return ((days * 24 + hour) * 3600 + minute * 60 + second - 8 * 3600) * 1000;
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
