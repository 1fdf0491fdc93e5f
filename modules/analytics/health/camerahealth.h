#pragma once

#include "picturemeasures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace Jiandu::Analytics {

//! 视频质量诊断: what can be wrong with a camera's picture.
enum class HealthCheck {
    Signal,     //!< 信号丢失: no picture comes
    Covered,    //!< 遮挡 / 黑屏: the picture has no detail (a cover, a black screen)
    Blur,       //!< 模糊: out of focus, fogged
    Frozen,     //!< 冻结: the same picture again and again
    ColourCast, //!< 偏色
    Dark,       //!< 过暗
    Bright,     //!< 过亮
    Noise,      //!< 噪声: snow, interference
    Moved,      //!< 移位: no longer the reference view
};
constexpr int kHealthChecks = 9;

enum class HealthVerdict {
    Ok,
    Suspect,     //!< faulty in the latest pictures, not yet long enough to be told
    Fault,       //!< faulty for several pictures in a row
    CannotJudge, //!< the pictures do not allow it (too dark to tell a cover, no reference)
};

//! A stable key for scripts and storage ("signal", "covered", …, "colour-cast").
QString checkKey(HealthCheck check);
std::optional<HealthCheck> checkFromKey(const QString &key);
//! The operator's word for the fault (信号丢失, 遮挡, …), translated.
QString checkName(HealthCheck check);
QString verdictKey(HealthVerdict verdict);
QString verdictName(HealthVerdict verdict);

//! A camera's view as it should be, kept to tell a moved, blurred or tinted camera from a
//! scene that simply looks so.
struct ReferenceView
{
    cv::Mat picture; //!< at the working width, BGR
    PictureMeasures measures;
    bool isValid() const { return !picture.empty() && measures.judgeable; }
    static ReferenceView of(const cv::Mat &bgr);
};

//! One check's judgement.
struct CheckResult
{
    HealthCheck check = HealthCheck::Signal;
    HealthVerdict verdict = HealthVerdict::CannotJudge;
    double score = 0; //!< 0 healthy … 1 certainly faulty; 0.5 is the line; the latest picture's
    QString detail;   //!< what was seen, in words with the figures
};

//! The health of one camera over its latest pictures. A check turns faulty after enterAfter
//! faulty pictures in a row and healthy again after leaveAfter healthy ones, so one odd
//! picture (a passing lorry's headlights, a person before the lens) neither raises nor ends an
//! alarm. Not thread-safe; one per camera.
class CameraHealth
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Analytics::CameraHealth)

public:
    //! A source that gives no picture in \a lossesBeforeAlarm rounds in a row has lost its
    //! signal (one round when a diagnosis is made once, on demand).
    explicit CameraHealth(int enterAfter = 3, int leaveAfter = 3, int lossesBeforeAlarm = 2);

    void setReference(ReferenceView reference);
    const ReferenceView &reference() const { return m_reference; }

    //! A still of the camera (8-bit BGR, grey or BGRA; any size).
    void addPicture(const cv::Mat &bgr);
    //! No picture came: \a reason in words.
    void addLoss(const QString &reason);

    int pictures() const { return m_pictures; }
    QList<CheckResult> results() const;
    //! The worst of the checks: a fault or suspicion if any, else ok; cannot judge only when
    //! no check could.
    HealthVerdict overall() const;

    //! One picture's findings (no hysteresis): what addPicture() feeds the judges.
    struct Finding
    {
        HealthVerdict verdict = HealthVerdict::CannotJudge; //!< Ok, Fault or CannotJudge
        double score = 0;
        QString detail;
    };
    using Findings = std::array<Finding, kHealthChecks>;
    static Findings judgePicture(const PictureMeasures &measures, const FrameChange *change,
                                 const ReferenceView *reference, const cv::Mat &picture);

private:
    struct Judge
    {
        HealthVerdict state = HealthVerdict::CannotJudge;
        int faultStreak = 0;
        int okStreak = 0;
        Finding latest;
        bool judged = false; //!< a picture ever allowed this check
    };
    void feed(Judge &judge, const Finding &finding, int enterAfter);

    int m_enterAfter;
    int m_leaveAfter;
    int m_lossesBeforeAlarm;
    ReferenceView m_reference;
    cv::Mat m_previous;
    int m_pictures = 0;
    std::array<Judge, kHealthChecks> m_judges;
};

} // namespace Jiandu::Analytics
