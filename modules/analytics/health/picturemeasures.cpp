#include "picturemeasures.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <opencv2/imgproc.hpp>

namespace Jiandu::Analytics {

namespace {

constexpr int kGridColumns = 12;
constexpr int kGridRows = 9;

//! The grey level below which \a share of \a grey's pixels lie.
double percentile(const cv::Mat &grey, double share)
{
    int channels[] = {0};
    int bins[] = {256};
    float range[] = {0, 256};
    const float *ranges[] = {range};
    cv::Mat histogram;
    cv::calcHist(&grey, 1, channels, cv::Mat(), histogram, 1, bins, ranges);
    const double wanted = share * double(grey.total());
    double seen = 0;
    for (int level = 0; level < 256; ++level) {
        seen += histogram.at<float>(level);
        if (seen >= wanted)
            return level;
    }
    return 255;
}

//! Crété-Roffet: how much of the picture's variation a further blur would still take away,
//! the larger of the horizontal and vertical figures. Only where the picture varies at all.
double blurOf(const cv::Mat &grey)
{
    cv::Mat f;
    grey.convertTo(f, CV_32F);
    double worst = 0;
    for (const bool horizontal : {true, false}) {
        cv::Mat blurred;
        cv::blur(f, blurred, horizontal ? cv::Size(9, 1) : cv::Size(1, 9));
        const cv::Mat kernel =
            horizontal ? (cv::Mat_<float>(1, 2) << -1, 1) : (cv::Mat_<float>(2, 1) << -1, 1);
        cv::Mat df, db;
        cv::filter2D(f, df, CV_32F, kernel);
        cv::filter2D(blurred, db, CV_32F, kernel);
        df = cv::abs(df);
        db = cv::abs(db);
        cv::Mat lost = cv::max(df - db, 0);
        const cv::Rect inner(8, 8, std::max(1, f.cols - 16), std::max(1, f.rows - 16));
        const double variation = cv::sum(df(inner))[0];
        const double kept = cv::sum(lost(inner))[0];
        if (variation <= 1e-6)
            return 1;
        worst = std::max(worst, (variation - kept) / variation);
    }
    return worst;
}

//! Immerkær's noise estimate on the flat parts of \a grey (texture is not noise).
double noiseOf(const cv::Mat &grey, const cv::Mat &detail)
{
    const cv::Mat kernel = (cv::Mat_<float>(3, 3) << 1, -2, 1, -2, 4, -2, 1, -2, 1);
    cv::Mat response;
    cv::filter2D(grey, response, CV_32F, kernel);
    response = cv::abs(response);
    cv::Mat flat = detail < 4.0;
    const cv::Rect inner(1, 1, grey.cols - 2, grey.rows - 2);
    cv::Mat mask = cv::Mat::zeros(grey.size(), CV_8U);
    flat(inner).copyTo(mask(inner));
    if (cv::countNonZero(mask) < int(grey.total() / 10)) {
        mask.setTo(0);
        mask(inner).setTo(255);
    }
    return std::sqrt(M_PI / 2.0) / 6.0 * cv::mean(response, mask)[0];
}

} // namespace

cv::Mat workingPicture(const cv::Mat &bgr)
{
    if (bgr.cols <= kWorkingWidth)
        return bgr;
    cv::Mat smaller;
    const int height = std::max(1, int(std::lround(double(bgr.rows) * kWorkingWidth / bgr.cols)));
    cv::resize(bgr, smaller, cv::Size(kWorkingWidth, height), 0, 0, cv::INTER_AREA);
    return smaller;
}

PictureMeasures measurePicture(const cv::Mat &input)
{
    PictureMeasures m;
    if (input.empty() || input.type() != CV_8UC3 || input.cols < kSmallestJudged ||
        input.rows < kSmallestJudged)
        return m;
    const cv::Mat bgr = workingPicture(input);
    if (bgr.cols < kSmallestJudged || bgr.rows < kSmallestJudged)
        return m; // a strip, once reduced
    m.judgeable = true;
    m.width = bgr.cols;
    m.height = bgr.rows;

    cv::Mat grey;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    m.meanLuma = cv::mean(grey)[0];
    m.lowLuma = percentile(grey, 0.05);
    m.highLuma = percentile(grey, 0.95);
    m.clippedShare = double(cv::countNonZero(grey >= 250)) / double(grey.total());

    // Detail: the gradient of the lightly smoothed picture (sensor noise is not detail).
    cv::Mat smooth, gx, gy, detail;
    cv::GaussianBlur(grey, smooth, cv::Size(5, 5), 1.2);
    cv::Sobel(smooth, gx, CV_32F, 1, 0, 3, 1.0 / 8);
    cv::Sobel(smooth, gy, CV_32F, 0, 1, 3, 1.0 / 8);
    detail = cv::abs(gx) + cv::abs(gy);

    int blank = 0;
    for (int row = 0; row < kGridRows; ++row) {
        for (int column = 0; column < kGridColumns; ++column) {
            const cv::Rect cell(column * bgr.cols / kGridColumns, row * bgr.rows / kGridRows,
                                std::max(1, bgr.cols / kGridColumns),
                                std::max(1, bgr.rows / kGridRows));
            const double brightness = cv::mean(smooth(cell))[0];
            // The 90th percentile of the cell's detail: an edge or two is enough, a few noisy
            // pixels are not.
            cv::Mat values = detail(cell).clone().reshape(1, 1);
            const int k = int(values.total() * 9 / 10);
            std::nth_element(values.ptr<float>(), values.ptr<float>() + k,
                             values.ptr<float>() + values.total());
            const double edge = values.at<float>(k);
            if (edge < std::max(0.8, 0.02 * brightness))
                ++blank;
        }
    }
    m.blankShare = double(blank) / (kGridColumns * kGridRows);

    if (m.blankShare < 0.97)
        m.blur = blurOf(smooth);

    cv::Mat lab;
    cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
    std::vector<cv::Mat> planes;
    cv::split(lab, planes);
    // Only where colour means something: not the blacks nor the blown highlights.
    const cv::Mat lit = (planes[0] > 20) & (planes[0] < 235);
    if (cv::countNonZero(lit) > int(lab.total() / 20)) {
        m.castA = cv::mean(planes[1], lit)[0] - 128;
        m.castB = cv::mean(planes[2], lit)[0] - 128;
        cv::Mat da, db;
        cv::absdiff(planes[1], cv::Scalar(m.castA + 128), da);
        cv::absdiff(planes[2], cv::Scalar(m.castB + 128), db);
        const double ma = cv::mean(da, lit)[0];
        const double mb = cv::mean(db, lit)[0];
        m.castDistance = std::hypot(m.castA, m.castB);
        m.chromaSpread = std::hypot(ma, mb);
        m.cellChroma = cv::Mat(kGridRows, kGridColumns, CV_32FC2,
                               cv::Scalar::all(std::numeric_limits<float>::quiet_NaN()));
        for (int row = 0; row < kGridRows; ++row) {
            for (int column = 0; column < kGridColumns; ++column) {
                const cv::Rect cell(column * bgr.cols / kGridColumns, row * bgr.rows / kGridRows,
                                    std::max(1, bgr.cols / kGridColumns),
                                    std::max(1, bgr.rows / kGridRows));
                if (cv::countNonZero(lit(cell)) == 0)
                    continue;
                m.cellChroma.at<cv::Vec2f>(row, column) =
                    cv::Vec2f(float(cv::mean(planes[1](cell), lit(cell))[0] - 128),
                              float(cv::mean(planes[2](cell), lit(cell))[0] - 128));
            }
        }
        m.castFactor = m.castDistance / std::max(1.0, m.chromaSpread);
    }
    m.noise = noiseOf(grey, detail);
    return m;
}

FrameChange compareFrames(const cv::Mat &earlierBgr, const cv::Mat &laterBgr)
{
    FrameChange change;
    const cv::Mat a = workingPicture(earlierBgr);
    const cv::Mat b = workingPicture(laterBgr);
    if (a.empty() || b.empty() || a.size() != b.size() || a.type() != b.type())
        return change;
    cv::Mat ga, gb, difference;
    cv::cvtColor(a, ga, cv::COLOR_BGR2GRAY);
    cv::cvtColor(b, gb, cv::COLOR_BGR2GRAY);
    cv::absdiff(ga, gb, difference);
    change.comparable = true;
    change.meanDifference = cv::mean(difference)[0];
    change.strongDifference = percentile(difference, 0.999);
    cv::Mat blocks;
    cv::resize(difference, blocks,
               cv::Size(std::max(1, difference.cols / 16), std::max(1, difference.rows / 16)), 0, 0,
               cv::INTER_AREA);
    double largest = 0;
    cv::minMaxLoc(blocks, nullptr, &largest);
    change.blockDifference = largest;
    return change;
}

namespace {

constexpr int kMatchWidth = 160;

cv::Mat edgePicture(const cv::Mat &bgr, int height)
{
    cv::Mat grey, small, gx, gy;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    cv::resize(grey, small, cv::Size(kMatchWidth, height), 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(small, small, cv::Size(3, 3), 0.8);
    cv::Sobel(small, gx, CV_32F, 1, 0);
    cv::Sobel(small, gy, CV_32F, 0, 1);
    cv::Mat magnitude;
    cv::magnitude(gx, gy, magnitude);
    // Edges matter by where they are, not by how strong the light makes them.
    cv::Scalar mean, spread;
    cv::meanStdDev(magnitude, mean, spread);
    return (magnitude - mean[0]) / std::max(1e-3, spread[0]);
}

//! Light and shade at 32 pixels across, zero mean and unit spread.
cv::Mat coarsePicture(const cv::Mat &bgr, double aspect)
{
    cv::Mat grey, small;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    cv::resize(grey, small, cv::Size(32, std::max(4, int(std::lround(32 / aspect)))), 0, 0,
               cv::INTER_AREA);
    small.convertTo(small, CV_32F);
    cv::Scalar mean, spread;
    cv::meanStdDev(small, mean, spread);
    return (small - mean[0]) / std::max(1e-3, spread[0]);
}

double likeness(const cv::Mat &a, const cv::Mat &b)
{
    const double norm = std::sqrt(a.dot(a) * b.dot(b));
    return norm > 0 ? a.dot(b) / norm : 0;
}

} // namespace

ViewMatch matchView(const cv::Mat &referenceBgr, const cv::Mat &currentBgr)
{
    ViewMatch match;
    if (referenceBgr.empty() || currentBgr.empty() || referenceBgr.cols < kSmallestJudged ||
        currentBgr.cols < kSmallestJudged || referenceBgr.rows < kSmallestJudged ||
        currentBgr.rows < kSmallestJudged)
        return match;
    const double aspect = double(referenceBgr.cols) / referenceBgr.rows;
    const double now = double(currentBgr.cols) / currentBgr.rows;
    if (std::abs(aspect - now) > 0.02 * aspect)
        return match; // another shape of picture: a new camera or a new mode, not a move
    const int height = std::max(kSmallestJudged, int(std::lround(kMatchWidth / aspect)));
    match.coarseSimilarity =
        likeness(coarsePicture(referenceBgr, aspect), coarsePicture(currentBgr, aspect));
    const cv::Mat a = edgePicture(referenceBgr, height);
    const cv::Mat b = edgePicture(currentBgr, height);
    cv::Mat window;
    cv::createHanningWindow(window, a.size(), CV_32F);
    double response = 0;
    const cv::Point2d shift = cv::phaseCorrelate(a, b, window, &response);
    match.judgeable = true;
    match.shift = std::hypot(shift.x, shift.y) / kMatchWidth;
    match.confidence = response;
    // Likeness once shifted back, over the part both pictures show.
    const int dx = int(std::lround(shift.x));
    const int dy = int(std::lround(shift.y));
    // The current picture is the reference moved by (dx, dy): current(x + d) = reference(x).
    const cv::Rect inReference(std::max(0, -dx), std::max(0, -dy), a.cols - std::abs(dx),
                               a.rows - std::abs(dy));
    const cv::Rect inCurrent(std::max(0, dx), std::max(0, dy), inReference.width,
                             inReference.height);
    if (inReference.width < kSmallestJudged || inReference.height < kSmallestJudged)
        return match; // moved by most of the picture: nothing alike left
    match.similarity = likeness(a(inReference), b(inCurrent));
    match.unshiftedSimilarity = likeness(a, b);
    return match;
}

} // namespace Jiandu::Analytics
