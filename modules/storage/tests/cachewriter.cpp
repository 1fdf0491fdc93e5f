// cachewriter DIR PASSWORD FIRST BATCHES BATCH_SIZE [MAX_FILE_BYTES]
// Writes BATCHES batches of sample incidents numbered from FIRST into the cache in DIR,
// printing "committed N" after each commit. With MAX_FILE_BYTES the process may not grow
// any file past that size, as on a full disk. Exit 0 when all are written, 1 on an error.
#include "sampleincidents.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <storage/incidentrepository.h>
#include <storage/localcache.h>
#include <sys/resource.h>

using namespace Jiandu;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6)
        return 2;
    if (args.size() > 6) {
        std::signal(SIGXFSZ, SIG_IGN); // writes past the limit fail with EFBIG instead
        const rlim_t limit = args[6].toULongLong();
        const rlimit r{limit, limit};
        setrlimit(RLIMIT_FSIZE, &r);
    }
    auto cache = LocalCache::exists(args[1]) ? LocalCache::open(args[1], args[2])
                                             : LocalCache::create(args[1], args[2]);
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error().text()));
        return 1;
    }
    IncidentRepository incidents((*cache)->database().connection());
    const qint64 first = args[3].toLongLong();
    const int batches = args[4].toInt();
    const int batchSize = args[5].toInt();
    for (int b = 0; b < batches; ++b) {
        const auto stored =
            incidents.upsert(Testing::sampleIncidents(first + qint64(b) * batchSize, batchSize));
        if (!stored) {
            std::fprintf(stderr, "%s\n", qPrintable(stored.error().text()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(qint64(b + 1) * batchSize));
        std::fflush(stdout);
    }
    return 0;
}
