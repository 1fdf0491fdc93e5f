#include "faultyviews.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <string>

namespace Jiandu::Analytics::Testing {

const char *viewKindKey(ViewKind kind)
{
    static const char *keys[] = {"day",         "night", "covered", "blur",  "frozen",
                                 "colour-cast", "dark",  "bright",  "noise", "moved"};
    return keys[int(kind)];
}

cv::Mat drawScene(cv::Size size, quint64 seed)
{
    cv::RNG rng(seed);
    cv::Mat scene(size, CV_8UC3);
    // Walls and floor: two gradients.
    const int horizon = size.height * rng.uniform(35, 55) / 100;
    for (int y = 0; y < size.height; ++y) {
        const double t = double(y) / size.height;
        const cv::Scalar colour = y < horizon ? cv::Scalar(150 + 40 * t, 160 + 30 * t, 170)
                                              : cv::Scalar(90 + 30 * t, 100 + 20 * t, 110);
        scene.row(y).setTo(colour);
    }
    // Blocks (doors, tables, cabinets) with edges and a little texture.
    for (int i = 0; i < 40; ++i) {
        const cv::Point a(rng.uniform(0, size.width), rng.uniform(0, size.height));
        const cv::Size s(rng.uniform(size.width / 30, size.width / 6),
                         rng.uniform(size.height / 30, size.height / 5));
        const cv::Scalar colour(rng.uniform(20, 235), rng.uniform(20, 235), rng.uniform(20, 235));
        cv::rectangle(scene, cv::Rect(a, s), colour, cv::FILLED);
        cv::rectangle(scene, cv::Rect(a, s), colour * 0.5, 2);
    }
    for (int i = 0; i < 25; ++i)
        cv::line(scene, {rng.uniform(0, size.width), rng.uniform(0, size.height)},
                 {rng.uniform(0, size.width), rng.uniform(0, size.height)},
                 cv::Scalar(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255)),
                 rng.uniform(1, 4), cv::LINE_AA);
    for (int i = 0; i < 12; ++i)
        cv::circle(scene, {rng.uniform(0, size.width), rng.uniform(0, size.height)},
                   rng.uniform(5, size.height / 10),
                   cv::Scalar(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255)),
                   cv::FILLED, cv::LINE_AA);
    for (int i = 0; i < 8; ++i)
        cv::putText(scene, "ROOM " + std::to_string(rng.uniform(100, 999)),
                    {rng.uniform(0, size.width), rng.uniform(20, size.height)},
                    cv::FONT_HERSHEY_SIMPLEX, rng.uniform(5, 15) / 10.0, cv::Scalar(30, 30, 30), 2,
                    cv::LINE_AA);
    // The texture of real surfaces.
    cv::Mat grain(size, CV_16SC3);
    rng.fill(grain, cv::RNG::NORMAL, 0, 6);
    cv::Mat textured;
    scene.convertTo(textured, CV_16SC3);
    textured += grain;
    textured.convertTo(scene, CV_8UC3);
    cv::GaussianBlur(scene, scene, cv::Size(3, 3), 0.7);
    return scene;
}

namespace {

void addNoise(cv::Mat &picture, double sigma, cv::RNG &rng)
{
    cv::Mat noise(picture.size(), CV_16SC3);
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::Mat wide;
    picture.convertTo(wide, CV_16SC3);
    wide += noise;
    wide.convertTo(picture, CV_8UC3);
}

void stampClock(cv::Mat &picture, int second)
{
    const int h = 10 + second / 3600 % 24;
    const int m = second / 60 % 60;
    const int s = second % 60;
    char text[64];
    std::snprintf(text, sizeof text, "2026-11-29 %02d:%02d:%02d", h, m, s);
    const double scale = picture.cols / 900.0;
    cv::putText(picture, text, {picture.cols / 40, picture.rows / 12}, cv::FONT_HERSHEY_SIMPLEX,
                scale, cv::Scalar(255, 255, 255), std::max(1, int(2 * scale)), cv::LINE_AA);
}

} // namespace

cv::Mat renderView(const cv::Mat &scene, const ViewOptions &o)
{
    // A frozen camera gives its first picture again and again, noise and clock included.
    const int picture = o.kind == ViewKind::Frozen ? 0 : o.picture;
    cv::RNG rng(o.seed * 7919 + quint64(picture) + 1);
    cv::RNG particulars(o.seed); // the same for every picture of a clip
    const double strength = std::clamp(o.strength, 0.0, 1.0);

    // Room to move: the scene is at least half as large again as the view.
    cv::Mat source = scene;
    const double grow = std::max(1.5 * o.size.width / scene.cols, 1.5 * o.size.height / scene.rows);
    if (grow > 1)
        cv::resize(scene, source, cv::Size(), grow, grow, cv::INTER_LINEAR);
    cv::Point at((source.cols - o.size.width) / 2, (source.rows - o.size.height) / 2);
    if (o.kind == ViewKind::Moved) {
        const double angle = particulars.uniform(0.0, 2 * M_PI);
        const double reach = 0.3 + 0.7 * strength; // of the room there is
        at.x += int(std::cos(angle) * reach * (source.cols - o.size.width) / 2);
        at.y += int(std::sin(angle) * reach * (source.rows - o.size.height) / 2);
    }
    cv::Mat view = source(cv::Rect(at, o.size)).clone();

    // Someone walking through, and the on-screen clock.
    const int step = std::max(4, o.size.width / 40);
    const int x = int((quint64(picture) * step + o.seed * 37) % quint64(o.size.width));
    const int height = o.size.height / 3;
    const cv::Point feet(x, o.size.height * 5 / 6);
    cv::rectangle(view, cv::Rect(feet.x - height / 8, feet.y - height, height / 4, height),
                  cv::Scalar(60, 50, 40), cv::FILLED);
    cv::circle(view, {feet.x, feet.y - height - height / 10}, height / 9, cv::Scalar(120, 150, 190),
               cv::FILLED, cv::LINE_AA);
    stampClock(view, 3600 + picture);

    double sigma = 2;
    switch (o.kind) {
    case ViewKind::Day:
    case ViewKind::Frozen:
    case ViewKind::Moved:
        break;
    case ViewKind::Night: {
        cv::Mat grey;
        cv::cvtColor(view, grey, cv::COLOR_BGR2GRAY);
        cv::cvtColor(grey, view, cv::COLOR_GRAY2BGR);
        view.convertTo(view, -1, particulars.uniform(0.35, 0.5), 0);
        sigma = 4;
        break;
    }
    case ViewKind::Covered: {
        // A hand, a cloth or a sheet of paper before the lens: far out of focus, shaded.
        const cv::Scalar colour(particulars.uniform(40, 200), particulars.uniform(40, 200),
                                particulars.uniform(40, 200));
        cv::Mat cover(o.size, CV_8UC3, colour);
        for (int y = 0; y < o.size.height; ++y)
            cover.row(y) *= 0.75 + 0.4 * y / o.size.height;
        cv::Mat mask(o.size, CV_32F, cv::Scalar(0));
        const double open = 0.15 * (1 - strength); // a sliver of the room may show
        cv::ellipse(mask, {o.size.width / 2, int(o.size.height * (0.5 - open))},
                    {int(o.size.width * 0.9), int(o.size.height * (0.9 - open))}, 0, 0, 360,
                    cv::Scalar(1), cv::FILLED);
        cv::GaussianBlur(mask, mask, cv::Size(), o.size.width / 25.0);
        cv::Mat mask3;
        cv::merge(std::vector<cv::Mat>{mask, mask, mask}, mask3);
        cv::Mat v, c;
        view.convertTo(v, CV_32FC3);
        cover.convertTo(c, CV_32FC3);
        cv::Mat mixed = v.mul(cv::Scalar::all(1) - mask3) + c.mul(mask3);
        mixed.convertTo(view, CV_8UC3);
        break;
    }
    case ViewKind::Blurred:
        cv::GaussianBlur(view, view, cv::Size(), (2.5 + 3.5 * strength) * o.size.width / 640.0);
        break;
    case ViewKind::ColourCast: {
        static const cv::Vec3d tints[] = {{0.6, 0.95, 1.35}, // red (B, G, R gains)
                                          {0.7, 1.3, 0.7},   // green
                                          {1.4, 0.95, 0.6},  // blue
                                          {0.5, 1.15, 1.2}}; // yellow
        const cv::Vec3d tint = tints[particulars.uniform(0, 4)];
        const double k = 0.75 + 0.25 * strength;
        std::vector<cv::Mat> planes;
        cv::split(view, planes);
        for (int c = 0; c < 3; ++c)
            planes[c].convertTo(planes[c], -1, 1 + (tint[c] - 1) * k, 0);
        cv::merge(planes, view);
        break;
    }
    case ViewKind::Dark:
        view.convertTo(view, -1, 0.1 - 0.06 * strength, 0);
        sigma = 1.5;
        break;
    case ViewKind::Bright: {
        // Washed out: the shadows lifted to the highlights, which clip.
        const double kept = 0.2 - 0.12 * strength;
        view.convertTo(view, -1, kept, 255 * (1 - kept));
        break;
    }
    case ViewKind::Noisy:
        sigma = 22 + 18 * strength;
        break;
    }
    if (o.dimming < 1) {
        view.convertTo(view, -1, std::max(0.0, o.dimming), 0);
        sigma += 3 * (1 - o.dimming); // the camera turns its gain up
    }
    addNoise(view, sigma, rng);
    if (o.kind == ViewKind::Noisy) { // snow
        for (int i = 0; i < int(view.total() / 50); ++i)
            view.at<cv::Vec3b>(rng.uniform(0, view.rows), rng.uniform(0, view.cols)) =
                rng.uniform(0, 2) ? cv::Vec3b(255, 255, 255) : cv::Vec3b(0, 0, 0);
    }
    return view;
}

cv::Mat referenceView(const cv::Mat &scene, cv::Size size)
{
    ViewOptions o;
    o.size = size;
    return renderView(scene, o);
}

} // namespace Jiandu::Analytics::Testing
