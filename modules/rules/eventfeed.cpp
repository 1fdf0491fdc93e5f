#include "eventfeed.h"

#include <QJsonDocument>
#include <core/localtime.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

qint64 anyTime(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double ms = value.toDouble();
        return ms >= 0 && ms < 1e15 ? qint64(ms) : -2;
    }
    return value.isString() ? parseLocalTime(value.toString()) : -1;
}

bool sane(qint64 ms)
{
    return ms >= EventFeed::kEarliestMs && ms < EventFeed::kLatestMs;
}

} // namespace

qint64 EventFeed::parseTime(const QJsonValue &value)
{
    const qint64 at = anyTime(value);
    return sane(at) ? at : -1;
}

std::optional<RuleEvent> EventFeed::parseLine(const QByteArray &line, QString *why)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (error.error != QJsonParseError::NoError)
        return refuse(tr("not JSON (%1 at column %2)").arg(error.errorString()).arg(error.offset));
    return fromObject(document.object(), why);
}

std::optional<RuleEvent> EventFeed::fromObject(const QJsonObject &object, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QString type = object.value(u"type"_s).toString();
    if (type.isEmpty())
        return refuse(tr("no \"type\""));
    const qint64 at = anyTime(object.value(u"time"_s));
    if (at == -1)
        return refuse(tr("no \"time\", or not a time (use \"yyyy-MM-dd HH:mm:ss\")"));
    if (!sane(at))
        return refuse(tr("\"time\" lies outside the years 2000 to 2099"));
    if (!object.value(u"subject"_s).isObject())
        return refuse(tr("no \"subject\" object"));
    return RuleEvent{type, at, object.value(u"subject"_s).toObject()};
}

EventFeed::Batch EventFeed::read(QIODevice &device, const QString &name)
{
    Batch batch;
    int number = 0;
    while (!device.atEnd()) {
        const QByteArray line = device.readLine().trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        QString why;
        if (auto event = parseLine(line, &why))
            batch.events.append(std::move(*event));
        else
            batch.errors.append(u"%1:%2: %3"_s.arg(name).arg(number).arg(why));
    }
    return batch;
}

} // namespace Jiandu
