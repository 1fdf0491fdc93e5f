#pragma once

#include "../journey/stay.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu {

//! The desk's steps in the cache, append only, in the order recorded.
class JourneyRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::JourneyRepository)

public:
    explicit JourneyRepository(QSqlDatabase db);
    //! Keeps \a step, not yet told to the rule engine (markTold once it is).
    Result<void> add(const CaseArea::JourneyStep &step);
    Result<void> markTold(const QStringList &uids);
    //! Takes back a kept step the book then refused (another step came first).
    Result<void> remove(const QString &uid);
    //! The steps kept but never told to the rule engine, oldest first.
    Result<QList<CaseArea::JourneyStep>> untold();
    //! What the book needs to be as it is now: every step of the stays not deregistered, and
    //! the officers' cards still bound.
    Result<QList<CaseArea::JourneyStep>> current();
    //! Every step of one stay.
    Result<QList<CaseArea::JourneyStep>> stay(const QString &stayUid);
    //! Every step of the stays entered in [fromMs, toMs) or still open then (briefs, history).
    Result<QList<CaseArea::JourneyStep>> staysDuring(qint64 fromMs, qint64 toMs);

private:
    Result<QList<CaseArea::JourneyStep>> select(const QString &where, const QVariantList &values);
    QSqlDatabase m_db;
};

} // namespace Jiandu
