#include "diagnosis.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <media/framesampler.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Analytics {

namespace {

cv::Mat matOf(const FrameSampler::Frame &frame)
{
    // The sampler's bytes stay alive as long as the frame: a view, no copy.
    return cv::Mat(frame.height, frame.width, CV_8UC3, const_cast<char *>(frame.bgr.constData()));
}

bool isCamera(const QString &source)
{
    const QString scheme = QUrl(source).scheme().toLower();
    return scheme.size() > 1 && scheme != u"file"_s;
}

} // namespace

QJsonObject Diagnosis::toJson() const
{
    QJsonArray list;
    for (const CheckResult &r : checks)
        list.append(QJsonObject{{u"check"_s, checkKey(r.check)},
                                {u"name"_s, checkName(r.check)},
                                {u"verdict"_s, verdictKey(r.verdict)},
                                {u"score"_s, std::round(r.score * 1000) / 1000},
                                {u"detail"_s, r.detail}});
    QJsonObject o{{u"source"_s, source},
                  {u"at"_s, QDateTime::fromMSecsSinceEpoch(atMs).toString(Qt::ISODateWithMs)},
                  {u"verdict"_s, verdictKey(overall)},
                  {u"pictures"_s, pictures},
                  {u"width"_s, width},
                  {u"height"_s, height},
                  {u"checks"_s, list}};
    if (!shortBecause.isEmpty())
        o.insert(u"short"_s, shortBecause);
    return o;
}

Diagnosis diagnose(const QString &source, const DiagnosisOptions &options, CameraHealth &health)
{
    Diagnosis d;
    d.source = source;
    FrameSampler::Options sampling;
    sampling.count = std::max(1, options.pictures);
    sampling.intervalMs = options.intervalMs;
    sampling.maxWidth = kWorkingWidth;
    sampling.timeoutMs = options.timeoutMs;
    sampling.keyframesOnly = options.keyframesOnly;
    sampling.cancelled = options.cancelled;
    const auto sampled = FrameSampler::sample(source, sampling);
    if (!sampled) {
        health.addLoss(sampled.error().message);
    } else {
        for (const FrameSampler::Frame &frame : sampled->frames) {
            health.addPicture(matOf(frame));
            d.lastPicture = workingPicture(matOf(frame)).clone();
            d.width = frame.width;
            d.height = frame.height;
        }
        d.pictures = int(sampled->frames.size());
        d.shortBecause = sampled->shortBecause;
        // A camera whose stream failed or ended before its pictures were all taken has lost
        // its signal (a recording that ends is only short; a camera slow to give its key
        // frames has not).
        const bool cancelled = options.cancelled && options.cancelled();
        if (sampled->broke && !cancelled && isCamera(source))
            health.addLoss(d.shortBecause);
    }
    d.atMs = QDateTime::currentMSecsSinceEpoch();
    d.checks = health.results();
    d.overall = health.overall();
    return d;
}

Result<ReferenceView> referenceFrom(const QString &source, int timeoutMs)
{
    FrameSampler::Options sampling;
    sampling.count = 1;
    sampling.maxWidth = kWorkingWidth;
    sampling.timeoutMs = timeoutMs;
    const auto sampled = FrameSampler::sample(source, sampling);
    if (!sampled)
        return sampled.error();
    ReferenceView view = ReferenceView::of(matOf(sampled->frames.constFirst()));
    if (!view.isValid())
        return Error{CameraHealth::tr("The reference picture is too small to compare with."),
                     source};
    return view;
}

} // namespace Jiandu::Analytics
