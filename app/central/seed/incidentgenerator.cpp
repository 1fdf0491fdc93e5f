#include "incidentgenerator.h"

#include "../db/postgres.h"
#include "democity.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

QString sqlArray(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(u'\'' + QString(item).replace(u'\'', u"''"_s) + u'\'');
    return u"(ARRAY["_s + quoted.join(u',') + u"]::text[])"_s;
}

// A deterministic non-negative number for incident g and attribute k.
QString h(int k)
{
    return u"(hashint8extended(g, $6::bigint * 64 + %1) & 9223372036854775807)"_s.arg(k);
}

QString pick(const QString &array, int size, int k)
{
    return u"(%1)[1 + %2 % %3]"_s.arg(array, h(k)).arg(size);
}

} // namespace

void IncidentGenerator::generate(PgConnection &c, const Options &options,
                                 const std::function<void(qint64, qint64)> &progress)
{
    const QList<DemoUnit> stations = demoCityStations();
    QStringList codes, names, districts;
    for (const DemoUnit &s : stations) {
        codes.append(s.code);
        names.append(s.name);
        for (const DemoUnit &u : demoCityUnits()) {
            if (u.code == s.parentCode)
                districts.append(u.name.chopped(2)); // 江岸分局 → 江岸
        }
    }
    const int n = int(stations.size());
    const QString unitCodes = sqlArray(codes), unitNames = sqlArray(names),
                  districtNames = sqlArray(districts);
    const QStringList surnames =
        u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹"_s
            .split(u' ');
    const QStringList given =
        u"伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 华 平 建国 志强 丽娟 海燕 子涵 浩然 雨欣 俊杰 文 斌"_s
            .split(u' ');
    const QStringList roads =
        u"中山大道 解放大道 建设大道 沿江大道 武珞路 中南路 京汉大道 胜利街 黎黄陂路 江汉路 民主路 和平大道"_s
            .split(u' ');
    // 警情类别 (category code, name) and a line of detail for each.
    const QStringList categoryCodes =
        u"010101 010102 010103 010201 020101 020102 020201 030101 030201 040101 050101 060101"_s
            .split(u' ');
    const QStringList categoryNames =
        u"入室盗窃 扒窃 盗窃电动车 电信诈骗 纠纷 打架斗殴 噪音扰民 交通事故 交通堵塞 求助 火警 走失"_s
            .split(u' ');
    const QStringList details = {u"报警人称家中被盗，门锁有撬动痕迹，丢失现金及首饰若干"_s,
                                 u"报警人称在公交车上手机被扒窃"_s,
                                 u"报警人称停放在小区楼下的电动车被盗"_s,
                                 u"报警人称接到自称客服电话，被骗转账"_s,
                                 u"报警人称与邻居因停车位发生纠纷"_s,
                                 u"报警人称有人在餐馆门前打架"_s,
                                 u"报警人称楼上深夜噪音扰民"_s,
                                 u"报警人称两车相撞，无人员受伤"_s,
                                 u"报警人称路口拥堵，车辆无法通行"_s,
                                 u"报警人称老人身体不适需要帮助"_s,
                                 u"报警人称楼道内有烟雾"_s,
                                 u"报警人称孩子在商场走失"_s};
    const QString surnameArray = sqlArray(surnames), givenArray = sqlArray(given),
                  roadArray = sqlArray(roads), categoryCodeArray = sqlArray(categoryCodes),
                  categoryNameArray = sqlArray(categoryNames), detailArray = sqlArray(details);
    const int ns = int(surnames.size()), ng = int(given.size()), nr = int(roads.size()),
              nc = int(categoryCodes.size());
    auto person = [&](int k) {
        return u"(%1 || %2)"_s.arg(pick(surnameArray, ns, k), pick(givenArray, ng, k + 1));
    };

    // ISO 7064 MOD 11-2, the check character of a resident ID number.
    c.exec("CREATE OR REPLACE FUNCTION pg_temp.id_check(body text) RETURNS text "
           "LANGUAGE sql IMMUTABLE AS $$ SELECT body || substr('10X98765432', 1 + ("
           "SELECT sum(substr(body, i, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) "
           "FROM generate_series(1, 17) i)::int % 11, 1) $$");

    const QString base =
        u"CREATE TEMP TABLE seed_base ON COMMIT DROP AS SELECT g, jjsj, u, "
        "%1[1 + u] AS dw, %2[1 + u] AS dw_mc, %3[1 + u] AS district, "
        "CASE WHEN cls < 80 THEN '01' WHEN cls < 95 THEN '02' ELSE '03' END AS fldm, "
        "CASE WHEN cls < 80 THEN '110报警' WHEN cls < 95 THEN '窗口报警' ELSE '网络报警' END AS "
        "bjfs, "
        "cat, %4 AS bjr, "
        "pg_temp.id_check(substr(%1[1 + u], 1, 6) || to_char(date '1950-01-01' + (%5 % "
        "20000)::int, "
        "'YYYYMMDD') || lpad((%6 % 1000)::text, 3, '0')) AS zjhm, "
        "'1' || (ARRAY['3','5','7','8','9'])[1 + %7 % 5] || lpad((%8 % 1000000000)::text, 9, '0') "
        "AS bjdh, "
        "%9 AS jjr, %10 AS djr, %11 AS czmj, '0' || lpad((%12 % 100000)::text, 5, '0') AS czmj_jh, "
        "%3[1 + u] || '区' || %13 || (1 + %14 % 300) || '号' AS fsdz, "
        "jjsj - make_interval(mins => (%15 % 30)::int) AS fssj, "
        "CASE WHEN %16 % 100 < 95 THEN '15' ELSE (ARRAY['00','01','05','10'])[1 + %16 % 4] END AS "
        "status, "
        "jjsj + make_interval(mins => (2 + %17 % 10)::int) AS jb_xgsj, "
        "(%18 % 30)::int AS lag, "
        "jjsj + make_interval(mins => (1 + %19 % 5)::int) AS djsj, "
        "(%20 % 60)::int AS jq_later, (%21 % 10) < 9 AS closed, "
        "jjsj + make_interval(mins => (1 + %22 % 3)::int) AS xfsj, (%23 % 60)::int AS js_after, "
        "(1 + %24 % 5)::int AS cd_after, (5 + %25 % 15)::int AS dc_after, "
        "(10 + %26 % 110)::int AS cz_sc, %27 AS jsr "
        "FROM (SELECT g, date_trunc('second', $3::timestamp + make_interval(secs => "
        "(g - 1) * $4::float8 / $5::float8)) AS jjsj, (%28 % %29)::int AS u, "
        "(%30 % 100)::int AS cls, (%31 % %32)::int AS cat "
        "FROM generate_series($1::bigint, $2::bigint) g) s"_s
            .arg(unitCodes, unitNames, districtNames, person(1), h(3), h(4), h(5), h(6), person(7))
            .arg(person(9), person(11), h(13), pick(roadArray, nr, 14), h(15), h(16), h(17), h(18),
                 h(19))
            .arg(h(20), h(21), h(22), h(23), h(24), h(25), h(26), h(27), person(28))
            .arg(h(30))
            .arg(n)
            .arg(h(31), h(32))
            .arg(nc);

    const QString jqbh =
        u"('J' || b.dw || to_char(b.jjsj, 'YYYYMMDD') || lpad(b.g::text, 10, '0'))"_s;
    const QString catCode = u"%1[1 + b.cat]"_s.arg(categoryCodeArray);
    const QString catName = u"%1[1 + b.cat]"_s.arg(categoryNameArray);
    const QString detail = u"%1[1 + b.cat]"_s.arg(detailArray);
    const QString insertJb =
        u"INSERT INTO jb SELECT 'JB' || lpad(b.g::text, 12, '0'), %1, 'Y' || %1, b.fldm, b.bjfs, "
        "b.jjsj, b.dw, b.dw_mc, b.bjr, b.zjhm, b.bjdh, b.fssj, b.fsdz, %4, %2, %3, b.jb_xgsj, "
        "b.status, b.jb_xgsj + make_interval(secs => b.lag) FROM seed_base b ON CONFLICT DO NOTHING"_s
            .arg(jqbh, catCode, catName, detail);
    const QString insertJq =
        u"INSERT INTO jq SELECT %1, 'Y' || %1, b.fldm, b.jjr, b.jjsj, b.dw, b.dw_mc, b.bjr, "
        u"b.zjhm, "
        "b.bjdh, b.fssj, b.fsdz, %2, %3, b.djr, b.djsj, "
        "'民警' || b.czmj || '到场处置，' || CASE WHEN b.closed THEN '已调解完毕' ELSE '正在处理' "
        "END, "
        "b.czmj, b.dw, b.dw_mc, b.djsj + make_interval(mins => b.jq_later), "
        "CASE WHEN b.closed THEN '1' ELSE '0' END, "
        "b.djsj + make_interval(mins => b.jq_later, secs => b.lag) FROM seed_base b "
        "ON CONFLICT DO NOTHING"_s.arg(jqbh, catCode, catName);
    const QString insertJqxf =
        u"INSERT INTO jqxf SELECT 'XF' || lpad(b.g::text, 12, '0'), %1, 'YXF' || lpad(b.g::text, "
        u"12, '0'), "
        "b.xfsj, substr(b.dw, 1, 6) || '000000', b.district || '分局', "
        "'0' || lpad((b.g % 100000)::text, 5, '0'), b.jjr, b.dw, b.dw_mc, b.jsr, b.czmj_jh, "
        "b.xfsj + make_interval(secs => b.js_after), b.czmj_jh, "
        "b.xfsj + make_interval(secs => b.js_after, mins => b.cd_after), "
        "b.xfsj + make_interval(secs => b.js_after, mins => b.cd_after + b.dc_after), b.cz_sc, "
        "b.xfsj + make_interval(secs => b.lag), CASE WHEN b.closed THEN '1' ELSE '0' END "
        "FROM seed_base b ON CONFLICT DO NOTHING"_s.arg(jqbh);
    const QString insertJqfk =
        u"INSERT INTO jqfk SELECT 'FK' || lpad(b.g::text, 12, '0'), %1, 'XF' || lpad(b.g::text, "
        u"12, '0'), "
        "'YFK' || lpad(b.g::text, 12, '0'), "
        "b.xfsj + make_interval(secs => b.js_after, mins => b.cd_after + b.dc_after + b.cz_sc), "
        "b.dw, b.dw_mc, b.jsr, '经现场处置，' || %2 || CASE WHEN b.closed THEN '，已处理完毕' ELSE "
        "'，后续跟进' END, "
        "%3, %2, '1', "
        "b.xfsj + make_interval(secs => b.js_after, mins => b.cd_after + b.dc_after + b.cz_sc), "
        "b.xfsj + make_interval(secs => b.js_after + b.lag, mins => b.cd_after + b.dc_after + "
        "b.cz_sc) "
        "FROM seed_base b ON CONFLICT DO NOTHING"_s.arg(jqbh, catName, catCode);

    const QDateTime end = options.end.isValid() ? options.end : QDateTime::currentDateTime();
    const QDateTime start = end.addDays(-options.days);
    const QString startText = start.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const QString endText = end.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const qint64 span = start.secsTo(end);
    c.exec("SELECT jiandu_ensure_month(t, m) FROM unnest(ARRAY['jb','jq','jqxf','jqfk']) t, "
           "generate_series(date_trunc('month', $1::timestamp), $2::timestamp + interval '1 day', "
           "interval '1 month') m",
           {pgText(startText), pgText(endText)});

    const QByteArray baseSql = base.toUtf8(), jbSql = insertJb.toUtf8(), jqSql = insertJq.toUtf8(),
                     jqxfSql = insertJqxf.toUtf8(), jqfkSql = insertJqfk.toUtf8();
    for (qint64 first = 1; first <= options.incidents; first += options.batch) {
        const qint64 last = std::min(options.incidents, first + options.batch - 1);
        PgTransaction transaction(c);
        c.exec(baseSql.constData(),
               {pgNumber(first), pgNumber(last), pgText(startText), pgNumber(span),
                pgNumber(options.incidents), pgNumber(options.seed)});
        c.exec(jbSql.constData());
        c.exec(jqSql.constData());
        c.exec(jqxfSql.constData());
        c.exec(jqfkSql.constData());
        transaction.commit();
        if (progress)
            progress(last, options.incidents);
    }
    c.exec("ANALYZE jb, jq, jqxf, jqfk");
}

} // namespace Jiandu::Central
