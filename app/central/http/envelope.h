#pragma once

#include "httpserver.h"

#include <QByteArray>
#include <QString>

namespace Jiandu::Central {

//! The seed's response codes (警情中心数据接口, 错误码).
namespace Code {
constexpr int Ok = 0;
constexpr int Failed = -1;
constexpr int RateLimited = 1;
constexpr int BadParameters = 10;
constexpr int Unauthorized = 401;
constexpr int TokenExpired = 40101;
} // namespace Code

//! {"code": …, "message": …, "data": …} with \a data already JSON text ("null" by default).
//! HTTP status 200: the code says what happened (the seed's envelope), so a client reads one
//! place; requests that are not the API's (unknown path, wrong method) get 404/405 too.
HttpResponse envelope(int code, const QString &message, const QByteArray &data = "null",
                      int status = 200);

} // namespace Jiandu::Central
