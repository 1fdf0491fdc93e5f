#pragma once

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <media/clipexporter.h>
#include <memory>

namespace Jiandu {

//! One clip export on a worker thread: progress and the result arrive on the thread that
//! started it, the UI stays responsive, and cancel() stops it (the exporter leaves no
//! partial file). The pool is the owner's, so the owner can wait for its jobs before it goes.
class ClipJob : public QObject
{
    Q_OBJECT
public:
    ClipJob(QList<ClipExporter::Range> ranges, QString outputPath, ClipExporter::Options options,
            QObject *parent = nullptr);
    ~ClipJob() override;

    void start(QThreadPool &pool);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int percent);
    void finished(const Jiandu::Result<Jiandu::ClipExporter::Clip> &result);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QList<ClipExporter::Range> m_ranges;
    QString m_outputPath;
    ClipExporter::Options m_options;
    bool m_running = false;
};

} // namespace Jiandu
