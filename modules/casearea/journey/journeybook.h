#pragma once

#include "identitycard.h"
#include "stay.h"

#include <QHash>
#include <limits>
#include <rules/ruleengine.h>

namespace Jiandu::CaseArea {

//! The desk's book of stays: each step checked against what the stays are now (a band bound
//! once, no 注销 with belongings held unless the officer says so, a return only after a
//! leave …), then recorded, and told to the rule engine as the events its 场所 rules listen
//! to. The same steps in the same order make the same book, so a book is restored by
//! applying what the cache kept.
class JourneyBook
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseArea::JourneyBook)

public:
    //! The catalogue's special categories that follow from the date of birth on \a day.
    static QStringList derivedCategories(const QDate &birthDate, const QDate &day);
    //! The categories the desk can tick, as the catalogue names them.
    static const QStringList &specialCategories();
    static const QStringList &belongingKinds();
    static const QStringList &drugTestResults();

    //! The book \a steps make, in their order, taking only those before \a beforeMs (the stays
    //! as they were then); a step that no longer applies is left out.
    static JourneyBook rebuilt(const QList<JourneyStep> &steps,
                               qint64 beforeMs = std::numeric_limits<qint64>::max());

    //! Checks \a step and, if it may be, records it; returns the events it makes. A
    //! 注销 while belongings are held is refused (code "belongings-held", the items named)
    //! unless its body says "acceptHeld": then the event says belongingsReturned 否.
    Result<QList<RuleEvent>> apply(const JourneyStep &step);

    const QHash<QString, Stay> &stays() const { return m_stays; }
    const Stay *stay(const QString &uid) const;
    //! The stay in the area whose band is \a tag.
    const Stay *stayWithTag(const QString &tag) const;
    //! Officers' cards bound now: tag → officer's name.
    const QHash<QString, QString> &officerCards() const { return m_officerCards; }
    //! Stays that ended before \a ms are forgotten (kept in the cache, not in memory).
    void forgetEndedBefore(qint64 ms);

private:
    Result<QList<RuleEvent>> enter(const JourneyStep &step);
    Result<QList<RuleEvent>> leave(Stay &stay, const JourneyStep &step);
    Result<void> checkTagFree(const QString &tag) const;
    static RuleEvent event(const Stay &stay, const JourneyStep &step, QJsonObject extra = {});

    QHash<QString, Stay> m_stays;           //!< by uid
    QHash<QString, QString> m_officerCards; //!< tag → name
    QHash<QString, QString> m_officerIds;   //!< tag → officer id
};

} // namespace Jiandu::CaseArea
