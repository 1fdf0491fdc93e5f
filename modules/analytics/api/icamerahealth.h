#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace Jiandu {

//! A camera's health as other modules show it (the camera tree's column).
struct CameraHealthMark
{
    enum Level { Unknown, Ok, Suspect, Fault };
    Level level = Unknown;
    QString text;   //!< short: "正常", "遮挡、模糊"
    QString detail; //!< what was seen, for a tooltip
};

//! 视频质量诊断's latest verdicts, published by the analytics module (IShell::addService).
//! Header only.
class ICameraHealth
{
public:
    virtual ~ICameraHealth() = default;
    //! Every camera looked at so far.
    virtual QHash<QString, CameraHealthMark> cameraHealth() const = 0;
    //! Calls \a changed on \a context's thread with a camera whose mark changed and its new
    //! mark, for as long as \a context lives.
    virtual void watchHealth(
        QObject *context,
        std::function<void(const QString &cameraId, const CameraHealthMark &mark)> changed) = 0;
    //! Looks at \a cameraId again now.
    virtual void diagnoseNow(const QString &cameraId) = 0;
    //! The camera's view was changed on purpose: its next healthy look becomes its reference
    //! view (looked at now).
    virtual void retakeReference(const QString &cameraId) = 0;
    //! Every camera's latest diagnosis as CSV (UTF-8 with BOM, one row a camera: unit, camera,
    //! verdict, when, then each check's verdict and what was seen).
    virtual QByteArray reportCsv() const = 0;
};

} // namespace Jiandu

Q_DECLARE_INTERFACE(Jiandu::ICameraHealth, "org.jiandu.CameraHealth/1")
