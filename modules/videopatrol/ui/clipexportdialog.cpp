#include "clipexportdialog.h"

#include "../clipjob.h"
#include "../evidence.h"
#include "../videopatrolsettings.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <core/sitedescription.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <storage/segmentrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

ClipExportDialog::ClipExportDialog(Setup setup, QThreadPool &pool, QWidget *parent)
    : QDialog(parent)
    , m_setup(std::move(setup))
    , m_pool(pool)
    , m_from(new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_setup.fromMs), this))
    , m_to(new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_setup.toMs), this))
    , m_mode(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_burn(new QCheckBox(tr("Burn the watermark into the video"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_coverage(new QLabel(this))
    , m_coverageDelay(new QTimer(this))
{
    setObjectName(u"clipExportDialog"_s);
    setWindowTitle(tr("Export a clip — %1").arg(m_setup.cameraName));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        edit->setCalendarPopup(true);
    }
    m_from->setObjectName(u"clipFrom"_s);
    m_to->setObjectName(u"clipTo"_s);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_mode->setObjectName(u"clipMode"_s);
    m_mode->addItem(tr("Exact (frame-accurate)"), int(ClipExporter::Mode::Exact));
    m_mode->addItem(tr("Fast (from the keyframe before)"), int(ClipExporter::Mode::Fast));
    m_mode->setAccessibleName(tr("Mode"));
    m_format->setObjectName(u"clipFormat"_s);
    m_format->addItem(tr("MP4 (plays everywhere)"), u"mp4"_s);
    m_format->addItem(tr("Matroska (MKV)"), u"mkv"_s);
    m_format->setAccessibleName(tr("Format"));
    m_burn->setObjectName(u"clipBurnWatermark"_s);
    m_burn->setChecked(m_setup.watermarkRequired);
    m_burn->setEnabled(!m_setup.watermarkRequired);
    m_burn->setToolTip(m_setup.watermarkRequired
                           ? tr("Required by policy: every exported clip carries it.")
                           : tr("Re-encodes the whole clip with: %1").arg(m_setup.watermark));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"clipStatus"_s);
    m_coverage->setWordWrap(true);
    m_coverage->setObjectName(u"clipCoverage"_s);
    m_coverage->setText(tr("Looking up the recording…"));
    // Nothing after now can be recorded.
    if (m_setup.now) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_setup.now());
        m_from->setMaximumDateTime(now);
        m_to->setMaximumDateTime(now);
        if (m_to->dateTime() > now)
            m_to->setDateTime(now);
    }
    m_coverageDelay->setSingleShot(true);
    m_coverageDelay->setInterval(250);
    connect(m_coverageDelay, &QTimer::timeout, this, &ClipExportDialog::checkCoverage);
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            m_segmentsCurrent = false;
            m_coverageDelay->start();
        });

    auto *form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Format"), m_format);
    form->addRow(QString(), m_burn);
    form->addRow(tr("Recorded"), m_coverage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"clipExportButton"_s);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ClipExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClipExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    checkCoverage();
}

ClipExportDialog::Coverage ClipExportDialog::coverage(const QList<MediaSegment> &segments,
                                                      qint64 fromMs, qint64 toMs)
{
    QList<QPair<qint64, qint64>> spans;
    for (const MediaSegment &s : segments) {
        const qint64 a = std::max(s.startMs, fromMs);
        const qint64 b = std::min(s.endMs, toMs);
        if (b > a)
            spans.append({a, b});
    }
    std::sort(spans.begin(), spans.end());
    Coverage c;
    constexpr qint64 kGap = 1500; // segments follow each other within a frame or two
    qint64 at = fromMs;
    for (const auto &[a, b] : std::as_const(spans)) {
        if (a - at > kGap)
            c.gapsMs.append({at, a});
        if (b > at) {
            c.recordedMs += b - std::max(a, at);
            at = b;
        }
    }
    if (toMs - at > kGap)
        c.gapsMs.append({at, toMs});
    return c;
}

void ClipExportDialog::checkCoverage()
{
    const qint64 from = m_from->dateTime().toMSecsSinceEpoch();
    const qint64 to = m_to->dateTime().toMSecsSinceEpoch();
    if (to <= from) {
        m_coverage->setText(tr("The end must come after the start."));
        m_export->setEnabled(false);
        return;
    }
    const int generation = ++m_coverageGeneration;
    m_setup.segments(
        from, to, this, [this, generation, from, to](Result<QList<MediaSegment>> segments) {
            if (generation != m_coverageGeneration)
                return; // the range changed since
            if (!segments) {
                m_coverage->setText(segments.error().message);
                m_export->setEnabled(false);
                return;
            }
            m_segments = *segments;
            m_segmentsCurrent = true;
            const Coverage c = coverage(m_segments, from, to);
            const auto seconds = [](qint64 ms) {
                return (ms + 500) / 1000;
            };
            const auto hhmmss = [](qint64 ms) {
                return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s);
            };
            QString text;
            if (c.recordedMs == 0) {
                text = tr("Nothing was recorded in this range: choose another time "
                          "(Playback shows what this camera recorded).");
            } else {
                text = tr("%1 s of the %2 s asked for.")
                           .arg(seconds(c.recordedMs))
                           .arg(seconds(to - from));
                QStringList gaps;
                for (const auto &[a, b] : c.gapsMs)
                    gaps.append(u"%1–%2"_s.arg(hhmmss(a), hhmmss(b)));
                if (!gaps.isEmpty())
                    text +=
                        u' ' + tr("No footage %1; the clip jumps over it.").arg(gaps.join(u", "_s));
            }
            m_coverage->setText(text);
            m_coverage->setStyleSheet(c.gapsMs.isEmpty() ? QString() : u"color: #b45f06;"_s);
            if (!m_job || !m_job->isRunning())
                m_export->setEnabled(c.recordedMs > 0);
        });
}

ClipExportDialog *ClipExportDialog::forCamera(IShell &shell, const SiteCamera &camera,
                                              qint64 fromMs, qint64 toMs, const Evidence &evidence,
                                              QThreadPool &pool, QWidget *parent)
{
    CacheThread *data = evidence.data();
    Setup setup;
    setup.cameraName = camera.name;
    setup.fromMs = fromMs;
    setup.toMs = toMs;
    setup.operatorName = shell.context().userName;
    setup.watermark = u"%1 · %2 · %3"_s.arg(
        shell.context().userName, QSysInfo::machineHostName(),
        QDateTime::fromMSecsSinceEpoch(shell.clock().nowMs()).toString(u"yyyy-MM-dd HH:mm"_s));
    setup.watermarkRequired =
        VideoPatrolSettings::exportWatermark.value(shell.settings()) == u"always";
    setup.sealKey = evidence.sealKey();
    const qint64 now = shell.clock().nowMs();
    setup.outputPath = [&shell, id = camera.id, now](const QString &suffix) {
        const QString dir = QDir(shell.context().dataDirectory).filePath(u"clips"_s);
        QDir().mkpath(dir);
        return QDir(dir).filePath(u"%1-%2.%3"_s.arg(
            id, QDateTime::fromMSecsSinceEpoch(now).toString(u"yyyyMMdd-HHmmss"_s), suffix));
    };
    setup.segments = [data, id = camera.id](qint64 from, qint64 to, QObject *context,
                                            std::function<void(Result<QList<MediaSegment>>)> done) {
        if (!data) {
            done(Error{tr("This camera has not been recorded here."), {}});
            return;
        }
        data->run<QList<MediaSegment>>(
            context,
            [id, from, to](QSqlDatabase &db) {
                return SegmentRepository(db).overlapping(id, from, to);
            },
            std::move(done));
    };
    setup.now = [&shell] {
        return shell.clock().nowMs();
    };
    auto *dialog = new ClipExportDialog(std::move(setup), pool, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClipExportDialog::exported, dialog,
            [&shell, name = camera.name](const ClipExporter::Clip &clip) {
                const auto hhmmss = [](qint64 ms) {
                    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s);
                };
                QString message =
                    tr("%1, %2–%3: %4")
                        .arg(name, hhmmss(clip.actualStartMs), hhmmss(clip.actualEndMs),
                             QDir::toNativeSeparators(clip.path));
                // Footage that was not there is said, not hidden in a jump of the clip's time.
                QStringList missing;
                for (const auto &[fromMs, toMs] : clip.missingMs)
                    missing.append(u"%1–%2"_s.arg(hhmmss(fromMs), hhmmss(toMs)));
                if (!missing.isEmpty())
                    message += u'\n' + tr("No footage for %1: the clip jumps over it (a gap in the "
                                          "recording, or a damaged segment).")
                                           .arg(missing.join(u", "_s));
                shell.notify(missing.isEmpty() ? Severity::Information : Severity::Warning,
                             missing.isEmpty() ? tr("Clip saved")
                                               : tr("Clip saved with footage missing"),
                             message);
            });
    connect(dialog, &ClipExportDialog::failed, dialog,
            [&shell, name = camera.name](const QString &reason) {
                shell.notify(Severity::Warning, tr("Clip not saved"),
                             tr("%1: %2").arg(name, reason));
            });
    return dialog;
}

ClipExportDialog::~ClipExportDialog()
{
    if (m_job)
        m_job->cancel();
}

void ClipExportDialog::closeEvent(QCloseEvent *event)
{
    if (m_job && m_job->isRunning()) {
        event->ignore();
        hide();
        m_finishHidden = true;
        return;
    }
    QDialog::closeEvent(event);
}

void ClipExportDialog::reject()
{
    if (m_job && m_job->isRunning()) { // first Cancel stops the export, the dialog stays
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ClipExportDialog::setRunning(bool running)
{
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                       static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_format),
                       static_cast<QWidget *>(m_export)})
        w->setEnabled(!running);
    m_burn->setEnabled(!running && !m_setup.watermarkRequired);
    m_progress->setVisible(running);
}

void ClipExportDialog::showFinished(const ClipExporter::Clip &clip)
{
    // The result stays in the window: how much, what was missing, where it is.
    const auto hhmmss = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s);
    };
    QString text = tr("Saved %1–%2 (%3 s) to %4.")
                       .arg(hhmmss(clip.actualStartMs), hhmmss(clip.actualEndMs))
                       .arg((clip.actualEndMs - clip.actualStartMs + 500) / 1000)
                       .arg(QDir::toNativeSeparators(clip.path));
    QStringList missing;
    for (const auto &[a, b] : clip.missingMs)
        missing.append(u"%1–%2"_s.arg(hhmmss(a), hhmmss(b)));
    if (!missing.isEmpty())
        text += u'\n' + tr("No footage for %1: the clip jumps over it.").arg(missing.join(u", "_s));
    m_status->setText(text);
    m_export->hide();
    auto *folder = new QPushButton(tr("Show in folder"), this);
    folder->setObjectName(u"clipShowFolder"_s);
    connect(folder, &QPushButton::clicked, this, [path = clip.path] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    if (auto *box = findChild<QDialogButtonBox *>()) {
        box->addButton(folder, QDialogButtonBox::ActionRole);
        box->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
}

void ClipExportDialog::startExport()
{
    const qint64 from = m_from->dateTime().toMSecsSinceEpoch();
    const qint64 to = m_to->dateTime().toMSecsSinceEpoch();
    if (to <= from) {
        m_status->setText(tr("The end must come after the start."));
        return;
    }
    if (!m_segmentsCurrent) { // typed a moment ago: look it up first, then export
        m_coverageDelay->stop();
        checkCoverage();
        m_status->setText(tr("Looking up the recording; export again in a moment."));
        return;
    }
    ClipExporter::Options options;
    options.mode = ClipExporter::Mode(m_mode->currentData().toInt());
    options.operatorName = m_setup.operatorName;
    options.sealKey = m_setup.sealKey;
    if (m_burn->isChecked())
        options.burnedWatermark = m_setup.watermark;
    const QString path = m_setup.outputPath(m_format->currentData().toString());
    delete m_job;
    m_job = new ClipJob({{m_segments, from, to}}, path, options, this);
    connect(m_job, &ClipJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &ClipJob::finished, this, [this](const Result<ClipExporter::Clip> &result) {
        setRunning(false);
        if (!result) {
            m_status->setText(result.error().code == u"cancelled"
                                  ? tr("Cancelled; nothing was saved.")
                                  : result.error().message);
            if (m_finishHidden) // nobody sees this window any more: say it where they look
                Q_EMIT failed(result.error().message);
            if (m_finishHidden)
                close();
            return;
        }
        m_clip = *result;
        Q_EMIT exported(m_clip);
        if (m_finishHidden)
            accept();
        else
            showFinished(m_clip);
    });
    m_status->setText(tr("Exporting… (closing this window lets it finish in the background)"));
    m_progress->setValue(0);
    setRunning(true);
    m_job->start(m_pool);
}

} // namespace Jiandu
