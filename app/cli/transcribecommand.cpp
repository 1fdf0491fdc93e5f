#include "transcribecommand.h"

#include <QEventLoop>
#include <QSaveFile>
#include <core/boundedfile.h>
#include <review/asr/asrengines.h>
#include <review/asr/transcription.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

namespace {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    QStringList engines;
    for (const Review::AsrEngine *engine : Review::AsrEngines::all())
        engines << engine->id();
    parser.setApplicationDescription(
        u"Makes the speech transcript (转写) of a recording: its sound is taken by the media "
        "engine (16 kHz mono) and sent to a speech recognition service the site runs; no model "
        "ships with Jiandu.\n"
        "Engines installed: %1. openai: the OpenAI-compatible /v1/audio/transcriptions "
        "(faster-whisper-server, whisper.cpp's server, FunASR's OpenAI API …), --endpoint "
        "http(s)://HOST:PORT. funasr: FunASR's runtime server, --endpoint ws://HOST:10095.\n"
        "--out FILE.vtt writes WebVTT, anything else timed JSON segments (what `jiandu-cli "
        "align` reads). Progress goes to standard error."_s.arg(engines.join(u", "_s)));
    parser.addPositionalArgument(u"RECORDING"_s, u"The recording (any format GStreamer reads)."_s);
    const QCommandLineOption engine(u"engine"_s, u"The engine: openai or funasr."_s, u"ID"_s);
    const QCommandLineOption endpoint(u"endpoint"_s, u"The service's address."_s, u"URL"_s);
    const QCommandLineOption model(u"model"_s, u"The model, as the service names it."_s, u"NAME"_s);
    const QCommandLineOption language(u"language"_s, u"The language (default zh)."_s, u"CODE"_s,
                                      u"zh"_s);
    const QCommandLineOption keyFile(
        u"api-key-file"_s, u"A file whose first line is the service's API key."_s, u"FILE"_s);
    const QCommandLineOption timeout(u"timeout"_s,
                                     u"Seconds with nothing moving before giving up (1800)."_s,
                                     u"SECONDS"_s, u"1800"_s);
    const QCommandLineOption out(u"out"_s, u"Where to write the transcript."_s, u"FILE"_s);
    parser.addOptions({engine, endpoint, model, language, keyFile, timeout, out});
    if (const int code = parseCommandLine(
            parser, arguments, u"transcribe RECORDING --engine ID --endpoint URL --out FILE"_s);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(engine) ||
        !parser.isSet(endpoint) || !parser.isSet(out)) {
        printError(u"transcribe needs RECORDING, --engine, --endpoint and --out."_s);
        return ExitUsage;
    }
    Review::AsrEngine *chosen = Review::AsrEngines::find(parser.value(engine));
    if (!chosen) {
        printError(u"no speech recognition engine \"%1\" is installed (installed: %2)."_s.arg(
            parser.value(engine), engines.join(u", "_s)));
        return ExitUsage;
    }
    Review::AsrSettings settings;
    settings.endpoint = QUrl(parser.value(endpoint));
    settings.model = parser.value(model);
    settings.language = parser.value(language);
    bool ok = false;
    settings.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || settings.timeoutSeconds < 1 || settings.timeoutSeconds > 86400) {
        printError(u"--timeout is a number of seconds from 1 to 86400."_s);
        return ExitUsage;
    }
    if (parser.isSet(keyFile)) {
        const auto key = BoundedFile::read(parser.value(keyFile), 4096);
        if (!key) {
            printError(key.error().text());
            return ExitFailure;
        }
        settings.apiKey = QString::fromUtf8(key->split('\n').value(0)).trimmed();
    }
    if (auto target = BoundedFile::checkTarget(parser.value(out)); !target) {
        printError(target.error().text());
        return ExitFailure;
    }

    Review::Transcription transcription(chosen, settings);
    QEventLoop loop;
    QObject::connect(&transcription, &Review::Transcription::finished, &loop, &QEventLoop::quit);
    int lastPercent = -2;
    QObject::connect(
        &transcription, &Review::Transcription::progressed,
        [&](double fraction, const QString &stage) {
            const int percent = fraction < 0 ? -1 : int(fraction * 100);
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            std::fprintf(stderr, "%s\n",
                         qPrintable(percent < 0 ? stage : u"%1 %2 %"_s.arg(stage).arg(percent)));
        });
    transcription.start(parser.positionalArguments().constFirst());
    loop.exec();
    const auto &result = transcription.result();
    if (!result) {
        printError(result.error().text());
        return ExitFailure;
    }
    const QByteArray bytes = parser.value(out).endsWith(u".vtt"_s, Qt::CaseInsensitive)
                                 ? result->toWebVtt()
                                 : result->toJson();
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(u"%1 cannot be written: %2"_s.arg(parser.value(out), file.errorString()));
        return ExitFailure;
    }
    for (const QString &warning : result->warnings)
        printError(u"warning: "_s + warning);
    printOut(u"%1 segments, %2 s, written to %3"_s.arg(result->segments.size())
                 .arg(double(result->endMs()) / 1000.0, 0, 'f', 1)
                 .arg(parser.value(out)));
    return ExitOk;
}

} // namespace

Command transcribeCommand()
{
    return {u"transcribe"_s, u"Make a recording's speech transcript with a recognition service."_s,
            run};
}

} // namespace Jiandu::Cli
