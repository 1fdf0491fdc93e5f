#pragma once

#include <QList>
#include <QString>

namespace Jiandu::Central {

//! The organisation of the city the demo and the benchmarks run on (a fictional 江城市):
//! 市局 → 分局 → 派出所 / 办案区. Unit codes are the 12-digit codes of the public security
//! organisation standard (GA 380 style): city 4201, district 2 digits, station 2 digits.
struct DemoUnit
{
    QString code;
    QString name;
    QString parentCode; //!< empty for the city bureau
    QString kind;       //!< "city", "district", "station", "casearea"
};

const QList<DemoUnit> &demoCityUnits();
//! The stations (派出所), where incidents are received and handled.
QList<DemoUnit> demoCityStations();

} // namespace Jiandu::Central
