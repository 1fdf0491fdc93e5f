#pragma once

#include "aligner.h"

#include <QJsonObject>
#include <optional>

namespace Jiandu::Review {

//! An alignment as JSON: what `jiandu-cli align --json` prints and what the review keeps as
//! a version. {pairs: [{pair, start, end, status, confidence, firstSegment, lastSegment,
//! startOffset, endOffset}], unwritten: [{start, end, firstSegment, lastSegment, text}],
//! overall: {confidence, aligned, pairs, plausible, verdict}}; times in seconds, null when
//! not found.
namespace AlignmentJson {
QJsonObject toJson(const Alignment &alignment);
//! Nullopt when \a json is not an alignment.
std::optional<Alignment> fromJson(const QJsonObject &json);
} // namespace AlignmentJson

} // namespace Jiandu::Review
