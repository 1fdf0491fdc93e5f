#pragma once

#include "simulatorprocess.h"

#include <QEventLoop>
#include <QList>
#include <QTimer>
#include <core/mediasegment.h>
#include <media/recorder.h>
#include <memory>

namespace Jiandu::Testing {

//! Records the simulator's cameras 1…N (named \a cameraIds) into \a directory in one-second
//! segments until each has closed \a segments of them (or \a timeoutMs passed); the closed
//! segments per camera, in order.
inline QList<QList<MediaSegment>> recordFootage(const Simulator &sim, const QString &directory,
                                                const QStringList &cameraIds, int segments,
                                                int timeoutMs = 40000)
{
    QList<QList<MediaSegment>> closed(cameraIds.size());
    std::vector<std::unique_ptr<Recorder>> recorders;
    QEventLoop loop;
    const auto enough = [&] {
        return std::all_of(
            closed.cbegin(), closed.cend(),
            [segments](const QList<MediaSegment> &c) { return c.size() >= segments; });
    };
    for (qsizetype i = 0; i < cameraIds.size(); ++i) {
        auto recorder = std::make_unique<Recorder>();
        QObject::connect(recorder.get(), &Recorder::segmentClosed, &loop,
                         [&closed, &loop, &enough, i](const MediaSegment &segment) {
                             closed[i].append(segment);
                             if (enough())
                                 loop.quit();
                         });
        Recorder::Options options;
        options.directory = directory;
        options.segmentSeconds = 1;
        options.cameraId = cameraIds[i];
        recorder->start(sim.url(int(i) + 1), options);
        recorders.push_back(std::move(recorder));
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    for (auto &recorder : recorders) {
        QObject::disconnect(recorder.get(), nullptr, &loop, nullptr);
        recorder->stop();
    }
    return closed;
}

} // namespace Jiandu::Testing
