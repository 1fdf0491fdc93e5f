#pragma once

#include <QtGlobal>
#include <opencv2/core.hpp>

namespace Jiandu::Analytics::Testing {

//! What a labelled view shows: healthy by day or night, or one of the faults a diagnosis
//! must find. Used by the tests and the accuracy benchmark, never by the product.
enum class ViewKind {
    Day,
    Night, //!< infrared: grey, dim, noisier; healthy
    Covered,
    Blurred,
    Frozen,
    ColourCast,
    Dark,
    Bright,
    Noisy,
    Moved,
};
constexpr int kViewKinds = 10;
const char *viewKindKey(ViewKind kind);

//! A made-up scene larger than a view: floor, walls, furniture-like blocks, stripes, text.
cv::Mat drawScene(cv::Size size, quint64 seed);

struct ViewOptions
{
    ViewKind kind = ViewKind::Day;
    int picture = 0;         //!< which picture of the clip (the clock and the walker move)
    cv::Size size{640, 360}; //!< of the view
    double strength = 1;     //!< 0…1 within the fault's range (how blurred, how far moved)
    quint64 seed = 1;        //!< noise and the fault's particulars
    double dimming = 1;      //!< light falling at dusk: 1 day … 0 black
};

//! The camera's picture \a options.picture of \a scene (any 8-bit BGR picture at least as
//! large as the view; a larger one leaves room to move): a crop, a person walking, an on-screen
//! clock, sensor noise, and the fault.
cv::Mat renderView(const cv::Mat &scene, const ViewOptions &options);

//! The healthy view a reference is taken from (picture 0 of a day view).
cv::Mat referenceView(const cv::Mat &scene, cv::Size size);

} // namespace Jiandu::Analytics::Testing
