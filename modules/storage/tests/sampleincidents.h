#pragma once

#include <QList>
#include <core/incident.h>

namespace Jiandu::Testing {

//! Deterministic 警情 records numbered from \a first, one minute apart from 2026-11-01.
inline QList<Incident> sampleIncidents(qint64 first, int count)
{
    static const char *kinds[] = {"刑事案件", "治安案件", "交通事故", "求助", "纠纷"};
    QList<Incident> list;
    list.reserve(count);
    const qint64 base = Q_INT64_C(1793491200000); // 2026-11-01 00:00 +08:00
    for (qint64 n = first; n < first + count; ++n) {
        Incident i;
        i.jqbh = QStringLiteral("J440300%1").arg(n, 12, 10, QLatin1Char('0'));
        i.yJqbh = QStringLiteral("Y%1").arg(n);
        i.bjFldm = QStringLiteral("0%1").arg(n % 9);
        i.jjr = QStringLiteral("接警员%1").arg(n % 37);
        i.jjsjMs = base + n * 60000;
        i.jjdw = QStringLiteral("城东分局指挥中心");
        i.bjr = QStringLiteral("报警人%1").arg(n);
        i.bjrZjhm = QStringLiteral("44030019900101%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
        i.fssjMs = i.jjsjMs - 300000;
        i.bzFsdz = QStringLiteral("滨河路%1号").arg(n % 500);
        i.jqlbDm = QStringLiteral("%1").arg(10 + n % 5);
        i.jqlbMc = QString::fromUtf8(kinds[n % 5]);
        i.djr = QStringLiteral("登记员%1").arg(n % 11);
        i.djsjMs = i.jjsjMs + 120000;
        i.cznr = QStringLiteral("民警到场处置，已调解。记录%1").arg(n);
        i.czmj = QStringLiteral("民警%1").arg(n % 53);
        i.czdwDm = QStringLiteral("440300%1").arg(n % 20);
        i.czdwMc = QStringLiteral("城东派出所");
        i.xgsjMs = i.jjsjMs + 3600000;
        i.bjbz = n % 3 == 0;
        i.sjcMs = i.xgsjMs + 1000;
        list.append(i);
    }
    return list;
}

} // namespace Jiandu::Testing
