#pragma once

#include "asrengine.h"

#include <QObject>
#include <QTemporaryDir>
#include <atomic>
#include <memory>

namespace Jiandu::Review {

//! A recording's transcript made end to end: its sound taken by the media engine on a worker
//! thread (the first third of the progress), then recognised by an engine. Cancel stops
//! either step; nothing is left behind but the result.
class Transcription : public QObject
{
    Q_OBJECT

public:
    Transcription(AsrEngine *engine, AsrSettings settings, QObject *parent = nullptr);
    ~Transcription() override;

    void start(const QString &mediaPath);
    void cancel();
    bool running() const { return m_running; }
    const Result<Transcript> &result() const { return m_result; }

Q_SIGNALS:
    void progressed(double fraction, const QString &stage);
    void finished();

private:
    void recognise(const QString &wavPath, qint64 durationMs);
    void end(const Result<Transcript> &result);

    AsrEngine *m_engine;
    AsrSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_work;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QThread *m_extraction = nullptr;
    AsrJob *m_job = nullptr;
    bool m_running = false;
    Result<Transcript> m_result = Error{{}, {}, QStringLiteral("not-started")};
};

} // namespace Jiandu::Review
