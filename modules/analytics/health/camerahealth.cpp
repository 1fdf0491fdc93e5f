#include "camerahealth.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

using namespace Qt::StringLiterals;

namespace Jiandu::Analytics {

namespace {

// The lines between healthy and faulty, set on the labelled set of bench/analytics (made-up
// rooms and photographs, each fault at a random strength; bench/README.md has the margins).
constexpr double kDarkHighlights = 40;      //!< too dark: even the brightest parts stay below this
constexpr double kBrightMean = 195;         //!< washed out above this mean…
constexpr double kBrightClipped = 0.5;      //!< …or with this share of the picture blown…
constexpr double kBrightOverReference = 15; //!< …and this much brighter than the reference
constexpr double kNoise = 6;                //!< noise σ in grey levels
constexpr double kCoveredBlank = 0.97;      //!< share of cells without detail for a cover…
constexpr double kCoveredLikeness = 0.6; //!< …unless the view's light and shade are still there
constexpr double kBlackNoise = 0.3;      //!< a sensor at night has noise; a black screen has none
constexpr double kBlur = 0.5;            //!< blur figure of an unsharp picture (no reference)…
constexpr double kBlurOverReference = 0.05; //!< …or this much more than the reference view's
// Frozen: no part of the picture changed (a 16×16 block by this much on average), and the
// whole no more than compression's flicker (sensor noise everywhere is a live picture).
constexpr double kFrozenBlock = 8;
constexpr double kFrozenMean = 1.5;
constexpr double kCastOverReference = 7; //!< mean chroma this far from the reference view's…
constexpr double kCastDistance = 14;     //!< …or, with none, this far from neutral…
constexpr double kCastFactor = 1.2;      //!< …and this far over its own spread
constexpr double kGreySpread = 4;        //!< colours this close together: a grey (infrared) picture
constexpr double kMovedShift = 0.025;    //!< a shift of this share of the width…
constexpr double kMovedConfidence = 0.03; //!< …found with at least this confidence…
constexpr double kMovedGain = 0.1;        //!< …that makes the edges this much more alike…
constexpr double kMovedBareView = 0.7;    //!< …in a view with detail in more than 30 % of it…
constexpr double kMovedLikeness = 0.1;    //!< …or edges and light this unlike the reference's

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

//! 0.5 at \a line, rising by 0.5 over \a span beyond it.
double scoreAbove(double value, double line, double span)
{
    return clamp01(0.5 + 0.5 * (value - line) / span);
}

CameraHealth::Finding finding(double score, QString detail)
{
    return {score >= 0.5 ? HealthVerdict::Fault : HealthVerdict::Ok, score, std::move(detail)};
}

CameraHealth::Finding cannotJudge(QString why)
{
    return {HealthVerdict::CannotJudge, 0, std::move(why)};
}

QString percent(double share)
{
    return QString::number(std::lround(share * 100)) + u'%';
}

} // namespace

QString checkKey(HealthCheck check)
{
    switch (check) {
    case HealthCheck::Signal:
        return u"signal"_s;
    case HealthCheck::Covered:
        return u"covered"_s;
    case HealthCheck::Blur:
        return u"blur"_s;
    case HealthCheck::Frozen:
        return u"frozen"_s;
    case HealthCheck::ColourCast:
        return u"colour-cast"_s;
    case HealthCheck::Dark:
        return u"dark"_s;
    case HealthCheck::Bright:
        return u"bright"_s;
    case HealthCheck::Noise:
        return u"noise"_s;
    case HealthCheck::Moved:
        return u"moved"_s;
    }
    return {};
}

std::optional<HealthCheck> checkFromKey(const QString &key)
{
    for (int i = 0; i < kHealthChecks; ++i)
        if (checkKey(HealthCheck(i)) == key)
            return HealthCheck(i);
    return std::nullopt;
}

QString checkName(HealthCheck check)
{
    switch (check) {
    case HealthCheck::Signal:
        return CameraHealth::tr("Signal lost");
    case HealthCheck::Covered:
        return CameraHealth::tr("Covered");
    case HealthCheck::Blur:
        return CameraHealth::tr("Blurred");
    case HealthCheck::Frozen:
        return CameraHealth::tr("Frozen picture");
    case HealthCheck::ColourCast:
        return CameraHealth::tr("Colour cast");
    case HealthCheck::Dark:
        return CameraHealth::tr("Too dark");
    case HealthCheck::Bright:
        return CameraHealth::tr("Too bright");
    case HealthCheck::Noise:
        return CameraHealth::tr("Noise");
    case HealthCheck::Moved:
        return CameraHealth::tr("Scene moved");
    }
    return {};
}

QString verdictKey(HealthVerdict verdict)
{
    switch (verdict) {
    case HealthVerdict::Ok:
        return u"ok"_s;
    case HealthVerdict::Suspect:
        return u"suspect"_s;
    case HealthVerdict::Fault:
        return u"fault"_s;
    case HealthVerdict::CannotJudge:
        return u"cannot-judge"_s;
    }
    return {};
}

QString verdictName(HealthVerdict verdict)
{
    switch (verdict) {
    case HealthVerdict::Ok:
        return CameraHealth::tr("Normal");
    case HealthVerdict::Suspect:
        return CameraHealth::tr("Suspect");
    case HealthVerdict::Fault:
        return CameraHealth::tr("Fault");
    case HealthVerdict::CannotJudge:
        return CameraHealth::tr("Cannot judge");
    }
    return {};
}

ReferenceView ReferenceView::of(const cv::Mat &bgr)
{
    ReferenceView view;
    try {
        view.measures = measurePicture(bgr);
        if (view.measures.judgeable)
            view.picture = workingPicture(bgr).clone();
    } catch (const cv::Exception &error) {
        qWarning("A reference view could not be measured: %s", error.what());
        return {};
    }
    return view;
}

CameraHealth::CameraHealth(int enterAfter, int leaveAfter, int lossesBeforeAlarm)
    : m_enterAfter(std::max(1, enterAfter))
    , m_leaveAfter(std::max(1, leaveAfter))
    , m_lossesBeforeAlarm(std::max(1, lossesBeforeAlarm))
{}

void CameraHealth::setReference(ReferenceView reference)
{
    m_reference = std::move(reference);
    // What was judged against the old view starts again against the new one (or none): a
    // camera turned on purpose is no longer "moved".
    for (const HealthCheck check :
         {HealthCheck::Covered, HealthCheck::Blur, HealthCheck::ColourCast, HealthCheck::Bright,
          HealthCheck::Moved})
        m_judges[int(check)] = Judge();
}

CameraHealth::Findings CameraHealth::judgePicture(const PictureMeasures &m,
                                                  const FrameChange *change,
                                                  const ReferenceView *reference,
                                                  const cv::Mat &picture)
{
    Findings f;
    auto at = [&f](HealthCheck check) -> Finding & {
        return f[int(check)];
    };
    at(HealthCheck::Signal) = finding(0, tr("Pictures come."));
    if (!m.judgeable) {
        const QString why =
            tr("The picture is too small to judge (%1×%2).").arg(picture.cols).arg(picture.rows);
        for (int i = 1; i < kHealthChecks; ++i)
            f[i] = cannotJudge(why);
        return f;
    }
    const bool hasReference = reference && reference->isValid();

    // Light and noise first: a dark, blown or noisy picture hides what the others look for.
    at(HealthCheck::Dark) =
        finding(scoreAbove(kDarkHighlights - m.highLuma, 0, kDarkHighlights / 2),
                tr("Mean brightness %1 of 255, its brightest parts %2.")
                    .arg(std::lround(m.meanLuma))
                    .arg(std::lround(m.highLuma)));
    double brightness = std::max(scoreAbove(m.meanLuma, kBrightMean, 255 - kBrightMean),
                                 scoreAbove(m.clippedShare, kBrightClipped, 0.5));
    if (hasReference) {
        // A view that is bright by nature (white walls, paper, snow) is too bright only once
        // it is brighter than it should be.
        const double over = std::max(m.meanLuma - reference->measures.meanLuma,
                                     255 * (m.clippedShare - reference->measures.clippedShare));
        brightness =
            std::min(brightness, scoreAbove(over, kBrightOverReference, kBrightOverReference));
    }
    at(HealthCheck::Bright) = finding(brightness, tr("Mean brightness %1 of 255, %2 blown out.")
                                                      .arg(std::lround(m.meanLuma))
                                                      .arg(percent(m.clippedShare)));
    at(HealthCheck::Noise) = finding(scoreAbove(m.noise, kNoise, kNoise),
                                     tr("Noise σ %1 grey levels.").arg(m.noise, 0, 'f', 1));
    const bool dark = at(HealthCheck::Dark).verdict == HealthVerdict::Fault;
    const bool bright = at(HealthCheck::Bright).verdict == HealthVerdict::Fault;
    const bool noisy = at(HealthCheck::Noise).verdict == HealthVerdict::Fault;
    const QString tooDark = tr("The picture is too dark.");
    const QString tooBright = tr("The picture is washed out.");
    const QString tooNoisy = tr("The noise hides it.");

    std::optional<ViewMatch> match;
    if (hasReference)
        match = matchView(reference->picture, picture);

    // Covered: no detail left, nor the view's light and shade.
    const bool black =
        m.noise < kBlackNoise && m.blankShare >= 0.99 && m.highLuma < kDarkHighlights;
    if (black) {
        at(HealthCheck::Covered) =
            finding(1, tr("A black picture without any detail or sensor noise."));
    } else if (dark) {
        at(HealthCheck::Covered) = cannotJudge(tr("Too dark to tell a cover from the night."));
    } else if (bright) {
        at(HealthCheck::Covered) = cannotJudge(tooBright);
    } else {
        double covered = scoreAbove(m.blankShare, kCoveredBlank, 1 - kCoveredBlank);
        QString detail = tr("%1 of the picture without detail.").arg(percent(m.blankShare));
        if (match && match->judgeable) {
            covered =
                std::min(covered, scoreAbove(kCoveredLikeness - match->coarseSimilarity, 0, 0.5));
            detail =
                tr("%1 of the picture without detail; %2 alike the reference view.")
                    .arg(percent(m.blankShare), percent(std::max(0.0, match->coarseSimilarity)));
        }
        at(HealthCheck::Covered) = finding(covered, detail);
    }
    const bool covered = at(HealthCheck::Covered).verdict == HealthVerdict::Fault;
    const QString isCovered = tr("The picture is covered.");
    auto hiddenBy = [&]() -> QString {
        return dark ? tooDark : bright ? tooBright : covered ? isCovered : QString();
    };

    // Moved: against the reference view.
    bool moved = false;
    if (!hasReference) {
        at(HealthCheck::Moved) = cannotJudge(tr("No reference view is stored."));
    } else if (const QString hidden = hiddenBy(); !hidden.isEmpty() || noisy) {
        at(HealthCheck::Moved) = cannotJudge(hidden.isEmpty() ? tooNoisy : hidden);
    } else if (!match->judgeable) {
        at(HealthCheck::Moved) =
            cannotJudge(tr("The picture's shape differs from the reference view's."));
    } else {
        // A shift counts when found with some confidence and when it brings the edges
        // together (a repeating pattern matches itself at many shifts).
        // Nor in a view with next to no edges of its own (a bare wall): there only what passes
        // through has edges to match.
        const bool believed = match->confidence >= kMovedConfidence &&
                              match->similarity - match->unshiftedSimilarity >= kMovedGain &&
                              reference->measures.blankShare < kMovedBareView;
        const double shifted = believed ? scoreAbove(match->shift, kMovedShift, kMovedShift) : 0;
        const double unlike =
            std::min(scoreAbove(kMovedLikeness - match->similarity, 0, 0.2),
                     scoreAbove(kMovedLikeness * 2 - match->coarseSimilarity, 0, 0.2));
        at(HealthCheck::Moved) =
            finding(std::max(shifted, unlike),
                    tr("Shifted by %1 of the width; edges %2 alike the reference view.")
                        .arg(percent(match->shift), percent(std::max(0.0, match->similarity))));
        moved = at(HealthCheck::Moved).verdict == HealthVerdict::Fault;
    }
    // The reference tells about this view only while the camera still looks at it; a photograph
    // of another view says nothing of this one's sharpness or colours.
    const QString elsewhere = tr("The camera looks elsewhere: store a new reference view.");

    // Blur.
    if (const QString hidden = hiddenBy(); !hidden.isEmpty()) {
        at(HealthCheck::Blur) = cannotJudge(hidden);
    } else if (moved) {
        at(HealthCheck::Blur) = cannotJudge(elsewhere);
    } else if (hasReference && m.blur >= 0 && reference->measures.blur >= 0) {
        const double over = m.blur - reference->measures.blur;
        at(HealthCheck::Blur) = finding(scoreAbove(over, kBlurOverReference, kBlurOverReference),
                                        tr("Blur %1 (reference view %2).")
                                            .arg(m.blur, 0, 'f', 2)
                                            .arg(reference->measures.blur, 0, 'f', 2));
    } else if (m.blur < 0 || m.blankShare >= 0.7) {
        at(HealthCheck::Blur) = cannotJudge(tr("Too little detail to judge sharpness."));
    } else {
        at(HealthCheck::Blur) =
            finding(scoreAbove(m.blur, kBlur, 0.2),
                    tr("Blur %1 (0 sharp, 1 no edges).").arg(m.blur, 0, 'f', 2));
    }

    // Frozen: the same picture as the one before.
    if (!change) {
        at(HealthCheck::Frozen) = cannotJudge(tr("A second picture is needed."));
    } else if (!change->comparable) {
        at(HealthCheck::Frozen) = finding(0, tr("The picture's size changed."));
    } else if (const QString hidden = hiddenBy(); !hidden.isEmpty()) {
        // Too dark, washed out or covered, what moves barely shows.
        at(HealthCheck::Frozen) = cannotJudge(hidden);
    } else {
        at(HealthCheck::Frozen) =
            finding(std::min(scoreAbove(kFrozenBlock - change->blockDifference, 0, kFrozenBlock),
                             scoreAbove(kFrozenMean - change->meanDifference, 0, kFrozenMean)),
                    tr("Since the picture before: %1 grey levels on average, %2 where it "
                       "changed most.")
                        .arg(change->meanDifference, 0, 'f', 1)
                        .arg(std::lround(change->blockDifference)));
    }

    // Colour cast: a tint over the whole picture, unlike the reference view's own colours.
    if (const QString hidden = hiddenBy(); !hidden.isEmpty() || noisy) {
        at(HealthCheck::ColourCast) = cannotJudge(hidden.isEmpty() ? tooNoisy : hidden);
    } else if (moved) {
        at(HealthCheck::ColourCast) = cannotJudge(elsewhere);
    } else if (m.chromaSpread < kGreySpread && m.castDistance < kGreySpread) {
        at(HealthCheck::ColourCast) = finding(0, tr("A grey picture (infrared)."));
    } else {
        double a = m.castA;
        double b = m.castB;
        double score = 0;
        if (hasReference && reference->measures.chromaSpread >= kGreySpread) {
            // Colours fade with the light, the view's own tint with them: the reference's
            // tint is scaled by how much of its colourfulness is left.
            const double left =
                std::clamp(m.chromaSpread / reference->measures.chromaSpread, 0.0, 1.5);
            // Cell by cell, the middle of the changes: a tint moves every cell, someone in a
            // red coat walking through only a few.
            const auto median = [](std::vector<double> &values) {
                std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
                return values[values.size() / 2];
            };
            std::vector<double> da, db;
            const cv::Mat &now = m.cellChroma;
            const cv::Mat &then = reference->measures.cellChroma;
            if (!now.empty() && now.size() == then.size()) {
                for (int i = 0; i < int(now.total()); ++i) {
                    const cv::Vec2f c = now.at<cv::Vec2f>(i);
                    const cv::Vec2f r = then.at<cv::Vec2f>(i);
                    if (std::isnan(c[0]) || std::isnan(r[0]))
                        continue;
                    da.push_back(c[0] - r[0] * left);
                    db.push_back(c[1] - r[1] * left);
                }
            }
            if (da.size() >= 10) {
                a = median(da);
                b = median(db);
            } else {
                a -= reference->measures.castA * left;
                b -= reference->measures.castB * left;
            }
            score = scoreAbove(std::hypot(a, b), kCastOverReference, kCastOverReference);
        } else {
            score = std::min(scoreAbove(std::hypot(a, b), kCastDistance, kCastDistance),
                             scoreAbove(m.castFactor, kCastFactor, kCastFactor));
        }
        const QString hue = std::abs(a) >= std::abs(b) ? (a > 0 ? tr("red") : tr("green"))
                                                       : (b > 0 ? tr("yellow") : tr("blue"));
        at(HealthCheck::ColourCast) =
            finding(score, tr("Tint towards %1: %2 from %3.")
                               .arg(hue)
                               .arg(std::lround(std::hypot(a, b)))
                               .arg(hasReference ? tr("the reference view") : tr("neutral")));
    }
    return f;
}

void CameraHealth::feed(Judge &judge, const Finding &finding, int enterAfter)
{
    judge.latest = finding;
    switch (finding.verdict) {
    case HealthVerdict::Fault:
        judge.judged = true;
        judge.okStreak = 0;
        if (++judge.faultStreak >= enterAfter)
            judge.state = HealthVerdict::Fault;
        else if (judge.state != HealthVerdict::Fault)
            judge.state = HealthVerdict::Suspect;
        break;
    case HealthVerdict::Ok:
        judge.judged = true;
        judge.faultStreak = 0;
        ++judge.okStreak;
        if (judge.state != HealthVerdict::Fault || judge.okStreak >= m_leaveAfter)
            judge.state = HealthVerdict::Ok;
        break;
    case HealthVerdict::CannotJudge:
    case HealthVerdict::Suspect:
        // Says nothing either way: the streaks wait. A check never judged stays unjudged.
        break;
    }
}

void CameraHealth::addPicture(const cv::Mat &input)
{
    // Grey and BGRA pictures are judged as the colour picture they show.
    cv::Mat bgr = input;
    if (input.empty() || input.depth() != CV_8U)
        bgr = cv::Mat();
    else if (input.channels() == 1)
        cv::cvtColor(input, bgr, cv::COLOR_GRAY2BGR);
    else if (input.channels() == 4)
        cv::cvtColor(input, bgr, cv::COLOR_BGRA2BGR);
    else if (input.channels() != 3)
        bgr = cv::Mat();
    Findings findings;
    cv::Mat picture;
    try {
        picture = workingPicture(bgr);
        const PictureMeasures measures = measurePicture(picture);
        std::optional<FrameChange> change;
        if (!m_previous.empty())
            change = compareFrames(m_previous, picture);
        findings = judgePicture(measures, change ? &*change : nullptr,
                                m_reference.isValid() ? &m_reference : nullptr, picture);
    } catch (const cv::Exception &error) {
        // A picture OpenCV cannot take is one nothing can be said of, not a crash.
        const QString why =
            tr("The picture could not be analysed: %1").arg(QString::fromStdString(error.msg));
        findings[int(HealthCheck::Signal)] = finding(0, tr("Pictures come."));
        for (int i = 1; i < kHealthChecks; ++i)
            findings[i] = cannotJudge(why);
        picture.release();
    }
    for (int i = 0; i < kHealthChecks; ++i)
        feed(m_judges[i], findings[i], m_enterAfter);
    m_previous = picture.clone();
    ++m_pictures;
}

void CameraHealth::addLoss(const QString &reason)
{
    feed(m_judges[int(HealthCheck::Signal)], {HealthVerdict::Fault, 1, reason},
         m_lossesBeforeAlarm);
    // The next picture is not compared with one from before the loss.
    m_previous.release();
}

QList<CheckResult> CameraHealth::results() const
{
    QList<CheckResult> results;
    for (int i = 0; i < kHealthChecks; ++i) {
        const Judge &judge = m_judges[i];
        CheckResult r;
        r.check = HealthCheck(i);
        r.score = judge.latest.score;
        r.detail = judge.latest.detail;
        // The latest picture could not be judged: said so, unless an alarm stands.
        if (!judge.judged || (judge.latest.verdict == HealthVerdict::CannotJudge &&
                              judge.state != HealthVerdict::Fault))
            r.verdict = HealthVerdict::CannotJudge;
        else
            r.verdict = judge.state;
        results << r;
    }
    return results;
}

HealthVerdict CameraHealth::overall() const
{
    bool anyJudged = false;
    bool suspect = false;
    for (const CheckResult &r : results()) {
        if (r.verdict == HealthVerdict::Fault)
            return HealthVerdict::Fault;
        suspect = suspect || r.verdict == HealthVerdict::Suspect;
        anyJudged = anyJudged || r.verdict != HealthVerdict::CannotJudge;
    }
    return suspect     ? HealthVerdict::Suspect
           : anyJudged ? HealthVerdict::Ok
                       : HealthVerdict::CannotJudge;
}

} // namespace Jiandu::Analytics
