#pragma once

#include "coreexport.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Jiandu {

//! The 18-digit resident identity card number (GB 11643): region, birth date, sequence and
//! an ISO 7064 MOD 11-2 check character.
class JIANDU_CORE_EXPORT IdNumber
{
public:
    //! The number if \a text is one (18 characters, a real birth date, the right check
    //! character; a lower-case x is accepted); nullopt otherwise.
    static std::optional<IdNumber> parse(const QString &text);

    QDate birthDate() const { return m_birthDate; }
    //! Full years of age on \a day (birthdays on 29 February count from 1 March).
    int ageOn(const QDate &day) const;
    //! "4403**********4567": the region's first four and the last four characters, for logs.
    QString masked() const;
    //! Every 18-character run in \a text that looks like an ID number (a valid birth date
    //! inside, whatever its check character), masked.
    static QString maskAll(const QString &text);

private:
    QString m_text;
    QDate m_birthDate;
};

} // namespace Jiandu
