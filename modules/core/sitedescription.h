#pragma once

#include "coreexport.h"
#include "recordingschedule.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Jiandu {

//! A camera (or audio point) of a site, as the video patrol lists it.
struct SiteCamera
{
    QString id;   //!< stable, e.g. "cam-0101"
    QString name; //!< e.g. "讯问室 1"
    QString unit; //!< the unit it belongs to
    QString url;  //!< where its stream is (rtsp://…)
    //! Its low-resolution sub-stream, if it has one: small tiles play it (decoding sixteen
    //! main streams would take more than a workstation has).
    QString subUrl;
    //! When it is recorded by itself (录像计划); manual unless the site says otherwise.
    RecordingSchedule recording;
    //! The kind of room it watches ("interrogation", "questioning", "waiting", …) when the
    //! site says: a fault of an interrogation room's camera is an alarm.
    QString roomType;
};

//! The site a workstation serves: its name, units and cameras. The demo site is embedded
//! in the client (":/demo/site.json"); a real site's description comes with its
//! configuration.
struct JIANDU_CORE_EXPORT SiteDescription
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::SiteDescription)

public:
    QString code;
    QString name;
    QStringList units;
    QList<SiteCamera> cameras;

    static Result<SiteDescription> fromJson(const QByteArray &json);
    static Result<SiteDescription> load(const QString &path);
};

} // namespace Jiandu
