#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <core/result.h>

namespace Jiandu::CaseArea {

//! A resident identity card number (居民身份证号码, GB 11643): 18 characters whose last is a
//! check character (ISO 7064 MOD 11-2), or the older 15 digits without one. Read as people
//! type it: spaces and full-width characters are forgiven, a lower-case x is an X; anything
//! else wrong is said in words (which digit, what it should be).
struct IdentityCard
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseArea::IdentityCard)

public:
    QString number; //!< 18 characters, upper case (a 15-digit number is given its 18)
    QDate birthDate;
    bool male = false;

    static Result<IdentityCard> parse(const QString &text);
    //! The check character the first 17 digits call for.
    static QChar checkCharacter(QStringView first17);
    //! Whole years of age on \a day.
    int ageOn(const QDate &day) const;
};

} // namespace Jiandu::CaseArea
