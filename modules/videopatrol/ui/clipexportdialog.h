#pragma once

#include <QDialog>
#include <functional>
#include <media/clipexporter.h>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QThreadPool;

namespace Jiandu {

class ClipJob;
class IShell;
struct SiteCamera;

//! 截取视频: the operator picks the time, exact or fast, MP4 or MKV, and whether the
//! watermark is burned in; the export runs in the background with progress and can be
//! cancelled. Closing the dialog cancels a running export.
class ClipExportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Setup
    {
        QString cameraName;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QString operatorName;
        QString watermark;              //!< the text burned in when asked for
        bool watermarkRequired = false; //!< policy: every export carries it
        QByteArray sealKey;             //!< the workstation's key for the manifest's seal
        //! The output file for a format ("mp4" / "mkv").
        std::function<QString(const QString &suffix)> outputPath;
        //! The camera's recording for a time range.
        std::function<Result<QList<MediaSegment>>(qint64 fromMs, qint64 toMs)> segments;
    };

    ClipExportDialog(Setup setup, QThreadPool &pool, QWidget *parent = nullptr);
    //! The dialog for one camera of the site, exporting into the clips folder from its
    //! recording index, with the workstation's watermark policy; tells the operator where the
    //! clip went. Deletes itself when closed.
    static ClipExportDialog *forCamera(IShell &shell, const SiteCamera &camera, qint64 fromMs,
                                       qint64 toMs, QThreadPool &pool, QWidget *parent);
    ~ClipExportDialog() override;

    //! The finished clip, once the export succeeded.
    const ClipExporter::Clip &clip() const { return m_clip; }

Q_SIGNALS:
    void exported(const Jiandu::ClipExporter::Clip &clip);
    //! An export that went on in the background (its window closed) failed.
    void failed(const QString &reason);

protected:
    void reject() override;
    //! Closing the window while an export runs lets it finish out of sight (the operator is
    //! told when the clip is saved); only Cancel stops it.
    void closeEvent(QCloseEvent *event) override;

private:
    void startExport();
    void setRunning(bool running);

    Setup m_setup;
    QThreadPool &m_pool;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_mode;
    QComboBox *m_format;
    QCheckBox *m_burn;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    ClipJob *m_job = nullptr;
    bool m_finishHidden = false; //!< the window was closed while exporting
    ClipExporter::Clip m_clip;
};

} // namespace Jiandu
