// jiandu-sim [--port N] [--cameras N] [--width W] [--height H] [--fps F] [--bitrate KBPS]
//            [--audio 0|1] [--source FILE.h264 [--sub-source FILE.h264]] [--no-control]
// Prints "camera N rtsp://…" for each camera, then "ready". Commands on standard input,
// one per line: "drop N", "restore N", "resize N W H", "quit" (end of input quits too). With
// --no-control standard input is ignored and the simulator runs until it is terminated (the demo).
#include "camerasimulator.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <gst/gst.h>
#include <string>

using Jiandu::CameraSimulator;

namespace {

const char kUsage[] =
    "Usage: jiandu-sim [--port N] [--cameras N] [--width W] [--height H] [--fps F]\n"
    "                  [--bitrate KBPS] [--audio 0|1] [--source FILE.h264\n"
    "                  [--sub-source FILE.h264] [--timeless]] [--no-control]\n"
    "Serves H.264 (+ Opus) test cameras over RTSP on 127.0.0.1 and prints\n"
    "\"camera N rtsp://...\" for each, then \"ready\". Port 0 picks a free port.\n"
    "--source loops a pre-encoded Annex B H.264 file at --fps instead of encoding;\n"
    "--timeless sends it with no time in its frames (a broken encoder).\n"
    "Commands on standard input, one per line: drop N, restore N, resize N W H, quit.\n"
    "With --no-control standard input is ignored (runs until terminated).\n";

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
