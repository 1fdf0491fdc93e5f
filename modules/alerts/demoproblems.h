#pragma once

#include <QSqlDatabase>
#include <core/problemworkflow.h>
#include <core/result.h>

namespace Jiandu::DemoProblems {

//! Opens the demo site's problems (:/demo/problems.json) and takes their steps, dated
//! relative to \a nowMs, so the closed loop and its statistics show every stage on a first
//! start. Does nothing if the cache holds problems already. Returns how many were opened.
Result<int> play(QSqlDatabase db, qint64 nowMs, const ProblemWorkflow::TimeLimits &limits);

} // namespace Jiandu::DemoProblems
