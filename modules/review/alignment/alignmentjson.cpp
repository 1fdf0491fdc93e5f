#include "alignmentjson.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Jiandu::Review::AlignmentJson {

namespace {

QJsonValue seconds(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(ms) / 1000.0);
}

qint64 millis(const QJsonValue &v)
{
    return v.isDouble() ? qint64(std::llround(v.toDouble() * 1000.0)) : -1;
}

double rounded(double v)
{
    return std::round(v * 1000) / 1000;
}

} // namespace

QJsonObject toJson(const Alignment &alignment)
{
    QJsonArray pairs;
    for (const PairAlignment &a : alignment.pairs) {
        QJsonObject o{{u"pair"_s, a.pair},
                      {u"start"_s, seconds(a.startMs)},
                      {u"end"_s, seconds(a.endMs)},
                      {u"status"_s, PairAlignment::statusName(a.status)},
                      {u"confidence"_s, rounded(a.confidence)}};
        if (a.firstSegment >= 0) {
            o.insert(u"firstSegment"_s, a.firstSegment);
            o.insert(u"lastSegment"_s, a.lastSegment);
            o.insert(u"startOffset"_s, a.startOffset);
            o.insert(u"endOffset"_s, a.endOffset);
        }
        pairs.append(o);
    }
    QJsonArray unwritten;
    for (const UnwrittenPassage &u : alignment.unwritten) {
        QJsonObject o{{u"start"_s, seconds(u.startMs)},
                      {u"end"_s, seconds(u.endMs)},
                      {u"firstSegment"_s, u.firstSegment},
                      {u"lastSegment"_s, u.lastSegment},
                      {u"text"_s, u.text}};
        if (u.withinPair > 0)
            o.insert(u"withinPair"_s, u.withinPair);
        unwritten.append(o);
    }
    return {{u"pairs"_s, pairs},
            {u"unwritten"_s, unwritten},
            {u"overall"_s, QJsonObject{{u"confidence"_s, rounded(alignment.overallConfidence)},
                                       {u"aligned"_s, alignment.alignedCount},
                                       {u"pairs"_s, int(alignment.pairs.size())},
                                       {u"plausible"_s, alignment.plausible},
                                       {u"verdict"_s, alignment.verdict}}}};
}

std::optional<Alignment> fromJson(const QJsonObject &json)
{
    if (!json.value(u"pairs"_s).isArray() || !json.value(u"overall"_s).isObject())
        return std::nullopt;
    Alignment a;
    for (const QJsonValue &v : json.value(u"pairs"_s).toArray()) {
        const QJsonObject o = v.toObject();
        PairAlignment p;
        p.pair = o.value(u"pair"_s).toInt();
        const QString status = o.value(u"status"_s).toString();
        if (status == PairAlignment::statusName(PairAlignment::Status::Aligned))
            p.status = PairAlignment::Status::Aligned;
        else if (status == PairAlignment::statusName(PairAlignment::Status::Manual))
            p.status = PairAlignment::Status::Manual;
        else if (status == PairAlignment::statusName(PairAlignment::Status::NotFound))
            p.status = PairAlignment::Status::NotFound;
        else
            return std::nullopt;
        p.confidence = o.value(u"confidence"_s).toDouble();
        p.startMs = millis(o.value(u"start"_s));
        p.endMs = millis(o.value(u"end"_s));
        p.firstSegment = o.value(u"firstSegment"_s).toInt(-1);
        p.lastSegment = o.value(u"lastSegment"_s).toInt(-1);
        p.startOffset = o.value(u"startOffset"_s).toInt();
        p.endOffset = o.value(u"endOffset"_s).toInt();
        if (p.pair <= 0 || p.firstSegment < -1 || p.lastSegment < p.firstSegment)
            return std::nullopt;
        a.pairs.append(p);
    }
    for (const QJsonValue &v : json.value(u"unwritten"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"firstSegment"_s).toInt(-1) < 0 ||
            o.value(u"lastSegment"_s).toInt(-1) < o.value(u"firstSegment"_s).toInt(-1))
            return std::nullopt;
        a.unwritten.append({millis(o.value(u"start"_s)), millis(o.value(u"end"_s)),
                            o.value(u"firstSegment"_s).toInt(), o.value(u"lastSegment"_s).toInt(),
                            o.value(u"text"_s).toString(), o.value(u"withinPair"_s).toInt()});
    }
    const QJsonObject overall = json.value(u"overall"_s).toObject();
    a.overallConfidence = overall.value(u"confidence"_s).toDouble();
    a.alignedCount = overall.value(u"aligned"_s).toInt();
    a.plausible = overall.value(u"plausible"_s).toBool();
    a.verdict = overall.value(u"verdict"_s).toString();
    return a;
}

} // namespace Jiandu::Review::AlignmentJson
