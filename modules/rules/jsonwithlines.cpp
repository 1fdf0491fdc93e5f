#include "jsonwithlines.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

class Reader
{
public:
    Reader(const QByteArray &text, JsonWithLines &out)
        : m_text(text)
        , m_out(out)
    {}

    bool document(QString *error)
    {
        // A byte order mark (editors on Windows write one) is not part of the text.
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        if (!QUtf8StringView(m_text).isValidUtf8()) {
            // Said at the start of the first line that is not valid UTF-8.
            for (qsizetype from = 0; from < m_text.size();) {
                qsizetype to = m_text.indexOf('\n', from);
                to = to < 0 ? m_text.size() : to + 1;
                if (!QUtf8StringView(m_text.constData() + from, to - from).isValidUtf8())
                    break;
                from = m_pos = to;
            }
            m_error = u"the file is not UTF-8 text (save it as UTF-8)"_s;
            return fail(error);
        }
        skipSpace();
        if (!value(QString(), &m_out.value))
            return fail(error);
        skipSpace();
        if (m_pos != m_text.size()) {
            m_error = u"unexpected text after the end"_s;
            return fail(error);
        }
        return true;
    }

private:
    bool fail(QString *error)
    {
        // Line and column of the position where reading stopped.
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < std::min(m_pos, m_text.size()); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else if ((uchar(m_text[i]) & 0xc0) != 0x80) {
                ++column;
            }
        }
        *error = u"line %1, column %2: %3"_s.arg(line).arg(column).arg(m_error);
        return false;
    }

    // Kept up to date as reading moves on (texts cannot hold a line break), so asking for
    // the line of every value costs nothing.
    int line() const { return m_line; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text[m_pos])) {
            if (m_text[m_pos] == '\n')
                ++m_line;
            ++m_pos;
        }
    }

    bool expect(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        m_error = m_pos < m_text.size() ? u"expected '%1'"_s.arg(QLatin1Char(c))
                                        : u"the file ends too early"_s;
        return false;
    }

    bool value(const QString &path, QJsonValue *out)
    {
        skipSpace();
        if (m_pos >= m_text.size()) {
            m_error = u"the file ends too early"_s;
            return false;
        }
        m_out.lines.insert(path, line());
        const char c = m_text[m_pos];
        if (c == '{' || c == '[') {
            if (m_depth >= JsonWithLines::kMaxDepth) {
                m_error = u"nested deeper than %1 levels"_s.arg(JsonWithLines::kMaxDepth);
                return false;
            }
            ++m_depth;
            const bool ok = c == '{' ? object(path, out) : array(path, out);
            --m_depth;
            return ok;
        }
        if (c == '"') {
            QString s;
            if (!string(&s))
                return false;
            *out = s;
            return true;
        }
        for (const auto &[word, v] :
             {std::pair{"true", QJsonValue(true)}, std::pair{"false", QJsonValue(false)},
              std::pair{"null", QJsonValue(QJsonValue::Null)}}) {
            if (QByteArrayView(m_text).sliced(m_pos).startsWith(word)) {
                m_pos += qstrlen(word);
                *out = v;
                return true;
            }
        }
        qsizetype end = m_pos;
        while (end < m_text.size() && QByteArrayView("+-0123456789.eE").contains(m_text[end]))
            ++end;
        bool ok = false;
        const double number = QByteArrayView(m_text).sliced(m_pos, end - m_pos).toDouble(&ok);
        if (!ok || end == m_pos) {
            m_error = u"a value is expected here (text in \"quotes\", a number, true, false, "
                      "null, {…} or […])"_s;
            return false;
        }
        m_pos = end;
        *out = number;
        return true;
    }

    bool string(QString *out)
    {
        ++m_pos; // opening quote
        QByteArray raw;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\n') {
                m_error = u"a text runs past the end of its line (missing \")"_s;
                return false;
            }
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) {
                const char e = m_text[m_pos + 1];
                if (e == 'u' && m_pos + 5 < m_text.size()) {
                    raw += QString(QChar(m_text.mid(m_pos + 2, 4).toUShort(nullptr, 16))).toUtf8();
                    m_pos += 6;
                    continue;
                }
                const char *from = "\"\\/bfnrt";
                const char *to = "\"\\/\b\f\n\r\t";
                const char *at = std::strchr(from, e);
                if (!at || !e) {
                    m_error = u"unknown escape \\%1"_s.arg(QLatin1Char(e));
                    return false;
                }
                raw += to[at - from];
                m_pos += 2;
                continue;
            }
            raw += m_text[m_pos++];
        }
        if (m_pos >= m_text.size()) {
            m_error = u"a text is not closed (missing \")"_s;
            return false;
        }
        ++m_pos; // closing quote
        *out = QString::fromUtf8(raw);
        return true;
    }

    bool object(const QString &path, QJsonValue *out)
    {
        ++m_pos;
        QJsonObject object;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            *out = object;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
                m_error = u"a name in \"quotes\" is expected here"_s;
                return false;
            }
            QString key;
            if (!string(&key) || !expect(':'))
                return false;
            if (object.contains(key)) {
                m_error = u"\"%1\" appears twice"_s.arg(key);
                return false;
            }
            QJsonValue member;
            if (!value(path.isEmpty() ? key : path + u'.' + key, &member))
                return false;
            object.insert(key, member);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (!expect('}'))
                return false;
            *out = object;
            return true;
        }
    }

    bool array(const QString &path, QJsonValue *out)
    {
        ++m_pos;
        QJsonArray array;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            *out = array;
            return true;
        }
        while (true) {
            QJsonValue element;
            if (!value(u"%1[%2]"_s.arg(path).arg(array.size()), &element))
                return false;
            array.append(element);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (!expect(']'))
                return false;
            *out = array;
            return true;
        }
    }

    const QByteArray &m_text;
    JsonWithLines &m_out;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_depth = 0;
    QString m_error;
};

} // namespace

Result<JsonWithLines> JsonWithLines::parse(const QByteArray &text)
{
    JsonWithLines result;
    QString error;
    if (!Reader(text, result).document(&error))
        return Error{error, {}, u"syntax"_s};
    return result;
}

} // namespace Jiandu
