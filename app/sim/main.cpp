// jiandu-sim area --plan PLAN.json [--broker HOST:PORT] [--topic T] [--load N [--rate HZ]]
//                 [--seconds S] [--seed N]
// publishes a case-handling area's positions over MQTT (see AreaPublisher).
// jiandu-sim patrols --map MAP.json [--broker HOST:PORT] [--topic T] [--officers N]
//                    [--vehicles N] [--rate HZ] [--seconds S] [--seed N]
// publishes officers' and vehicles' positions on the site's streets (see PatrolPublisher).
// jiandu-sim [--port N] [--cameras N] [--width W] [--height H] [--fps F] [--bitrate KBPS]
//            [--audio 0|1] [--source FILE.h264 [--sub-source FILE.h264]] [--no-control]
// Prints "camera N rtsp://…" for each camera, then "ready". Commands on standard input,
// one per line: "drop N", "restore N", "resize N W H", "quit" (end of input quits too). With
// --no-control standard input is ignored and the simulator runs until it is terminated (the demo).
#include "areapublisher.h"
#include "camerasimulator.h"
#include "patrolpublisher.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <gst/gst.h>
#include <string>

using Jiandu::AreaPublisher;
using Jiandu::CameraSimulator;
using Jiandu::PatrolPublisher;

namespace {

const char kUsage[] =
    "Usage: jiandu-sim [--port N] [--cameras N] [--width W] [--height H] [--fps F]\n"
    "                  [--bitrate KBPS] [--audio 0|1] [--source FILE.h264\n"
    "                  [--sub-source FILE.h264] [--timeless]] [--picture ball|bars]\n"
    "                  [--no-control]\n"
    "Serves H.264 (+ Opus) test cameras over RTSP on 127.0.0.1 and prints\n"
    "\"camera N rtsp://...\" for each, then \"ready\". Port 0 picks a free port.\n"
    "--source loops a pre-encoded Annex B H.264 file at --fps instead of encoding\n"
    "(the main stream keeps its Opus tone unless --audio 0);\n"
    "--timeless sends it with no time in its frames (a broken encoder).\n"
    "--picture: what the encoded cameras show, a ball in the dark (default) or\n"
    "colour bars with the camera's name and the time.\n"
    "Commands on standard input, one per line: drop N, restore N, resize N W H, quit.\n"
    "With --no-control standard input is ignored (runs until terminated).\n";

const char kAreaUsage[] =
    "Usage: jiandu-sim area --plan PLAN.json [--broker HOST:PORT] [--topic TOPIC]\n"
    "                       [--load N [--rate HZ]] [--seconds S] [--seed N]\n"
    "Publishes a case-handling area's positions over MQTT, one JSON position a message:\n"
    "the area's made-up day in real time (begun again when it ends), or with --load N\n"
    "tags walking in the plan's rooms at --rate positions a second each (default 10).\n"
    "Prints \"ready\", then \"published N unsent M\" every 10 s and when it stops.\n";

const char kPatrolsUsage[] =
    "Usage: jiandu-sim patrols --map MAP.json [--broker HOST:PORT] [--topic TOPIC]\n"
    "                          [--officers N] [--vehicles N] [--rate HZ] [--seconds S]\n"
    "                          [--seed N]\n"
    "Publishes officers' and vehicles' positions walking and driving the site map's\n"
    "streets over MQTT, one JSON position a message, each at --rate a second (default 1).\n"
    "Prints \"ready\", then \"published N unsent M\" every 10 s and when it stops.\n";

template <typename Publisher> gboolean onTick(gpointer data)
{
    auto *running = static_cast<std::pair<Publisher *, GMainLoop *> *>(data);
    if (!running->first->tick()) {
        g_main_loop_quit(running->second);
        return FALSE;
    }
    return TRUE;
}

template <typename Publisher> gboolean onReport(gpointer data)
{
    const auto *publisher = static_cast<const Publisher *>(data);
    std::printf("published %lld unsent %lld\n", static_cast<long long>(publisher->published()),
                static_cast<long long>(publisher->unsent()));
    std::fflush(stdout);
    return TRUE;
}

//! Reads "--name value" pairs after the subcommand into \a take (false: unknown option);
//! numbers are checked to be 0 to 1000000. 0 to go on, else the exit code.
template <typename Take>
int readOptions(int argc, char *argv[], const char *command, const char *usage,
                std::initializer_list<const char *> numeric, Take take)
{
    for (int i = 2; i < argc; i += 2) {
        const std::string name = argv[i];
        if (name == "--help" || name == "-h") {
            std::printf("%s", usage);
            return -1;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "jiandu-sim %s: %s needs a value\n", command, name.c_str());
            return 2;
        }
        const std::string value = argv[i + 1];
        char *end = nullptr;
        const long number = std::strtol(value.c_str(), &end, 10);
        const bool isNumber = end && *end == '\0' && !value.empty();
        const bool wantsNumber = std::any_of(numeric.begin(), numeric.end(),
                                             [&name](const char *n) { return name == n; });
        if (wantsNumber && (!isNumber || number < 0 || number > 1000000)) {
            std::fprintf(stderr, "jiandu-sim %s: %s takes a number from 0 to 1000000\n", command,
                         name.c_str());
            return 2;
        }
        if (!take(name, value, number)) {
            std::fprintf(stderr, "jiandu-sim %s: unknown option %s\n%s", command, name.c_str(),
                         usage);
            return 2;
        }
    }
    return 0;
}

//! Starts \a publisher, prints "ready" and ticks it every 5 ms until its time is up.
template <typename Publisher> int publishUntilDone(Publisher &publisher, const char *command)
{
    std::string error;
    if (!publisher.start(&error)) {
        std::fprintf(stderr, "jiandu-sim %s: %s\n", command, error.c_str());
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    GMainLoop *loop = g_main_loop_new(nullptr, FALSE);
    std::pair<Publisher *, GMainLoop *> ticking{&publisher, loop};
    g_timeout_add(5, onTick<Publisher>, &ticking);
    g_timeout_add_seconds(10, onReport<Publisher>, &publisher);
    g_main_loop_run(loop);
    g_main_loop_unref(loop);
    onReport<Publisher>(&publisher);
    return 0;
}

int runArea(int argc, char *argv[])
{
    AreaPublisher::Options options;
    const int read =
        readOptions(argc, argv, "area", kAreaUsage, {"--load", "--rate", "--seconds", "--seed"},
                    [&options](const std::string &name, const std::string &value, long number) {
                        if (name == "--plan")
                            options.plan = value;
                        else if (name == "--broker")
                            options.broker = value;
                        else if (name == "--topic")
                            options.topic = value;
                        else if (name == "--load")
                            options.load = int(number);
                        else if (name == "--rate")
                            options.rateHz = int(number);
                        else if (name == "--seconds")
                            options.seconds = int(number);
                        else if (name == "--seed")
                            options.seed = quint32(number);
                        else
                            return false;
                        return true;
                    });
    if (read != 0)
        return read < 0 ? 0 : read;
    if (options.plan.empty()) {
        std::fprintf(stderr, "jiandu-sim area: --plan is needed\n%s", kAreaUsage);
        return 2;
    }
    AreaPublisher publisher(options);
    return publishUntilDone(publisher, "area");
}

int runPatrols(int argc, char *argv[])
{
    PatrolPublisher::Options options;
    const int read =
        readOptions(argc, argv, "patrols", kPatrolsUsage,
                    {"--officers", "--vehicles", "--rate", "--seconds", "--seed"},
                    [&options](const std::string &name, const std::string &value, long number) {
                        if (name == "--map")
                            options.map = value;
                        else if (name == "--broker")
                            options.broker = value;
                        else if (name == "--topic")
                            options.topic = value;
                        else if (name == "--officers")
                            options.officers = int(number);
                        else if (name == "--vehicles")
                            options.vehicles = int(number);
                        else if (name == "--rate")
                            options.rateHz = int(number);
                        else if (name == "--seconds")
                            options.seconds = int(number);
                        else if (name == "--seed")
                            options.seed = quint32(number);
                        else
                            return false;
                        return true;
                    });
    if (read != 0)
        return read < 0 ? 0 : read;
    if (options.map.empty()) {
        std::fprintf(stderr, "jiandu-sim patrols: --map is needed\n%s", kPatrolsUsage);
        return 2;
    }
    PatrolPublisher publisher(options);
    return publishUntilDone(publisher, "patrols");
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
    if (argc > 1 && std::strcmp(argv[1], "patrols") == 0)
        return runPatrols(argc, argv);
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
        else if (name == "--picture" &&
                 (std::strcmp(argv[i + 1], "ball") == 0 || std::strcmp(argv[i + 1], "bars") == 0))
            options.picture = argv[i + 1];
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
