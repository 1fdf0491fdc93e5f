#include "recordingschedule.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Jiandu {

bool RecordingSchedule::recordsAt(const QDateTime &time) const
{
    switch (mode) {
    case Mode::Continuous:
        return true;
    case Mode::Windows: {
        const QTime t = time.toLocalTime().time();
        const int minute = t.hour() * 60 + t.minute();
        for (const auto &[from, to] : windows) {
            if (from < to ? (minute >= from && minute < to) : (minute >= from || minute < to))
                return true;
        }
        return false;
    }
    case Mode::Manual:
    case Mode::OnAlert:
    case Mode::Invalid:
        break;
    }
    return false;
}

QString RecordingSchedule::toText() const
{
    switch (mode) {
    case Mode::Continuous:
        return u"continuous"_s;
    case Mode::Windows: {
        QStringList parts;
        const auto clock = [](int minutes) {
            return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0'))
                .arg(minutes % 60, 2, 10, QChar(u'0'));
        };
        for (const auto &[from, to] : windows)
            parts.append(clock(from) + u'-' + clock(to));
        return parts.join(u", "_s);
    }
    case Mode::OnAlert:
        return u"on alert"_s;
    case Mode::Manual:
    case Mode::Invalid:
        break;
    }
    return u"manual"_s;
}

Result<RecordingSchedule> RecordingSchedule::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    RecordingSchedule schedule;
    if (trimmed.isEmpty() || trimmed == u"manual")
        return schedule;
    if (trimmed == u"continuous") {
        schedule.mode = Mode::Continuous;
        return schedule;
    }
    if (trimmed == u"on alert" || trimmed == u"on-alert") {
        schedule.mode = Mode::OnAlert;
        return schedule;
    }
    static const QRegularExpression window(
        uR"(^([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)$)"_s);
    schedule.mode = Mode::Windows;
    const QStringList parts = trimmed.split(u',');
    if (parts.size() > 48)
        return Error{tr("A recording schedule has at most 48 time windows."), {}};
    for (const QString &part : parts) {
        const auto m = window.match(part.trimmed());
        const int from = m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
        const int to = m.hasMatch() ? m.captured(3).toInt() * 60 + m.captured(4).toInt() : -1;
        if (from < 0 || to > 24 * 60 || from == to)
            return Error{tr("\"%1\" is not a recording schedule: write \"continuous\", "
                            "\"manual\", \"on alert\" or time windows such as \"08:00-12:00, "
                            "14:00-18:00\".")
                             .arg(text.left(200)),
                         {}};
        schedule.windows.append({from, to == 24 * 60 ? 0 : to});
    }
    return schedule;
}

} // namespace Jiandu
