#include "transcription.h"

#include <QPointer>
#include <QThread>
#include <media/audioextraction.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

Transcription::Transcription(AsrEngine *engine, AsrSettings settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_settings(std::move(settings))
{}

Transcription::~Transcription()
{
    *m_cancelled = true;
    if (m_extraction) {
        m_extraction->wait();
        delete m_extraction;
    }
}

void Transcription::start(const QString &mediaPath)
{
    if (m_running)
        return;
    m_running = true;
    *m_cancelled = false;
    m_work = std::make_unique<QTemporaryDir>();
    if (!m_work->isValid()) {
        end(Error{tr("No room for the recording's sound in the temporary folder: %1")
                      .arg(m_work->errorString()),
                  {},
                  u"unwritable"_s});
        return;
    }
    const QString wav = m_work->filePath(u"sound.wav"_s);
    const auto cancelled = m_cancelled;
    QPointer<Transcription> self(this);
    m_extraction = QThread::create([self, cancelled, mediaPath, wav] {
        const auto audio = AudioExtraction::toWav(mediaPath, wav, [&](double fraction) {
            if (self && fraction >= 0)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, fraction] {
                        if (self)
                            Q_EMIT self->progressed(fraction / 3, tr("Taking the sound"));
                    },
                    Qt::QueuedConnection);
            return !*cancelled;
        });
        QMetaObject::invokeMethod(
            self.data(),
            [self, audio] {
                if (!self)
                    return;
                if (!audio)
                    self->end(audio.error());
                else
                    self->recognise(audio->path, audio->durationMs);
            },
            Qt::QueuedConnection);
    });
    m_extraction->start();
}

void Transcription::recognise(const QString &wavPath, qint64 durationMs)
{
    if (*m_cancelled) {
        end(Error{tr("Cancelled."), {}, u"cancelled"_s});
        return;
    }
    m_job = m_engine->transcribe(wavPath, m_settings, this);
    m_job->progressed = [this](double fraction, const QString &stage) {
        Q_EMIT progressed(fraction < 0 ? -1.0 : 1.0 / 3 + fraction * 2 / 3, stage);
    };
    m_job->finished = [this, durationMs](const Result<Transcript> &result) {
        if (result) {
            Transcript transcript = result.value();
            transcript.warnings += transcript.checkAgainst(durationMs);
            end(transcript);
        } else {
            end(result);
        }
    };
}

void Transcription::cancel()
{
    *m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void Transcription::end(const Result<Transcript> &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_result = result;
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (m_extraction) {
        m_extraction->wait();
        delete m_extraction;
        m_extraction = nullptr;
    }
    m_work.reset();
    Q_EMIT finished();
}

} // namespace Jiandu::Review
