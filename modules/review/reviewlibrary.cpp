#include "reviewlibrary.h"

#include "data/reviewrepository.h"

#include <QFileInfo>
#include <core/clock.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <storage/caserepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

ReviewLibrary::ReviewLibrary(IShell &shell, CacheThread &data, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_data(&data)
{}

void ReviewLibrary::close()
{
    if (m_data)
        m_data->drain();
    m_data = nullptr;
}

void ReviewLibrary::list(QObject *context, std::function<void(const QList<Interrogation> &)> done)
{
    run<QList<Interrogation>>(
        context, [](QSqlDatabase &db) { return ReviewRepository(db).list(); },
        [done](Result<QList<Interrogation>> list) { done(list ? *list : QList<Interrogation>()); });
}

void ReviewLibrary::create(const NewInterrogation &request, QObject *context,
                           std::function<void(const Result<Interrogation> &)> done)
{
    const QString actor = m_shell.context().userName;
    const qint64 now = m_shell.clock().nowMs();
    run<Interrogation>(
        context,
        [request, actor, now](QSqlDatabase &db) -> Result<Interrogation> {
            if (request.recordings.isEmpty() && request.record.isEmpty())
                return Error{tr("Add at least a recording or the written record."), {}};
            Interrogation i;
            i.title = request.title.trimmed();
            i.ajbh = request.ajbh.trimmed();
            auto add = [&i](const QString &path, ReviewFile::Role role) -> Result<void> {
                auto file = ReviewRepository::measure(path, role);
                if (!file)
                    return file.error();
                i.files.append(*file);
                return {};
            };
            for (const QString &path : request.recordings)
                if (auto added = add(path, ReviewFile::Role::Recording); !added)
                    return added.error();
            if (!request.record.isEmpty())
                if (auto added = add(request.record, ReviewFile::Role::Record); !added)
                    return added.error();
            for (const QString &path : request.transcripts)
                if (auto added = add(path, ReviewFile::Role::Transcript); !added)
                    return added.error();
            if (i.title.isEmpty())
                i.title = QFileInfo(request.record.isEmpty() ? request.recordings.constFirst()
                                                             : request.record)
                              .completeBaseName();
            return ReviewRepository(db).create(i, actor, now);
        },
        [this, done](Result<Interrogation> created) {
            done(created);
            if (created)
                Q_EMIT changed();
        });
}

void ReviewLibrary::filesOfCase(const QString &ajbh, QObject *context,
                                std::function<void(const Result<NewInterrogation> &)> done)
{
    run<NewInterrogation>(
        context,
        [ajbh](QSqlDatabase &db) -> Result<NewInterrogation> {
            CaseRepository cases(db);
            auto legalCase = cases.find(ajbh);
            if (!legalCase)
                return legalCase.error();
            if (!*legalCase)
                return Error{tr("There is no case %1 in this workstation's cache.").arg(ajbh), {}};
            auto files = cases.files(ajbh);
            if (!files)
                return files.error();
            NewInterrogation n;
            n.ajbh = ajbh;
            n.title = (*legalCase)->ajmc;
            for (const CaseFile &f : *files) {
                switch (f.kind) {
                case CaseFile::Kind::Clip:
                    n.recordings << f.path;
                    break;
                case CaseFile::Kind::Transcript:
                    n.transcripts << f.path;
                    break;
                case CaseFile::Kind::Document:
                    if (n.record.isEmpty() || f.name.contains(u"笔录"_s))
                        n.record = f.path;
                    break;
                case CaseFile::Kind::Invalid:
                    break;
                }
            }
            if (n.recordings.isEmpty() && n.record.isEmpty())
                return Error{tr("Case %1 has no recording or document in the cache.").arg(ajbh),
                             {}};
            return n;
        },
        [done](Result<NewInterrogation> n) { done(n); });
}

} // namespace Jiandu::Review
