#include "clipjob.h"

#include <QCoreApplication>
#include <QPointer>

namespace Jiandu {

struct ClipJob::Shared
{
    std::atomic<bool> cancelled{false};
    std::atomic<int> lastPercent{-1};
    QPointer<ClipJob> job;
};

ClipJob::ClipJob(QList<ClipExporter::Range> ranges, QString outputPath,
                 ClipExporter::Options options, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_ranges(std::move(ranges))
    , m_outputPath(std::move(outputPath))
    , m_options(std::move(options))
{
    m_shared->job = this;
}

ClipJob::~ClipJob()
{
    m_shared->cancelled = true;
}

void ClipJob::start(QThreadPool &pool)
{
    m_running = true;
    std::shared_ptr<Shared> shared = m_shared;
    ClipExporter::Options options = m_options;
    options.progress = [shared](int percent) {
        if (shared->lastPercent.exchange(percent) != percent) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [shared, percent] {
                if (shared->job)
                    Q_EMIT shared->job->progress(percent);
            });
        }
        return !shared->cancelled.load();
    };
    pool.start([shared, ranges = m_ranges, path = m_outputPath, options] {
        auto result = ClipExporter::concatenate(ranges, path, options);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [shared, result] {
            if (!shared->job)
                return;
            shared->job->m_running = false;
            Q_EMIT shared->job->finished(result);
        });
    });
}

void ClipJob::cancel()
{
    m_shared->cancelled = true;
}

} // namespace Jiandu
