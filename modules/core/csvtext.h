#pragma once

#include "coreexport.h"

#include <QByteArray>
#include <QString>

namespace Jiandu::Csv {

//! What a CSV file starts with so that a spreadsheet reads its Chinese as UTF-8.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

//! \a text as one CSV field: quoted (quotes doubled) when it holds a comma, quote or line break.
JIANDU_CORE_EXPORT QString field(const QString &text);
//! field() of text from outside (names, what was seen): one a spreadsheet would run as a
//! formula (=, +, -, @ first) is written as text.
JIANDU_CORE_EXPORT QString cell(QString text);

} // namespace Jiandu::Csv
