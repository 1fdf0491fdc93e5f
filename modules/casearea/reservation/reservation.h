#pragma once

#include "../tracking/floorplan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <core/result.h>

namespace Jiandu::CaseArea {

//! Where a reservation stands: 所民警 asks, 所领导 agrees, 法制负责人 assigns the rooms.
enum class ReservationState {
    Requested,      //!< 待所领导审批
    LeaderApproved, //!< 待法制负责人审批
    Approved,       //!< 已批准 (rooms assigned)
    Rejected,       //!< 已驳回
    Cancelled,      //!< 已撤销 (by the officer who asked)
};

//! What can be done with a reservation; who may do it is the role's (see decide()).
enum class ReservationAction {
    LeaderApprove, //!< 所领导 agrees
    LegalApprove,  //!< 法制负责人 agrees and assigns the rooms
    Reject,        //!< 所领导 or 法制负责人 refuses, with the reason
    Cancel,        //!< the officer who asked takes it back
};

//! Rooms of one type asked for: two 讯问室, one 候问室 …
struct RoomWish
{
    RoomType type = RoomType::Other;
    int count = 1;
};

//! One decision on a reservation, as the record keeps it.
struct ReservationDecision
{
    ReservationAction action = ReservationAction::LeaderApprove;
    QString actor;
    QString role; //!< the actor's role as the account says it (leader, legal …); empty standalone
    qint64 atMs = 0;
    QString note;
};

//! 办案区预约: an officer of one unit asks to use rooms of a case-handling area (their own
//! or another unit's) for a time — why, for how many suspects, which types of room and how
//! many — and it goes 所民警 → 所领导 → 法制负责人, who assigns the rooms.
struct Reservation
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseArea::Reservation)

public:
    static constexpr qint64 kLongestMs = 72LL * 3600 * 1000;
    static constexpr int kMaxSuspects = 50;
    static constexpr int kMaxRooms = 20;

    QString uid;
    QString unit;        //!< the asking officer's unit
    QString requestedBy; //!< the asking officer
    qint64 requestedMs = 0;
    QString area;     //!< the area asked for (as its plans name it)
    QString areaUnit; //!< the unit whose area it is (its plans are kept under it)
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString reason; //!< 借用事由
    int suspects = 1;
    QList<RoomWish> wishes;
    ReservationState state = ReservationState::Requested;
    QStringList rooms; //!< the rooms assigned (ids of the area's plan), once approved
    QList<ReservationDecision> decisions;

    QJsonObject toJson() const;
    //! The reservation \a json describes, or why it is not one.
    static Result<Reservation> fromJson(const QJsonObject &json);

    //! Whether it holds the area for its time (asked for, not refused nor taken back).
    bool isActive() const;
    //! Who asked, with their unit when it is known: "张警官 (大智派出所)".
    QString requester() const;
    bool overlaps(qint64 fromMs, qint64 toMs) const;
    int roomsWanted() const;

    //! Checks a new request made at \a nowMs: a time in the future of at most three days,
    //! a reason, 1…50 suspects, 1…20 rooms of types that are rooms (not a corridor).
    static Result<void> checkRequest(const Reservation &request, qint64 nowMs);

    //! \a action by \a actor in \a role on \a current at \a nowMs: the reservation after it, or
    //! why it may not be. Roles: "leader" approves or rejects a request; "legal" approves one
    //! a leader approved, assigning \a rooms of \a plan — of the types and number asked for,
    //! none held by another of \a others for an overlapping time — or rejects it; the asking
    //! officer cancels. No one approves their own request, nor both stages of one. An empty
    //! role (a standalone workstation) may take any stage's step.
    static Result<Reservation> decide(const Reservation &current, ReservationAction action,
                                      const QString &actor, const QString &role,
                                      const QString &note, const QStringList &rooms,
                                      const FloorPlan *plan, const QList<Reservation> &others,
                                      qint64 nowMs);

    //! Whether an account of \a role approves as station leader, or as legal head (an empty
    //! role, a standalone workstation, takes either stage's step).
    static bool leads(const QString &role);
    static bool headsLegal(const QString &role);

    static QString stateKey(ReservationState state);
    static std::optional<ReservationState> stateOf(const QString &key);
    static QString actionKey(ReservationAction action);
    static std::optional<ReservationAction> actionOf(const QString &key);
    //! The state as the area's staff say it (待所领导审批 …), translated.
    static QString stateName(ReservationState state);
    static QString actionName(ReservationAction action);
    //! The room types one may ask for.
    static QList<RoomType> bookableTypes();
    //! The rooms of every floor of an area in one plan (a room id used on two floors: the
    //! lower floor's).
    static FloorPlan roomsOf(QList<FloorPlan> floors);
};

} // namespace Jiandu::CaseArea
