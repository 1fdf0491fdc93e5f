#include "requestparameters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

constexpr qsizetype kMaxValue = 8192;
constexpr int kMaxParameters = 64;

bool addForm(const QByteArray &encoded, RequestParameters &out)
{
    QByteArray plus = encoded;
    plus.replace('+', "%20"); // a form's space
    const QUrlQuery query(QString::fromUtf8(plus));
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name.isEmpty())
            continue;
        if (out.values.contains(name)) {
            out.error = u"参数%1重复 (parameter %1 given twice)"_s.arg(name);
            return false;
        }
        out.values.insert(name, value);
    }
    return true;
}

} // namespace

QString bearerToken(const HttpRequest &request)
{
    const QString authorization = QString::fromStdString(request.authorization);
    if (!authorization.startsWith("Bearer "_L1, Qt::CaseInsensitive))
        return {};
    return authorization.mid(7).trimmed();
}

RequestParameters RequestParameters::parse(const HttpRequest &request)
{
    RequestParameters out;
    if (!addForm(QByteArray::fromStdString(request.query), out))
        return out;
    const QByteArray body = QByteArray::fromStdString(request.body).trimmed();
    const QString type =
        QString::fromStdString(request.contentType).section(u';', 0, 0).trimmed().toLower();
    if (type == "application/json"_L1 || (type.isEmpty() && body.startsWith('{'))) {
        if (body.isEmpty())
            return out;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            out.error = u"请求体不是JSON对象 (the body is not a JSON object)"_s;
            return out;
        }
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                out.error = u"参数%1应为字符串 (parameter %1 must be a string)"_s.arg(it.key());
                return out;
            }
            if (out.values.contains(it.key())) {
                out.error = u"参数%1重复 (parameter %1 given twice)"_s.arg(it.key());
                return out;
            }
            out.values.insert(it.key(), it.value().toString());
        }
    } else if (type.isEmpty() || type == "application/x-www-form-urlencoded"_L1 ||
               type == "text/plain"_L1) {
        if (!addForm(body, out))
            return out;
    } else {
        out.error =
            u"不支持的Content-Type %1：请用application/x-www-form-urlencoded或application/json "
            "(unsupported Content-Type)"_s.arg(type);
        return out;
    }
    if (out.values.size() > kMaxParameters) {
        out.error = u"参数过多 (too many parameters)"_s;
        return out;
    }
    for (auto it = out.values.cbegin(); it != out.values.cend(); ++it) {
        if (it.value().size() > kMaxValue || it.key().size() > 64) {
            out.error = u"参数%1过长 (parameter too long)"_s.arg(it.key().left(64));
            return out;
        }
    }
    return out;
}

} // namespace Jiandu::Central
