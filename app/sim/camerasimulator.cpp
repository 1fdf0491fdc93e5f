#include "camerasimulator.h"

#include <chrono>
#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>
#include <media/framestamp.h>
#include <string>

namespace Jiandu {

namespace {

std::string path(int camera)
{
    return "/cam/" + std::to_string(camera);
}

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

CameraSimulator::CameraSimulator(const Options &options)
    : m_options(options)
{}

CameraSimulator::~CameraSimulator()
{
    for (auto &[camera, filter] : m_sizeFilters)
        gst_object_unref(filter);
    if (m_server)
        g_object_unref(m_server);
}

bool CameraSimulator::start()
{
    m_server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(m_server, "127.0.0.1");
    gst_rtsp_server_set_service(m_server, std::to_string(m_options.port).c_str());
    for (int camera = 1; camera <= m_options.cameras; ++camera)
        mount(camera);
    return gst_rtsp_server_attach(m_server, nullptr) != 0;
}

int CameraSimulator::port() const
{
    return gst_rtsp_server_get_bound_port(m_server);
}

std::string CameraSimulator::url(int camera) const
{
    return "rtsp://127.0.0.1:" + std::to_string(port()) + path(camera);
}

namespace {

// A pre-encoded file looped at its frame rate, as a camera would send it. The file carries
// no time, and h264parse does not invent presentation times, so the probe installed by
// stampFrames() gives each access unit its place on the frame-rate grid.
std::string loopedFile(const std::string &file, int fps, const std::string &sound)
{
    return "( multifilesrc location=\"" + file +
           "\" loop=true caps=\"video/x-h264,stream-format=byte-stream,framerate=" +
           std::to_string(fps) +
           "/1\" ! h264parse name=parse ! video/x-h264,alignment=au ! identity name=pace sync=true "
           "! rtph264pay name=pay0 pt=96 config-interval=-1 " +
           sound + ")";
}

// The camera's sound: a quiet tone of its own pitch, Opus as many cameras send it.
std::string tone(int camera)
{
    return "audiotestsrc is-live=true wave=sine volume=0.05 freq=" +
           std::to_string(330 + 110 * camera) +
           " ! audioconvert ! audioresample ! opusenc ! rtpopuspay name=pay1 pt=97 ";
}

// Stamps every frame leaving the element "parse" of \a media with PTS = DTS = n / fps (the
// pace it is sent at); \a timeless takes the time away again once it has been paced.
void stampFrames(GstRTSPMedia *media, int fps, bool timeless)
{
    struct Grid
    {
        guint64 frames = 0;
        int fps = 25;
    };
    GstElement *element = gst_rtsp_media_get_element(media);
    GstElement *parse = gst_bin_get_by_name(GST_BIN(element), "parse");
    GstPad *pad = gst_element_get_static_pad(parse, "src");
    gst_pad_add_probe(
        pad, GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer data) {
            auto *grid = static_cast<Grid *>(data);
            GstBuffer *buffer = gst_buffer_make_writable(gst_pad_probe_info_get_buffer(info));
            GST_PAD_PROBE_INFO_DATA(info) = buffer;
            const GstClockTime duration = gst_util_uint64_scale_int(GST_SECOND, 1, grid->fps);
            GST_BUFFER_PTS(buffer) = GST_BUFFER_DTS(buffer) = grid->frames * duration;
            GST_BUFFER_DURATION(buffer) = duration;
            ++grid->frames;
            return GST_PAD_PROBE_OK;
        },
        new Grid{0, fps}, [](gpointer data) { delete static_cast<Grid *>(data); });
    gst_object_unref(pad);
    gst_object_unref(parse);
    if (timeless) {
        GstElement *pace = gst_bin_get_by_name(GST_BIN(element), "pace");
        GstPad *paced = gst_element_get_static_pad(pace, "src");
        gst_pad_add_probe(
            paced, GST_PAD_PROBE_TYPE_BUFFER,
            [](GstPad *, GstPadProbeInfo *info, gpointer) {
                GstBuffer *buffer = gst_buffer_make_writable(gst_pad_probe_info_get_buffer(info));
                GST_PAD_PROBE_INFO_DATA(info) = buffer;
                GST_BUFFER_PTS(buffer) = GST_BUFFER_DTS(buffer) = 0;
                return GST_PAD_PROBE_OK;
            },
            nullptr, nullptr);
        gst_object_unref(paced);
        gst_object_unref(pace);
    }
    gst_object_unref(element);
}

} // namespace

std::string CameraSimulator::subUrl(int camera) const
{
    return m_options.subSource.empty() ? std::string() : url(camera) + "/sub";
}

void CameraSimulator::mount(int camera)
{
    if (!m_options.source.empty()) {
        GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(m_server);
        const auto add = [&](const std::string &file, const std::string &at,
                             const std::string &sound) {
            GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
            gst_rtsp_media_factory_set_launch(factory,
                                              loopedFile(file, m_options.fps, sound).c_str());
            gst_rtsp_media_factory_set_shared(factory, TRUE);
            g_signal_connect(
                factory, "media-configure",
                // The frame rate in the low bits, "timeless" in bit 16.
                G_CALLBACK(+[](GstRTSPMediaFactory *, GstRTSPMedia *media, gpointer packed) {
                    const int value = GPOINTER_TO_INT(packed);
                    stampFrames(media, value & 0xffff, (value >> 16) != 0);
                }),
                GINT_TO_POINTER(m_options.fps | (m_options.timeless ? 1 << 16 : 0)));
            gst_rtsp_mount_points_add_factory(mounts, at.c_str(), factory);
        };
        add(m_options.source, path(camera), m_options.audio ? tone(camera) : std::string());
        if (!m_options.subSource.empty())
            add(m_options.subSource, path(camera) + "/sub", {});
        g_object_unref(mounts);
        return;
    }
    static const char *colours[] = {"0xffffffff", "0xffff5252", "0xff69f0ae", "0xff40c4ff",
                                    "0xffffd740", "0xffe040fb", "0xffff6e40", "0xffb2ff59"};
    const Options &o = m_options;
    const std::string picture = o.picture == "bars"
                                    ? "videotestsrc is-live=true pattern=smpte"
                                    : "videotestsrc is-live=true pattern=ball foreground-color=" +
                                          std::string(colours[camera % 8]);
    const std::string caption =
        o.picture == "bars"
            ? " ! clockoverlay font-desc=\"Sans 20\" halignment=center valignment=center "
              "time-format=\"%Y-%m-%d %H:%M:%S\" text=\"camera " +
                  std::to_string(camera) + "\""
            : std::string();
    const std::string launch =
        "( " + picture +
        " ! capsfilter name=size caps=video/x-raw,format=I420,width=" + std::to_string(o.width) +
        ",height=" + std::to_string(o.height) + ",framerate=" + std::to_string(o.fps) + "/1" +
        caption +
        " ! identity name=stamp ! x264enc tune=zerolatency speed-preset=ultrafast "
        "key-int-max=" +
        std::to_string(o.fps) + " bitrate=" + std::to_string(o.bitrateKbps) +
        " ! video/x-h264,profile=constrained-baseline ! rtph264pay name=pay0 pt=96 "
        "config-interval=-1 " +
        (o.audio ? tone(camera) : std::string()) + ")";
    GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
    gst_rtsp_media_factory_set_launch(factory, launch.c_str());
    gst_rtsp_media_factory_set_shared(factory, TRUE);
    struct Configure
    {
        CameraSimulator *self;
        int camera;
    };
    g_signal_connect_data(
        factory, "media-configure",
        G_CALLBACK(+[](GstRTSPMediaFactory *, GstRTSPMedia *media, gpointer data) {
            const auto *c = static_cast<Configure *>(data);
            GstElement *element = gst_rtsp_media_get_element(media);
            GstElement *stamp = gst_bin_get_by_name(GST_BIN(element), "stamp");
            GstPad *pad = gst_element_get_static_pad(stamp, "src");
            gst_pad_add_probe(
                pad, GST_PAD_PROBE_TYPE_BUFFER,
                [](GstPad *pad, GstPadProbeInfo *info, gpointer) {
                    int width = 0;
                    if (GstCaps *caps = gst_pad_get_current_caps(pad)) {
                        gst_structure_get_int(gst_caps_get_structure(caps, 0), "width", &width);
                        gst_caps_unref(caps);
                    }
                    GstBuffer *buffer =
                        gst_buffer_make_writable(gst_pad_probe_info_get_buffer(info));
                    GST_PAD_PROBE_INFO_DATA(info) = buffer;
                    GstMapInfo map;
                    if (width > 0 && gst_buffer_map(buffer, &map, GST_MAP_WRITE)) {
                        // I420: the luma plane comes first, stride = width.
                        FrameStamp::write(map.data, width, width, int(map.size / width), nowMs());
                        gst_buffer_unmap(buffer, &map);
                    }
                    return GST_PAD_PROBE_OK;
                },
                nullptr, nullptr);
            gst_object_unref(pad);
            gst_object_unref(stamp);
            GstElement *&filter = c->self->m_sizeFilters[c->camera];
            if (filter)
                gst_object_unref(filter);
            filter = gst_bin_get_by_name(GST_BIN(element), "size");
            gst_object_unref(element);
            // A camera keeps the size it was changed to when it is watched again.
            if (const auto size = c->self->m_sizes.find(c->camera); size != c->self->m_sizes.end())
                c->self->resize(c->camera, size->second.first, size->second.second);
        }),
        new Configure{this, camera},
        [](gpointer data, GClosure *) { delete static_cast<Configure *>(data); }, GConnectFlags(0));
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(m_server);
    gst_rtsp_mount_points_add_factory(mounts, path(camera).c_str(), factory);
    g_object_unref(mounts);
}

void CameraSimulator::drop(int camera)
{
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(m_server);
    gst_rtsp_mount_points_remove_factory(mounts, path(camera).c_str());
    g_object_unref(mounts);
    // Close every client watching this camera, as a camera losing power would.
    const std::string target = path(camera);
    gst_rtsp_server_client_filter(
        m_server,
        [](GstRTSPServer *, GstRTSPClient *client, gpointer data) {
            const auto &target = *static_cast<const std::string *>(data);
            bool watching = false;
            GList *sessions = gst_rtsp_client_session_filter(
                client,
                [](GstRTSPClient *, GstRTSPSession *, gpointer) { return GST_RTSP_FILTER_REF; },
                nullptr);
            for (GList *s = sessions; s; s = s->next) {
                gint matched = 0;
                if (gst_rtsp_session_get_media(GST_RTSP_SESSION(s->data), target.c_str(), &matched))
                    watching = true;
            }
            g_list_free_full(sessions, g_object_unref);
            if (watching)
                gst_rtsp_client_close(client);
            return GST_RTSP_FILTER_KEEP;
        },
        const_cast<std::string *>(&target));
}

void CameraSimulator::restore(int camera)
{
    mount(camera);
}

bool CameraSimulator::resize(int camera, int width, int height)
{
    m_sizes[camera] = {width, height};
    const auto it = m_sizeFilters.find(camera);
    if (it == m_sizeFilters.end())
        return false;
    GstCaps *caps = gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "I420", "width",
                                        G_TYPE_INT, width, "height", G_TYPE_INT, height,
                                        "framerate", GST_TYPE_FRACTION, m_options.fps, 1, nullptr);
    g_object_set(it->second, "caps", caps, nullptr);
    gst_caps_unref(caps);
    return true;
}

} // namespace Jiandu
