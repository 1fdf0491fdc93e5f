#pragma once

#include <QString>

namespace Jiandu {

//! A 警情 (incident) record as the 警情中心 share API delivers it (seed 004, /share/jq).
//! Field names stay as in the API; times are ms since the epoch (0 = unknown).
struct Incident
{
    QString jqbh;      //!< 警情编号, the key
    QString yJqbh;     //!< 原系统编号
    QString bjFldm;    //!< 报警分类
    QString jjr;       //!< 接警人
    qint64 jjsjMs = 0; //!< 接警时间
    QString jjdw;      //!< 接警单位
    QString bjr;       //!< 报警人
    QString bjrZjhm;   //!< 报警人证件号码
    qint64 fssjMs = 0; //!< 警情发生时间
    QString bzFsdz;    //!< 警情发生地点
    QString jqlbDm;    //!< 警情类别代码
    QString jqlbMc;    //!< 警情类别名称
    QString djr;       //!< 登记人
    qint64 djsjMs = 0; //!< 登记时间
    QString cznr;      //!< 处置内容
    QString czmj;      //!< 处置民警
    QString czdwDm;    //!< 处置单位代码
    QString czdwMc;    //!< 处置单位名称
    qint64 xgsjMs = 0; //!< 修改时间
    bool bjbz = false; //!< 是否办结
    qint64 sjcMs = 0;  //!< 入库时间戳

    friend bool operator==(const Incident &, const Incident &) = default;
};

} // namespace Jiandu
