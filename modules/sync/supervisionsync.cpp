#include "supervisionsync.h"

#include "filetransfer.h"
#include "syncschema.h"

#include <QDateTime>
#include <storage/cachethread.h>
#include <storage/localcache.h>
#include <storage/schema.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

SupervisionSync::SupervisionSync(const LocalCache &cache, CentralAccount account,
                                 QList<const ISyncParticipant *> participants, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_participants(std::move(participants))
    , m_cache(std::make_unique<CacheThread>(cache, u"sync-supervision"_s))
    , m_client(new SupervisionClient(m_account, this))
    , m_files(new FileTransfer(*m_cache, *m_client, cache.directory() + u"/files"_s, this))
{}

SupervisionSync::~SupervisionSync()
{
    m_client->abort();
    m_cache.reset(); // finishes what is queued before the participants may go
}

QString SupervisionSync::scope() const
{
    return m_account.server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + u' ' +
           m_account.user;
}

void SupervisionSync::cancel()
{
    m_cancelled = true;
    m_files->cancel();
}

void SupervisionSync::run(std::function<void(Result<Progress>)> done)
{
    if (m_done) {
        done(Error{tr("A sync round is already running."), {}});
        return;
    }
    m_done = std::move(done);
    m_progress = {};
    m_cancelled = false;
    if (m_prepared) {
        sendFiles();
        return;
    }
    prepare();
}

void SupervisionSync::prepare()
{
    m_cache->run<bool>(
        this,
        [](QSqlDatabase &db) -> Result<bool> {
            if (auto migrated = Schema::migrate(db, SyncSchema::module(), SyncSchema::migrations());
                !migrated)
                return migrated.error();
            return true;
        },
        [this](Result<bool> ready) {
            if (!ready) {
                finish(ready.error());
                return;
            }
            m_prepared = true;
            sendFiles();
        });
}

void SupervisionSync::sendFiles()
{
    // Before the operations naming them, so a workstation pulling a record finds its files.
    m_files->upload([this](Result<FileTransfer::Progress> sent) {
        if (!sent) {
            finish(sent.error());
            return;
        }
        m_progress.filesSent += sent->sent;
        pushNext();
    });
}

void SupervisionSync::fetchFiles()
{
    m_files->download([this](Result<FileTransfer::Progress> received) {
        if (!received) {
            finish(received.error());
            return;
        }
        m_progress.filesReceived += received->received;
        if (received->received)
            emit progressed(m_progress);
        finish(m_progress);
    });
}

void SupervisionSync::pushNext()
{
    if (m_cancelled) {
        finish(Error{tr("The sync was stopped."), {}, u"cancelled"_s});
        return;
    }
    m_cache->run<QList<Outbox::Entry>>(
        this,
        [user = m_account.user](QSqlDatabase &db) { return Outbox(db).pending(kPushBatch, user); },
        [this](Result<QList<Outbox::Entry>> entries) {
            if (!entries) {
                finish(entries.error());
                return;
            }
            if (entries->isEmpty()) {
                pullNext();
                return;
            }
            QJsonArray operations;
            for (const Outbox::Entry &e : std::as_const(*entries))
                operations.append(e.operation);
            m_client->push(operations, [this, sent = *entries](Result<QJsonArray> answers) {
                if (!answers) {
                    QList<QString> ids;
                    for (const Outbox::Entry &e : sent)
                        ids.append(e.id);
                    const Error why = answers.error();
                    m_cache->run<bool>(
                        this,
                        [ids, why](QSqlDatabase &db) -> Result<bool> {
                            if (auto noted = Outbox(db).recordFailure(ids, why.message); !noted)
                                return noted.error();
                            return true;
                        },
                        [this, why](Result<bool>) { finish(why); });
                    return;
                }
                const QString scope = this->scope();
                m_cache->run<SupervisionStore::Answered>(
                    this,
                    [scope, sent, answers = *answers,
                     participants = m_participants](QSqlDatabase &db) {
                        return SupervisionStore(db, scope).storeAnswers(
                            sent, answers, participants, QDateTime::currentMSecsSinceEpoch());
                    },
                    [this](Result<SupervisionStore::Answered> stored) {
                        if (!stored) {
                            finish(stored.error());
                            return;
                        }
                        m_progress.pushed += stored->applied + stored->conflicts;
                        m_progress.conflicts += stored->conflicts;
                        if (!stored->kinds.isEmpty())
                            emit recordsChanged(stored->kinds);
                        if (stored->conflicts)
                            emit conflictsArrived(stored->conflicts);
                        emit progressed(m_progress);
                        if (stored->unreadable) {
                            finish(Error{tr("The central service's answers to %n operations "
                                            "were not understood; they stay queued.",
                                            nullptr, stored->unreadable),
                                         {},
                                         u"malformed"_s});
                            return;
                        }
                        if (stored->retry) {
                            finish(Error{tr("The central service could not apply %n operations "
                                            "now; they stay queued and are sent again.",
                                            nullptr, stored->retry),
                                         {},
                                         u"server"_s});
                            return;
                        }
                        pushNext();
                    });
            });
        });
}

void SupervisionSync::pullNext()
{
    if (m_cancelled) {
        finish(Error{tr("The sync was stopped."), {}, u"cancelled"_s});
        return;
    }
    const QString scope = this->scope();
    m_cache->run<SupervisionStore::State>(
        this, [scope](QSqlDatabase &db) { return SupervisionStore(db, scope).state(); },
        [this, scope](Result<SupervisionStore::State> state) {
            if (!state) {
                finish(state.error());
                return;
            }
            m_progress.next = state->next;
            m_progress.pending = state->pending;
            m_client->changes(
                state->next, kPageSize,
                [this, scope, after = state->next, tree = state->tree](Result<ChangePage> page) {
                    if (!page) {
                        finish(page.error());
                        return;
                    }
                    if (after > 0 && !tree.isEmpty() && page->scope != tree) {
                        // The account sees another part of the tree now (moved to another
                        // unit): records of it lie below the old position, so it starts over.
                        m_cache->run<bool>(
                            this,
                            [scope, newTree = page->scope](QSqlDatabase &db) -> Result<bool> {
                                if (auto reset = SupervisionStore(db, scope).restart(newTree);
                                    !reset)
                                    return reset.error();
                                return true;
                            },
                            [this](Result<bool> reset) {
                                if (!reset)
                                    finish(reset.error());
                                else
                                    pullNext();
                            });
                        return;
                    }
                    if (page->next < after) {
                        finish(Error{tr("The central service's change log went backwards (from %1 "
                                        "to %2): its database was restored from a backup? The sync "
                                        "stopped; ask the administrator.")
                                         .arg(after)
                                         .arg(page->next),
                                     {},
                                     u"malformed"_s});
                        return;
                    }
                    m_cache->run<QStringList>(
                        this,
                        [scope, page = *page, participants = m_participants](QSqlDatabase &db) {
                            return SupervisionStore(db, scope).storePage(page, participants);
                        },
                        [this, page = *page, scope](Result<QStringList> kinds) {
                            if (!kinds) {
                                finish(kinds.error());
                                return;
                            }
                            m_progress.pulled += page.changes.size();
                            m_progress.next = page.next;
                            m_progress.head = page.head;
                            if (!kinds->isEmpty())
                                emit recordsChanged(*kinds);
                            emit progressed(m_progress);
                            if (page.changes.size() >= kPageSize) {
                                pullNext();
                                return;
                            }
                            m_cache->run<bool>(
                                this,
                                [scope](QSqlDatabase &db) -> Result<bool> {
                                    if (auto marked = SupervisionStore(db, scope).markSuccess(
                                            QDateTime::currentMSecsSinceEpoch());
                                        !marked)
                                        return marked.error();
                                    return true;
                                },
                                [this](Result<bool> marked) {
                                    if (!marked)
                                        finish(marked.error());
                                    else
                                        fetchFiles();
                                });
                        });
                });
        });
}

void SupervisionSync::finish(Result<Progress> result)
{
    if (auto done = std::exchange(m_done, {}))
        done(std::move(result));
}

} // namespace Jiandu::Sync
