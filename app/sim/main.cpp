// jiandu-sim area --plan PLAN.json [--broker HOST:PORT] [--topic T] [--load N [--rate HZ]]
//                 [--seconds S] [--seed N]
// publishes a case-handling area's positions over MQTT (see AreaPublisher).
// jiandu-sim [--port N] [--cameras N] [--width W] [--height H] [--fps F] [--bitrate KBPS]
//            [--audio 0|1] [--source FILE.h264 [--sub-source FILE.h264]] [--no-control]
// Prints "camera N rtsp://…" for each camera, then "ready". Commands on standard input,
// one per line: "drop N", "restore N", "resize N W H", "quit" (end of input quits too). With
// --no-control standard input is ignored and the simulator runs until it is terminated (the demo).
#include "areapublisher.h"
#include "camerasimulator.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <gst/gst.h>
#include <string>

using Jiandu::AreaPublisher;
using Jiandu::CameraSimulator;

namespace {

const char kUsage[] =
    "Usage: jiandu-sim [--port N] [--cameras N] [--width W] [--height H] [--fps F]\n"
    "                  [--bitrate KBPS] [--audio 0|1] [--source FILE.h264\n"
    "                  [--sub-source FILE.h264] [--timeless]] [--no-control]\n"
    "Serves H.264 (+ Opus) test cameras over RTSP on 127.0.0.1 and prints\n"
    "\"camera N rtsp://...\" for each, then \"ready\". Port 0 picks a free port.\n"
    "--source loops a pre-encoded Annex B H.264 file at --fps instead of encoding\n"
    "(the main stream keeps its Opus tone unless --audio 0);\n"
    "--timeless sends it with no time in its frames (a broken encoder).\n"
    "Commands on standard input, one per line: drop N, restore N, resize N W H, quit.\n"
    "With --no-control standard input is ignored (runs until terminated).\n";

const char kAreaUsage[] =
    "Usage: jiandu-sim area --plan PLAN.json [--broker HOST:PORT] [--topic TOPIC]\n"
    "                       [--load N [--rate HZ]] [--seconds S] [--seed N]\n"
    "Publishes a case-handling area's positions over MQTT, one JSON position a message:\n"
    "the area's made-up day in real time (begun again when it ends), or with --load N\n"
    "tags walking in the plan's rooms at --rate positions a second each (default 10).\n"
    "Prints \"ready\", then \"published N unsent M\" every 10 s and when it stops.\n";

gboolean onAreaTick(gpointer data)
{
    auto *publisher = static_cast<std::pair<AreaPublisher *, GMainLoop *> *>(data);
    if (!publisher->first->tick()) {
        g_main_loop_quit(publisher->second);
        return FALSE;
    }
    return TRUE;
}

gboolean onAreaReport(gpointer data)
{
    const auto *publisher = static_cast<const AreaPublisher *>(data);
    std::printf("published %lld unsent %lld\n", static_cast<long long>(publisher->published()),
                static_cast<long long>(publisher->unsent()));
    std::fflush(stdout);
    return TRUE;
}

int runArea(int argc, char *argv[])
{
    AreaPublisher::Options options;
    for (int i = 2; i < argc; i += 2) {
        const std::string name = argv[i];
        if (name == "--help" || name == "-h") {
            std::printf("%s", kAreaUsage);
            return 0;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "jiandu-sim area: %s needs a value\n", name.c_str());
            return 2;
        }
        const std::string value = argv[i + 1];
        char *end = nullptr;
        const long number = std::strtol(value.c_str(), &end, 10);
        const bool isNumber = end && *end == '\0' && !value.empty();
        if (name == "--plan")
            options.plan = value;
        else if (name == "--broker")
            options.broker = value;
        else if (name == "--topic")
            options.topic = value;
        else if ((name == "--load" || name == "--rate" || name == "--seconds" ||
                  name == "--seed") &&
                 (!isNumber || number < 0 || number > 1000000)) {
            std::fprintf(stderr, "jiandu-sim area: %s takes a number from 0 to 1000000\n",
                         name.c_str());
            return 2;
        } else if (name == "--load")
            options.load = int(number);
        else if (name == "--rate")
            options.rateHz = int(number);
        else if (name == "--seconds")
            options.seconds = int(number);
        else if (name == "--seed")
            options.seed = quint32(number);
        else {
            std::fprintf(stderr, "jiandu-sim area: unknown option %s\n%s", name.c_str(),
                         kAreaUsage);
            return 2;
        }
    }
    if (options.plan.empty()) {
        std::fprintf(stderr, "jiandu-sim area: --plan is needed\n%s", kAreaUsage);
        return 2;
    }
    AreaPublisher publisher(options);
    std::string error;
    if (!publisher.start(&error)) {
        std::fprintf(stderr, "jiandu-sim area: %s\n", error.c_str());
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    GMainLoop *loop = g_main_loop_new(nullptr, FALSE);
    std::pair<AreaPublisher *, GMainLoop *> ticking{&publisher, loop};
    g_timeout_add(5, onAreaTick, &ticking);
    g_timeout_add_seconds(10, onAreaReport, &publisher);
    g_main_loop_run(loop);
    g_main_loop_unref(loop);
    onAreaReport(&publisher);
    return 0;
}

struct Context
{
    CameraSimulator *simulator;
    GMainLoop *loop;
};

gboolean onInput(GIOChannel *channel, GIOCondition, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    gchar *line = nullptr;
    if (g_io_channel_read_line(channel, &line, nullptr, nullptr, nullptr) != G_IO_STATUS_NORMAL) {
        g_main_loop_quit(context->loop);
        return FALSE;
    }
    int camera = 0;
    int width = 0;
    int height = 0;
    if (std::sscanf(line, "resize %d %d %d", &camera, &width, &height) == 3 && width >= 64 &&
        height >= 64)
        context->simulator->resize(camera, width & ~1, height & ~1);
    else if (std::sscanf(line, "drop %d", &camera) == 1)
        context->simulator->drop(camera);
    else if (std::sscanf(line, "restore %d", &camera) == 1)
        context->simulator->restore(camera);
    else if (std::strncmp(line, "quit", 4) == 0)
        g_main_loop_quit(context->loop);
    std::printf("ok %s", line);
    std::fflush(stdout);
    g_free(line);
    return TRUE;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "area") == 0)
        return runArea(argc, argv);
    gst_init(&argc, &argv);
    CameraSimulator::Options options;
    bool control = true;
    for (int i = 1; i < argc; i += 2) {
        const std::string name = argv[i];
        if (name == "--help" || name == "-h") {
            std::printf("%s", kUsage);
            return 0;
        }
        if (name == "--no-control") {
            control = false;
            --i;
            continue;
        }
        if (name == "--timeless") {
            options.timeless = true;
            --i;
            continue;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "jiandu-sim: %s needs a value\n", name.c_str());
            return 2;
        }
        const int value = std::atoi(argv[i + 1]);
        if (name == "--source")
            options.source = argv[i + 1];
        else if (name == "--sub-source")
            options.subSource = argv[i + 1];
        else if (name == "--port")
            options.port = value;
        else if (name == "--cameras")
            options.cameras = value;
        else if (name == "--width")
            options.width = value;
        else if (name == "--height")
            options.height = value;
        else if (name == "--fps")
            options.fps = value;
        else if (name == "--bitrate")
            options.bitrateKbps = value;
        else if (name == "--audio")
            options.audio = value != 0;
        else {
            std::fprintf(stderr, "jiandu-sim: unknown option %s\n", name.c_str());
            return 2;
        }
    }
    if (options.cameras < 1 || options.width < 64 || options.height < 64 || options.fps < 1 ||
        options.fps > 1000) {
        std::fprintf(stderr, "jiandu-sim: bad camera count or video size\n");
        return 2;
    }
    CameraSimulator simulator(options);
    if (!simulator.start()) {
        std::fprintf(stderr, "jiandu-sim: cannot serve on port %d\n", options.port);
        return 1;
    }
    for (int camera = 1; camera <= options.cameras; ++camera) {
        std::printf("camera %d %s\n", camera, simulator.url(camera).c_str());
        if (!simulator.subUrl(camera).empty())
            std::printf("substream %d %s\n", camera, simulator.subUrl(camera).c_str());
    }
    std::printf("ready\n");
    std::fflush(stdout);

    GMainLoop *loop = g_main_loop_new(nullptr, FALSE);
    Context context{&simulator, loop};
    GIOChannel *input = g_io_channel_unix_new(0);
    if (control)
        g_io_add_watch(input, GIOCondition(G_IO_IN | G_IO_HUP | G_IO_ERR), onInput, &context);
    g_main_loop_run(loop);
    g_io_channel_unref(input);
    g_main_loop_unref(loop);
    return 0;
}
