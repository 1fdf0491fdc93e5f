#pragma once

#include "rulesexport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <core/tier.h>
#include <optional>

namespace Jiandu {

//! A length of time as legal deadlines are written: a calendar part (months, "12个月") and an
//! exact part (days, hours, minutes, seconds). "3d", "24h", "30min", "2mo", "1y".
struct JIANDU_RULES_EXPORT Duration
{
    //! The longest length of time understood (200 years), in either part.
    static constexpr int kMaxMonths = 200 * 12;
    static constexpr qint64 kMaxMs = 200 * 366 * 86400000LL;

    int months = 0;
    qint64 ms = 0;

    //! "3d", "2d12h", "1y6mo", "2h30min"; nullopt if it is none, or longer than 200 years.
    static std::optional<Duration> parse(const QString &text);
    qint64 after(qint64 fromMs) const; //!< \a fromMs + this (months by the calendar)
    qint64 before(qint64 toMs) const;  //!< \a toMs − this
    bool isZero() const { return months == 0 && ms == 0; }
};

//! Which events a rule listens to: a type, the fields they must carry and what they must
//! not carry. A field may be a list (e.g. the documents of a case file): it matches when any
//! of its values does.
struct JIANDU_RULES_EXPORT EventMatch
{
    QString event;
    QHash<QString, QStringList> where;   //!< field → accepted values (any of)
    QHash<QString, QStringList> without; //!< field → values it must have none of
    //! field (a date and time) → how long before the event it must lie, e.g. the incident's
    //! end more than 6 months before the penalty (a date missing or unreadable: no match).
    QHash<QString, Duration> olderThan;
    //! field (a date and time) → how long before the event it may lie at most: the event
    //! came soon after it, e.g. a release within 3 days of the decision (a date missing,
    //! unreadable or after the event: no match).
    QHash<QString, Duration> within;

    //! \a atMs: the event's time (olderThan and within need it).
    bool matches(const QString &type, const QJsonObject &fields, qint64 atMs = -1) const;
    //! The values of \a value as text: one for a scalar, each element for a list.
    static QStringList values(const QJsonValue &value);
};

//! One supervision point (监督点位) of the rule catalogue.
struct JIANDU_RULES_EXPORT Rule
{
    QString id;
    QString element; //!< incident, case, person, property, venue, file
    QString stage;   //!< 环节, e.g. 强制措施
    Tier tier = Tier::Alarm;
    QString name;
    QString description;
    bool enabled = true;
    int score = 1;
    QString colour; //!< red, yellow, blue (default by tier)
    EventMatch start;
    QString key;                        //!< the subject field that identifies it, e.g. personId
    std::optional<Duration> deadline;   //!< none: the alert is raised at once
    std::optional<Duration> lead;       //!< warnings: raised this long before the deadline
    QList<EventMatch> stop;             //!< what satisfies or cancels it
    QHash<QString, QStringList> unless; //!< subject states that hide it (e.g. status 在逃)
    QString message; //!< "{name}，{idCard}，…"; {alertTime} and {deadline} are filled in
    //! The deadline is a date and time the start event carries (e.g. the end of a seizure
    //! written on its decision), plus \a deadline if both are given (60 days from the
    //! acceptance date an extension carries).
    QString deadlineAt;

    //! A rate over a period (入区登记率, 预警核查率): per value of \a per (e.g. the unit), how
    //! many \a of events were followed by \a met events in each calendar period; below
    //! \a below it is an alarm, which resolves itself in a later period above it. The
    //! message may use {rate} and {threshold}.
    struct Rate
    {
        EventMatch of;
        EventMatch met;
        QString per;
        Duration period;
        double below = 0;
        int minimum = 1; //!< fewer "of" events in a period are not judged
    };
    std::optional<Rate> rate;

    //! The start event happening \a count times for one subject within \a within is the
    //! problem (违规反复处理).
    struct Repeat
    {
        int count = 2;
        Duration within;
    };
    std::optional<Repeat> repeat;

    //! Raised at once when its start event happens (no deadline, no rate).
    bool isInstant() const { return !deadline && deadlineAt.isEmpty() && !rate; }

    static QString tierName(Tier tier);
};

} // namespace Jiandu
