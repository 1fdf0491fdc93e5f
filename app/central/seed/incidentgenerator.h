#pragma once

#include <QDateTime>
#include <functional>

namespace Jiandu::Central {

class PgConnection;

//! Realistic 警情 records for the demo and the benchmarks: for each incident a report (jb),
//! the incident (jq), its dispatch (jqxf) and the feedback (jqfk), spread evenly over the
//! days before \a end, at the stations of the demo city, with Chinese names, addresses, ID
//! numbers with valid check digits, phone numbers, the seed's status codes and a mix of
//! 110, walk-in (窗口) and online reports. PostgreSQL makes the rows (INSERT … SELECT over
//! generate_series), so ten million take minutes, not hours. The same seed gives the same
//! records; running it again adds nothing.
class IncidentGenerator
{
public:
    struct Options
    {
        qint64 incidents = 1000;
        int days = 7;
        QDateTime end; //!< local time of the service; default now
        qint64 seed = 1;
        qint64 batch = 50000;
    };
    //! Generates into \a connection; \a progress(done, total) after each batch.
    static void generate(PgConnection &connection, const Options &options,
                         const std::function<void(qint64, qint64)> &progress = {});
};

} // namespace Jiandu::Central
