#pragma once

#include <QSet>
#include <QStandardItemModel>

class QTreeView;

namespace Jiandu {

struct SiteDescription;

//! Lays \a page out as the video pages do: the camera tree on the left (resizable, with a
//! search box that filters it), and on the right \a column top to bottom, the widget at
//! \a stretch taking the spare height.
void placeBesideCameraTree(QWidget *page, QTreeView *tree, const QList<QWidget *> &column,
                           int stretch);

//! The site's cameras grouped by unit. Dragging a camera carries its id (into a video tile).
class CameraModel : public QStandardItemModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int RecordingRole = Qt::UserRole + 2; //!< bool: being recorded now
    static constexpr int OnScreenRole = Qt::UserRole + 3;  //!< bool: on a tile of the grid
    //! int, in the health column: 0 not yet looked at, 1 normal, 2 suspect, 3 a fault.
    static constexpr int HealthRole = Qt::UserRole + 4;

    //! \a checkable: cameras get a check box (choosing several at once).
    CameraModel(const SiteDescription &site, bool checkable, QObject *parent = nullptr);

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    //! Ids of the checked cameras, in tree order.
    QStringList checkedCameras() const;
    //! Marks \a cameraId as being recorded (a red dot and "recording" in its tooltip).
    void setRecording(const QString &cameraId, bool recording);
    //! Marks the cameras on screen (bold), the others not.
    void setOnScreen(const QSet<QString> &cameraIds);
    //! Shows \a text as \a cameraId's health (视频质量诊断) in a second column, coloured by
    //! \a level (HealthRole), with \a detail as its tooltip.
    void setHealth(const QString &cameraId, int level, const QString &text, const QString &detail);
};

} // namespace Jiandu
