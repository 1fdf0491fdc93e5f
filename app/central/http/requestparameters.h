#pragma once

#include "httpserver.h"

#include <QMap>
#include <QString>

namespace Jiandu::Central {

//! A request's named parameters, from its query string and its body: a form
//! (application/x-www-form-urlencoded, also without a Content-Type) or a JSON object whose
//! values are strings. A name given twice, a value that is not a string, or a body that is
//! neither is an error, in words.
struct RequestParameters
{
    QMap<QString, QString> values;
    QString error;

    static RequestParameters parse(const HttpRequest &request);
};

//! The token of an "Authorization: Bearer …" header; empty if there is none.
QString bearerToken(const HttpRequest &request);

} // namespace Jiandu::Central
