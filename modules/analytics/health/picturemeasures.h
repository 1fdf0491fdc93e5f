#pragma once

#include <opencv2/core.hpp>

namespace Jiandu::Analytics {

//! The width the health checks look at: enough for blur and detail, little to compute. A
//! larger picture is reduced to it first.
constexpr int kWorkingWidth = 640;
//! Below this (either side) a picture says nothing that can be judged.
constexpr int kSmallestJudged = 16;

//! \a bgr (8-bit, 3 channels) no wider than kWorkingWidth; the same data when it already is.
cv::Mat workingPicture(const cv::Mat &bgr);

//! What one still of a camera shows, measured: the numbers the health checks judge.
struct PictureMeasures
{
    bool judgeable = false; //!< false for a picture too small (or empty) to measure
    int width = 0;
    int height = 0;
    double meanLuma = 0;     //!< 0…255
    double lowLuma = 0;      //!< 5th percentile
    double highLuma = 0;     //!< 95th percentile
    double clippedShare = 0; //!< share of pixels at the top (≥ 250)
    //! Share of the picture's cells without detail (a plain surface, a cover, a black screen);
    //! the detail of a cell is judged against its own brightness, so dusk does not empty it.
    double blankShare = 0;
    //! 0 sharp … 1 no edge left (the loss of variation when the picture is blurred again,
    //! Crété-Roffet); negative when too little of the picture has detail to judge.
    double blur = -1;
    double castA = 0;        //!< mean chroma away from neutral, Lab a (green − … red +)
    double castB = 0;        //!< Lab b (blue − … yellow +)
    double castDistance = 0; //!< the mean chroma's distance from neutral
    double castFactor = 0;   //!< that distance over the chroma's spread (a tint, not a scene)
    double chromaSpread = 0; //!< how far colours stray from their mean (near 0: a grey picture)
    //! The mean chroma (a, b) of each cell of the picture's grid (CV_32FC2; NaN where a cell
    //! has no lit pixel): a tint moves every cell, a passer-by only a few.
    cv::Mat cellChroma;
    double noise = 0; //!< estimated noise σ in grey levels, on the flat parts
};

//! The measures of \a bgr (8-bit BGR; any size).
PictureMeasures measurePicture(const cv::Mat &bgr);

//! How two stills of the same camera differ.
struct FrameChange
{
    bool comparable = false;     //!< false when the sizes differ (the camera changed resolution)
    double meanDifference = 0;   //!< grey levels
    double strongDifference = 0; //!< the 99.9th percentile of the difference
    //! The largest mean difference of a 16×16 block: something moved or changed there (the
    //! on-screen clock's seconds, a passer-by), which compression's flicker never reaches.
    double blockDifference = 0;
};
FrameChange compareFrames(const cv::Mat &earlierBgr, const cv::Mat &laterBgr);

//! Whether a camera still looks where its reference view looked.
struct ViewMatch
{
    bool judgeable = false;
    double shift = 0;      //!< the best shift between the two, as a share of the width
    double confidence = 0; //!< how sure that shift is (phase correlation's peak, 0…1)
    double similarity = 0; //!< likeness of the two edge pictures once shifted back (−1…1)
    //! …and as they are, not shifted: a real move makes the shift bring the edges together, a
    //! repeating pattern (tiles, a fence) looks alike either way.
    double unshiftedSimilarity = 0;
    //! Likeness of the two pictures' light and shade at a coarse scale (−1…1): a blurred view
    //! keeps it, a cover or another scene does not.
    double coarseSimilarity = 0;
};
ViewMatch matchView(const cv::Mat &referenceBgr, const cv::Mat &currentBgr);

} // namespace Jiandu::Analytics
