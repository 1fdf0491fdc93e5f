#include "idnumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

QChar checkCharacter(QStringView first17)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kChecks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[i];
    return QLatin1Char(kChecks[sum % 11]);
}

} // namespace

std::optional<IdNumber> IdNumber::parse(const QString &text)
{
    if (text.size() != 18)
        return std::nullopt;
    for (int i = 0; i < 17; ++i) {
        if (text[i] < u'0' || text[i] > u'9')
            return std::nullopt;
    }
    if (checkCharacter(QStringView(text).first(17)) != text[17].toUpper())
        return std::nullopt;
    const QDate birth = QDate::fromString(text.mid(6, 8), u"yyyyMMdd"_s);
    if (!birth.isValid() || birth.year() < 1880)
        return std::nullopt;
    IdNumber id;
    id.m_text = text.toUpper();
    id.m_birthDate = birth;
    return id;
}

int IdNumber::ageOn(const QDate &day) const
{
    int age = day.year() - m_birthDate.year();
    if (day.month() < m_birthDate.month() ||
        (day.month() == m_birthDate.month() && day.day() < m_birthDate.day()))
        --age;
    return age;
}

QString IdNumber::masked() const
{
    return m_text.left(4) + QString(10, u'*') + m_text.right(4);
}

QString IdNumber::maskAll(const QString &text)
{
    static const QRegularExpression candidate(u"(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])"_s);
    QString result = text;
    // From the end, so the positions found stay right as the text changes.
    QList<QRegularExpressionMatch> found;
    for (const auto &match : candidate.globalMatch(text))
        found.prepend(match);
    // Masked whenever it looks like one (a real birth date inside), checksum or not: a
    // number mistyped by one digit is still someone's.
    for (const QRegularExpressionMatch &match : std::as_const(found)) {
        const QString text = match.captured();
        if (QDate::fromString(text.mid(6, 8), u"yyyyMMdd"_s).isValid())
            result.replace(match.capturedStart(), match.capturedLength(),
                           text.left(4) + QString(10, u'*') + text.right(4).toUpper());
    }
    return result;
}

} // namespace Jiandu
