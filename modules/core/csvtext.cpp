#include "csvtext.h"

using namespace Qt::StringLiterals;

namespace Jiandu::Csv {

QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

QString cell(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    return field(text);
}

} // namespace Jiandu::Csv
