#pragma once

#include "../documents/transcript.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <core/result.h>
#include <functional>

namespace Jiandu::Review {

//! Where and how to reach a speech recognition service.
struct AsrSettings
{
    QUrl endpoint;  //!< http(s)://host:port[/v1…] or ws(s)://host:port
    QString model;  //!< as the service names its models; empty: the service's default
    QString apiKey; //!< sent as a bearer token when set
    QString language = QStringLiteral("zh");
    int timeoutSeconds = 1800; //!< with nothing moving either way
};

//! One transcription under way at a service. Lives on the thread that made it (its network
//! I/O is asynchronous there); the callbacks are called on that thread, finished once.
class AsrJob : public QObject
{
public:
    using QObject::QObject;

    //! \a fraction 0–1, or −1 while the service works on what it received; \a stage in words.
    std::function<void(double fraction, const QString &stage)> progressed;
    std::function<void(const Result<Transcript> &result)> finished;

    //! Stops talking to the service; finished() follows with code "cancelled".
    virtual void cancel() = 0;

protected:
    void report(double fraction, const QString &stage)
    {
        if (progressed && !m_done)
            progressed(fraction, stage);
    }
    void finish(const Result<Transcript> &result)
    {
        if (m_done)
            return;
        m_done = true;
        if (finished)
            finished(result);
    }

private:
    bool m_done = false;
};

//! A speech recognition engine (a plugin in plugins/asr): takes the 16 kHz mono WAV the media
//! engine extracts (AudioExtraction) and gives back a timed transcript. No model ships with
//! Jiandu: engines talk to a service the site runs.
class AsrEngine
{
public:
    virtual ~AsrEngine() = default;
    virtual QString id() const = 0;          //!< "openai", "funasr"
    virtual QString displayName() const = 0; //!< in the UI's language
    virtual AsrJob *transcribe(const QString &wavPath, const AsrSettings &settings,
                               QObject *parent) = 0;
};

} // namespace Jiandu::Review

#define Jiandu_Review_AsrEngine_iid "org.jiandu.AsrEngine/1"
Q_DECLARE_INTERFACE(Jiandu::Review::AsrEngine, Jiandu_Review_AsrEngine_iid)
