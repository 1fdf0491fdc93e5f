#pragma once

#include "../geo/chinacoordinates.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <core/result.h>
#include <optional>

namespace Jiandu::CommandMap {

//! 指令下发: an instruction from the command room to officers or units (or, as a 情况发布,
//! to the leaders responsible), and each recipient's answer step by step: received,
//! accepted or refused (with the reason), arrived, done (with the feedback and its photos);
//! the issuer may cancel what is not done. Every step says who, when, and where when known;
//! steps never go back in time or skip what the workflow requires.
class Instruction
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CommandMap::Instruction)

public:
    enum class Kind { Invalid = 0, Instruction, Briefing };
    enum class State { Invalid = 0, Sent, Received, Accepted, Refused, Arrived, Done, Cancelled };

    struct Step
    {
        State state = State::Invalid;
        qint64 atMs = 0;
        QString actor;
        QString note;       //!< the refusal's reason, the feedback
        QStringList photos; //!< the feedback's photos (sealed files' names)
        std::optional<LatLon> where;
    };
    struct Track
    {
        QString recipient; //!< an officer's or a unit's id
        QList<Step> steps;
        State state() const { return steps.isEmpty() ? State::Invalid : steps.constLast().state; }
    };

    static constexpr int kMaxRecipients = 500;
    static constexpr int kMaxTextChars = 4000;

    //! A new instruction, sent to each of \a recipients at \a atMs; refused in words when it
    //! says nothing, has no recipient (or too many) or its text is too long.
    static Result<Instruction> create(Kind kind, const QString &title, const QString &body,
                                      const QStringList &recipients, const QString &issuedBy,
                                      qint64 atMs, const QString &incident = {});

    //! \a recipient's next step; refused with the reason when the workflow does not allow it.
    //! Refusing needs a reason, done needs feedback; cancelling is the issuer's, for every
    //! recipient not yet done.
    Result<void> advance(const QString &recipient, const Step &step);
    Result<void> cancel(const QString &actor, qint64 atMs, const QString &reason);

    QString uid;
    Kind kind = Kind::Invalid;
    QString title;
    QString body;
    QString incident; //!< 警情编号 it is about, when any
    QString unit;     //!< the issuing unit (whose scope shares it), set where it is kept
    QString issuedBy;
    qint64 issuedMs = 0;
    QList<Track> tracks;

    //! Done by everyone who accepted it, or cancelled, or refused by all.
    bool isClosed() const;
    //! From sent to accepted, for \a recipient; −1 while not accepted.
    qint64 responseMs(const QString &recipient) const;

    QJsonObject toJson() const;
    static Result<Instruction> fromJson(const QJsonObject &json);
    //! One step as an operation or a record carries it (the step's fields; nothing checked).
    static QJsonObject stepToJson(const Step &step);
    static Step stepFromJson(const QJsonObject &json);

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

} // namespace Jiandu::CommandMap
