#include "identitycard.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {

// The provinces' codes (GB/T 2260, first two digits), with Taiwan, Hong Kong, Macao and
// the 91 given to residents abroad.
bool knownProvince(int code)
{
    static constexpr std::array codes{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                      35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                      53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91};
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

QString normalized(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        // Full-width digits and letters as an input method leaves them.
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c.unicode() == 0xFF38 || c.unicode() == 0xFF58)
            c = u'X';
        out.append(c == u'x' ? QChar(u'X') : c);
    }
    return out;
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QChar IdentityCard::checkCharacter(QStringView first17)
{
    static constexpr std::array weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checks[] = u"10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return QChar(checks[sum % 11]);
}

Result<IdentityCard> IdentityCard::parse(const QString &text)
{
    QString number = normalized(text);
    if (number.isEmpty())
        return Error{tr("Enter the identity card number."), {}, u"empty"_s};
    if (number.size() == 15) {
        if (!allDigits(number))
            return Error{tr("A 15-digit identity card number holds digits only."), number,
                         u"format"_s};
        // The old numbers left out the century (all born in the 1900s) and the check.
        const QString first17 = number.left(6) + u"19"_s + number.mid(6);
        number = first17 + checkCharacter(first17);
    }
    if (number.size() != 18)
        return Error{
            tr("An identity card number has 18 characters; this one has %1.").arg(number.size()),
            number, u"length"_s};
    if (!allDigits(QStringView(number).left(17)) || !(number[17].isDigit() || number[17] == u'X'))
        return Error{tr("An identity card number is 17 digits and a digit or X at the end."),
                     number, u"format"_s};
    if (!knownProvince(number.left(2).toInt()))
        return Error{
            tr("%1 is not a province's code: check the first two digits.").arg(number.left(2)),
            number, u"region"_s};
    IdentityCard card;
    card.birthDate = QDate::fromString(number.mid(6, 8), u"yyyyMMdd"_s);
    if (!card.birthDate.isValid() || card.birthDate.year() < 1900 ||
        card.birthDate > QDate::currentDate())
        return Error{
            tr("Digits 7 to 14 (%1) are not a possible date of birth.").arg(number.mid(6, 8)),
            number, u"birth-date"_s};
    const QChar expected = checkCharacter(QStringView(number).left(17));
    if (number[17] != expected)
        return Error{tr("The last character should be %1, not %2: a digit is mistyped.")
                         .arg(expected)
                         .arg(number[17]),
                     number, u"checksum"_s};
    card.number = number;
    card.male = (number[16].unicode() - u'0') % 2 == 1;
    return card;
}

int IdentityCard::ageOn(const QDate &day) const
{
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace Jiandu::CaseArea
