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

void CameraSimulator::mount(int camera)
{
    static const char *colours[] = {"0xffffffff", "0xffff5252", "0xff69f0ae", "0xff40c4ff",
                                    "0xffffd740", "0xffe040fb", "0xffff6e40", "0xffb2ff59"};
    const Options &o = m_options;
    const std::string launch =
        "( videotestsrc is-live=true pattern=ball foreground-color=" +
        std::string(colours[camera % 8]) +
        " ! video/x-raw,format=I420,width=" + std::to_string(o.width) +
        ",height=" + std::to_string(o.height) + ",framerate=" + std::to_string(o.fps) +
        "/1 ! identity name=stamp ! x264enc tune=zerolatency speed-preset=ultrafast "
        "key-int-max=" +
        std::to_string(o.fps) + " bitrate=" + std::to_string(o.bitrateKbps) +
        " ! video/x-h264,profile=constrained-baseline ! rtph264pay name=pay0 pt=96 "
        "config-interval=-1 " +
        (o.audio ? "audiotestsrc is-live=true wave=sine volume=0.05 freq=" +
                       std::to_string(330 + 110 * camera) +
                       " ! audioconvert ! audioresample ! opusenc ! rtpopuspay name=pay1 pt=97 "
                 : std::string()) +
        ")";
    GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
    gst_rtsp_media_factory_set_launch(factory, launch.c_str());
    gst_rtsp_media_factory_set_shared(factory, TRUE);
    g_signal_connect(factory, "media-configure",
                     G_CALLBACK(+[](GstRTSPMediaFactory *, GstRTSPMedia *media, gpointer data) {
                         const int width = GPOINTER_TO_INT(data);
                         GstElement *element = gst_rtsp_media_get_element(media);
                         GstElement *stamp = gst_bin_get_by_name(GST_BIN(element), "stamp");
                         GstPad *pad = gst_element_get_static_pad(stamp, "src");
                         gst_pad_add_probe(
                             pad, GST_PAD_PROBE_TYPE_BUFFER,
                             [](GstPad *, GstPadProbeInfo *info, gpointer w) {
                                 GstBuffer *buffer =
                                     gst_buffer_make_writable(gst_pad_probe_info_get_buffer(info));
                                 GST_PAD_PROBE_INFO_DATA(info) = buffer;
                                 GstMapInfo map;
                                 if (gst_buffer_map(buffer, &map, GST_MAP_WRITE)) {
                                     const int width = GPOINTER_TO_INT(w);
                                     // I420: the luma plane comes first, stride = width.
                                     FrameStamp::write(map.data, width, width,
                                                       int(map.size / width), nowMs());
                                     gst_buffer_unmap(buffer, &map);
                                 }
                                 return GST_PAD_PROBE_OK;
                             },
                             GINT_TO_POINTER(width), nullptr);
                         gst_object_unref(pad);
                         gst_object_unref(stamp);
                         gst_object_unref(element);
                     }),
                     GINT_TO_POINTER(o.width));
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

} // namespace Jiandu
