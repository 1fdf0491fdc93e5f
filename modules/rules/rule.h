#pragma once

#include "rulesexport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Jiandu {

//! A length of time as legal deadlines are written: a calendar part (months, "12个月") and an
//! exact part (days, hours, minutes, seconds). "3d", "24h", "30min", "2mo", "1y".
struct JIANDU_RULES_EXPORT Duration
{
    int months = 0;
    qint64 ms = 0;

    static std::optional<Duration> parse(const QString &text);
    qint64 after(qint64 fromMs) const; //!< \a fromMs + this (months by the calendar)
    qint64 before(qint64 toMs) const;  //!< \a toMs − this
    bool isZero() const { return months == 0 && ms == 0; }
};

//! Which events a rule listens to: a type and the fields they must carry.
struct JIANDU_RULES_EXPORT EventMatch
{
    QString event;
    QHash<QString, QStringList> where; //!< field → accepted values (any of)

    bool matches(const QString &type, const QJsonObject &fields) const;
};

//! One supervision point (监督点位) of the rule catalogue.
struct JIANDU_RULES_EXPORT Rule
{
    enum class Tier { Guidance, Warning, Alarm }; // 事前指引, 事中预警, 事后报警
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

    static QString tierName(Tier tier);
};

} // namespace Jiandu
