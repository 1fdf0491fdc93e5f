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
class QTimer;

namespace Jiandu {

class CacheThread;
class ClipJob;
class Evidence;
class IShell;
struct SiteCamera;

//! 截取视频: the operator picks the time (never later than now), exact or fast, MP4 or MKV,
//! and whether the watermark is burned in. Before exporting the dialog says what footage
//! the range holds and where it has none; the export runs in the background with progress
//! and can be cancelled; the result (how much, what was missing, where the file is) is said
//! in the dialog. Closing the window lets a running export finish out of sight.
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
        //! Looks up the camera's recording for a time range off the UI thread and answers on
        //! \a context's thread.
        std::function<void(qint64 fromMs, qint64 toMs, QObject *context,
                           std::function<void(Result<QList<MediaSegment>>)> done)>
            segments;
        std::function<qint64()> now; //!< the clock: the range ends no later than now
    };

    //! What a range holds: the footage recorded in it and the stretches without any.
    struct Coverage
    {
        qint64 recordedMs = 0;
        QList<QPair<qint64, qint64>> gapsMs; //!< longer than a second and a half
    };
    static Coverage coverage(const QList<MediaSegment> &segments, qint64 fromMs, qint64 toMs);

    ClipExportDialog(Setup setup, QThreadPool &pool, QWidget *parent = nullptr);
    //! The dialog for one camera of the site, exporting into the clips folder from its
    //! recording index, with the workstation's watermark policy; tells the operator where the
    //! clip went. Deletes itself when closed.
    static ClipExportDialog *forCamera(IShell &shell, const SiteCamera &camera, qint64 fromMs,
                                       qint64 toMs, const Evidence &evidence, QThreadPool &pool,
                                       QWidget *parent);
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
    //! Looks up what the chosen range holds and says it (after the operator stops typing).
    void checkCoverage();
    void showFinished(const ClipExporter::Clip &clip);

    Setup m_setup;
    QThreadPool &m_pool;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_mode;
    QComboBox *m_format;
    QCheckBox *m_burn;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_coverage;
    QTimer *m_coverageDelay;
    int m_coverageGeneration = 0;
    QList<MediaSegment> m_segments; //!< of the range last checked
    bool m_segmentsCurrent = false;
    QPushButton *m_export;
    ClipJob *m_job = nullptr;
    bool m_finishHidden = false; //!< the window was closed while exporting
    ClipExporter::Clip m_clip;
};

} // namespace Jiandu
