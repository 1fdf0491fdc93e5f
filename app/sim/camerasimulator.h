#pragma once

#include <map>
#include <string>

typedef struct _GstRTSPServer GstRTSPServer;
typedef struct _GstElement GstElement;

namespace Jiandu {

//! Simulated cameras on an RTSP server: /cam/1 … /cam/N, H.264 video of a moving pattern
//! (each camera its own colour) with the capture time stamped into every frame, and Opus
//! audio (a tone per camera). Cameras can be dropped (their sessions torn down, the mount
//! removed, as when a camera loses power) and restored.
class CameraSimulator
{
public:
    struct Options
    {
        int port = 8554; //!< 0 picks a free port
        int cameras = 4;
        int width = 1280;
        int height = 720;
        int fps = 25;
        int bitrateKbps = 2000;
        bool audio = true; //!< false: video only, like many cheap cameras
        //! Pre-encoded H.264 (Annex B) looped instead of live encoding: many cameras without
        //! the simulator's own encoding load (benchmarks). No stamps, no audio.
        std::string source;
        //! Also serve /cam/N/sub from this file: a camera's low-resolution sub-stream.
        std::string subSource;
        //! With a source: imitate a broken encoder whose frames carry no time (sent at the
        //! frame rate, but every RTP packet with the same timestamp).
        bool timeless = false;
        //! What a camera encoded live shows: "ball" (a coloured ball in the dark, each camera
        //! its colour) or "bars" (colour bars under the camera's name and the time: a
        //! picture camera health diagnosis finds sound, for the demo).
        std::string picture = "ball";
    };

    explicit CameraSimulator(const Options &options);
    ~CameraSimulator();
    CameraSimulator(const CameraSimulator &) = delete;
    CameraSimulator &operator=(const CameraSimulator &) = delete;

    //! Starts serving on 127.0.0.1; false if the port is taken.
    bool start();
    int port() const;
    std::string url(int camera) const;
    std::string subUrl(int camera) const; //!< empty without a sub-stream
    void drop(int camera);
    void restore(int camera);
    //! The camera starts sending \a width × \a height (a new SPS mid-stream, as when a
    //! camera's resolution is changed in its web page). False if nobody is watching it yet.
    bool resize(int camera, int width, int height);

private:
    void mount(int camera);
    Options m_options;
    GstRTSPServer *m_server = nullptr;
    std::map<int, GstElement *> m_sizeFilters;  // camera → its capsfilter, while it streams
    std::map<int, std::pair<int, int>> m_sizes; // cameras whose size was changed
};

} // namespace Jiandu
