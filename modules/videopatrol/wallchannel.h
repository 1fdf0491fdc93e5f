#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>

namespace Jiandu {

//! 上墙: the cameras operators send to the video wall. The wall runs as its own process
//! (`jiandu --wall`) for the same user on the command-room computer; both meet in one small
//! file in the user's data location, which the wall watches. Pushes from the unit's other
//! computers arrive through the central service (LayoutLibrary) and are written here too. The
//! newest camera comes first; the wall shows up to four.
class WallChannel : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCameras = 4;

    explicit WallChannel(QObject *parent = nullptr);

    //! Puts \a cameraId first on the wall; false (with the reason) if it cannot be written.
    bool send(const QString &cameraId, const QString &operatorName, QString *error = nullptr);
    //! Shows \a cameras (newest first) as sent by \a operatorName at \a sentMs (on another
    //! computer of the unit).
    bool show(const QStringList &cameras, const QString &operatorName, qint64 sentMs,
              QString *error = nullptr);
    QStringList cameras() const;
    //! When the cameras shown were sent (0: never).
    qint64 sentMs() const;
    static QString path();

Q_SIGNALS:
    void changed();

private:
    void watch();
    QFileSystemWatcher m_watcher;
};

} // namespace Jiandu
