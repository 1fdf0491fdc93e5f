#include "envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

HttpResponse envelope(int code, const QString &message, const QByteArray &data, int status)
{
    // The message goes through the JSON writer (quotes and control characters escaped).
    QByteArray text = QJsonDocument(QJsonObject{{u"code"_s, code}, {u"message"_s, message}})
                          .toJson(QJsonDocument::Compact);
    text.chop(1); // the closing brace
    text += ",\"data\":";
    text += data;
    text += '}';
    HttpResponse response;
    response.status = status;
    response.code = code;
    response.body = text.toStdString();
    return response;
}

} // namespace Jiandu::Central
