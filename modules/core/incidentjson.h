#pragma once

#include "coreexport.h"
#include "incident.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Jiandu {

//! 警情 records in the JSON of the 警情中心 share API (seed 004): times are
//! "yyyy-MM-dd HH:mm:ss" in China Standard Time (UTC+8, no daylight saving).
class JIANDU_CORE_EXPORT IncidentJson
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::IncidentJson)

public:
    //! The record in \a json; an error names the field that is missing or malformed.
    static Result<Incident> fromShareApi(const QJsonObject &json);
    //! ms since the epoch of a share-API time, or 0 for an empty one; -1 if malformed.
    static qint64 parseTime(const QString &text);
};

} // namespace Jiandu
