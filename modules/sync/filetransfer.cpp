#include "filetransfer.h"

#include "supervisionclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <storage/cachethread.h>
#include <storage/sealedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Sync {

namespace {

constexpr int kBatch = 20;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

//! Failures of the way to the service, not of one file: the run stops.
bool connectionFailed(const Error &error)
{
    static const QStringList codes{u"network"_s,      u"timeout"_s, u"certificate-changed"_s,
                                   u"rate-limited"_s, u"refused"_s, u"cancelled"_s};
    return codes.contains(error.code);
}

QString piecePath(const QString &directory, const QString &sha, int piece)
{
    return u"%1/incoming/%2/%3"_s.arg(directory, sha).arg(piece, 6, 10, QChar(u'0'));
}

//! Up to kPiece plain bytes of \a path from \a offset; \a more: the file goes on after them.
Result<QByteArray> readPiece(const QString &path, const QByteArray &secret, qint64 offset,
                             bool *more)
{
    QByteArray piece;
    qint64 passed = 0;
    *more = false;
    auto read = SealedFile::read(path, secret, [&](QByteArrayView chunk) {
        const qint64 end = passed + chunk.size();
        if (end > offset)
            piece.append(chunk.sliced(std::max<qint64>(0, offset - passed)));
        passed = end;
        if (piece.size() > FileTransfer::kPiece) {
            *more = true;
            return false;
        }
        return true;
    });
    if (!read && !*more)
        return read.error();
    piece.truncate(FileTransfer::kPiece);
    return piece;
}

} // namespace

FileTransfer::FileTransfer(CacheThread &cache, SupervisionClient &client, QString directory,
                           QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_client(client)
    , m_directory(std::move(directory))
{}

qint64 FileTransfer::retryAt(int attempts, qint64 now)
{
    const qint64 minute = 60 * 1000;
    return now + std::min<qint64>(minute << std::clamp(attempts, 0, 6), 60 * minute);
}

void FileTransfer::upload(std::function<void(Result<Progress>)> done)
{
    m_uploading = true;
    m_done = std::move(done);
    m_progress = {};
    m_cancelled = false;
    m_tried.clear();
    m_queue.clear();
    nextFile();
}

void FileTransfer::download(std::function<void(Result<Progress>)> done)
{
    m_uploading = false;
    m_done = std::move(done);
    m_progress = {};
    m_cancelled = false;
    m_tried.clear();
    m_queue.clear();
    nextFile();
}

void FileTransfer::finish(Result<Progress> result)
{
    if (auto done = std::exchange(m_done, {}))
        done(std::move(result));
}

void FileTransfer::failed(const FileCatalog::Entry &file, const Error &why, bool giveUp)
{
    const QString reason =
        why.detail.isEmpty() ? why.message : why.message + u" ("_s + why.detail + u')';
    m_cache.run<bool>(
        this,
        [file, reason, giveUp](QSqlDatabase &db) -> Result<bool> {
            if (auto noted = FileCatalog(db).recordFailure(file.sha256, reason,
                                                           retryAt(file.attempts, nowMs()), giveUp);
                !noted)
                return noted.error();
            return true;
        },
        [this, why](Result<bool> noted) {
            if (!noted)
                finish(noted.error());
            else if (connectionFailed(why))
                finish(why);
            else
                nextFile();
        });
}

void FileTransfer::nextFile()
{
    if (m_cancelled) {
        finish(Error{tr("The sync was stopped."), {}, u"cancelled"_s});
        return;
    }
    if (m_queue.isEmpty()) {
        m_cache.run<QList<FileCatalog::Entry>>(
            this,
            [up = m_uploading](QSqlDatabase &db) {
                return up ? FileCatalog(db).uploads(kBatch, nowMs())
                          : FileCatalog(db).downloads(kBatch, nowMs());
            },
            [this](Result<QList<FileCatalog::Entry>> due) {
                if (!due) {
                    finish(due.error());
                    return;
                }
                for (const FileCatalog::Entry &file : std::as_const(*due))
                    if (!m_tried.contains(file.sha256))
                        m_queue.append(file);
                if (m_queue.isEmpty())
                    finish(m_progress);
                else
                    nextFile();
            });
        return;
    }
    const FileCatalog::Entry file = m_queue.takeFirst();
    m_tried.insert(file.sha256);
    m_client.fileStatus(file.sha256, [this, file](Result<QJsonObject> status) {
        if (!status) {
            failed(file, status.error());
            return;
        }
        const bool complete = status->value(u"complete"_s).toBool();
        if (m_uploading) {
            if (complete) {
                // Another workstation sent the same content: nothing to send.
                m_cache.run<bool>(
                    this,
                    [sha = file.sha256](QSqlDatabase &db) -> Result<bool> {
                        if (auto done = FileCatalog(db).uploaded(sha); !done)
                            return done.error();
                        return true;
                    },
                    [this](Result<bool> marked) {
                        if (!marked)
                            finish(marked.error());
                        else
                            nextFile();
                    });
                return;
            }
            // What is sent must be what was attached: a file changed since is not sent.
            m_cache.run<bool>(
                this,
                [file](QSqlDatabase &db) -> Result<bool> {
                    const auto secret = SealedFile::secret(db);
                    if (!secret)
                        return secret.error();
                    return SealedFile::plainSha256(file.path, *secret) == file.sha256;
                },
                [this, file,
                 received = qint64(status->value(u"received"_s).toDouble())](Result<bool> same) {
                    if (!same)
                        finish(same.error());
                    else if (!*same)
                        failed(file,
                               Error{tr("%1 is missing or changed since it was attached; it "
                                        "cannot be sent.")
                                         .arg(QDir::toNativeSeparators(file.path)),
                                     {}},
                               true);
                    else
                        sendFrom(file, received);
                });
            return;
        }
        if (!complete) {
            failed(file, Error{tr("The central service does not hold this file yet."), {}});
            return;
        }
        const qint64 total = qint64(status->value(u"bytes"_s).toDouble());
        // Pieces kept from an earlier run count; a file put in place by a run killed before
        // it was recorded is recorded now.
        m_cache.run<int>(
            this,
            [file, total, directory = m_directory](QSqlDatabase &db) -> Result<int> {
                const QString target = directory + u'/' + file.sha256;
                if (QFile::exists(target)) {
                    const auto secret = SealedFile::secret(db);
                    if (!secret)
                        return secret.error();
                    if (SealedFile::plainSha256(target, *secret) == file.sha256) {
                        if (auto done = FileCatalog(db).received(file.sha256, target, total); !done)
                            return done.error();
                        return -1;
                    }
                }
                int kept = 0;
                while (QFile::exists(piecePath(directory, file.sha256, kept)))
                    ++kept;
                return kept;
            },
            [this, file, total](Result<int> kept) {
                if (!kept)
                    finish(kept.error());
                else if (*kept < 0)
                    nextFile();
                else
                    fetchFrom(file, total, *kept);
            });
    });
}

void FileTransfer::sendFrom(const FileCatalog::Entry &file, qint64 offset)
{
    if (m_cancelled) {
        finish(Error{tr("The sync was stopped."), {}, u"cancelled"_s});
        return;
    }
    struct Piece
    {
        QByteArray bytes;
        bool last = true;
    };
    m_cache.run<Piece>(
        this,
        [path = file.path, offset](QSqlDatabase &db) -> Result<Piece> {
            const auto secret = SealedFile::secret(db);
            if (!secret)
                return secret.error();
            bool more = false;
            auto bytes = readPiece(path, *secret, offset, &more);
            if (!bytes)
                return bytes.error();
            return Piece{*bytes, !more};
        },
        [this, file, offset](Result<Piece> piece) {
            if (!piece) {
                failed(file, piece.error(), true);
                return;
            }
            m_client.sendPiece(
                file.sha256, offset, piece->bytes, piece->last,
                [this, file, offset, piece = *piece](Result<QJsonObject> answer) {
                    if (!answer) {
                        failed(file, answer.error());
                        return;
                    }
                    m_progress.bytes += piece.bytes.size();
                    if (!piece.last) {
                        sendFrom(file, offset + piece.bytes.size());
                        return;
                    }
                    if (!answer->value(u"complete"_s).toBool()) {
                        failed(file, Error{tr("The central service did not accept the file."), {}});
                        return;
                    }
                    m_cache.run<bool>(
                        this,
                        [sha = file.sha256](QSqlDatabase &db) -> Result<bool> {
                            if (auto done = FileCatalog(db).uploaded(sha); !done)
                                return done.error();
                            return true;
                        },
                        [this](Result<bool> marked) {
                            if (!marked) {
                                finish(marked.error());
                                return;
                            }
                            ++m_progress.sent;
                            nextFile();
                        });
                });
        });
}

void FileTransfer::fetchFrom(const FileCatalog::Entry &file, qint64 total, int piece)
{
    if (m_cancelled) {
        finish(Error{tr("The sync was stopped."), {}, u"cancelled"_s});
        return;
    }
    const qint64 offset = qint64(piece) * kPiece;
    if (offset >= total) {
        assemble(file, total);
        return;
    }
    const qint64 length = std::min(kPiece, total - offset);
    m_client.fetchPiece(
        file.sha256, offset, length, [this, file, total, piece, length](Result<QByteArray> bytes) {
            if (!bytes) {
                failed(file, bytes.error());
                return;
            }
            if (bytes->size() != length) {
                failed(file, Error{tr("The central service sent %1 bytes of a file where %2 "
                                      "were asked for.")
                                       .arg(bytes->size())
                                       .arg(length),
                                   {},
                                   u"malformed"_s});
                return;
            }
            m_progress.bytes += length;
            // Each piece is kept sealed, whole or not at all, so a kill loses only the one
            // in hand.
            m_cache.run<bool>(
                this,
                [path = piecePath(m_directory, file.sha256, piece),
                 data = *bytes](QSqlDatabase &db) -> Result<bool> {
                    const auto secret = SealedFile::secret(db);
                    if (!secret)
                        return secret.error();
                    if (!QDir().mkpath(QFileInfo(path).path()))
                        return Error{tr("The folder %1 cannot be made.")
                                         .arg(QDir::toNativeSeparators(QFileInfo(path).path())),
                                     {}};
                    SealedFile::Writer writer;
                    const QString partial = path + u".partial"_s;
                    if (auto w = writer.open(partial, *secret); !w)
                        return w.error();
                    if (auto w = writer.write(data); !w)
                        return w.error();
                    if (auto w = writer.finish(); !w)
                        return w.error();
                    QFile::remove(path);
                    if (!QFile::rename(partial, path))
                        return Error{tr("A received piece cannot be kept in %1.")
                                         .arg(QDir::toNativeSeparators(path)),
                                     {}};
                    return true;
                },
                [this, file, total, piece](Result<bool> kept) {
                    if (!kept)
                        finish(kept.error()); // the disk, not the file: stop
                    else
                        fetchFrom(file, total, piece + 1);
                });
        });
}

void FileTransfer::assemble(const FileCatalog::Entry &file, qint64 total)
{
    m_cache.run<bool>(
        this,
        [file, total, directory = m_directory](QSqlDatabase &db) -> Result<bool> {
            const auto secret = SealedFile::secret(db);
            if (!secret)
                return secret.error();
            const QString target = directory + u'/' + file.sha256;
            const QString partial = target + u".partial"_s;
            QCryptographicHash hash(QCryptographicHash::Sha256);
            SealedFile::Writer writer;
            if (auto w = writer.open(partial, *secret); !w)
                return w.error();
            Result<void> written;
            for (int i = 0; qint64(i) * kPiece < total && written; ++i) {
                auto read = SealedFile::read(piecePath(directory, file.sha256, i), *secret,
                                             [&](QByteArrayView chunk) {
                                                 hash.addData(chunk);
                                                 written = writer.write(chunk);
                                                 return bool(written);
                                             });
                if (!read && written)
                    written = read.error();
            }
            if (written)
                written = writer.finish();
            QDir(directory + u"/incoming/"_s + file.sha256).removeRecursively();
            if (!written) {
                QFile::remove(partial);
                return written.error();
            }
            if (QString::fromLatin1(hash.result().toHex()) != file.sha256) {
                QFile::remove(partial);
                return false;
            }
            QFile::remove(target);
            if (!QFile::rename(partial, target))
                return Error{tr("A received file cannot be kept in %1.")
                                 .arg(QDir::toNativeSeparators(target)),
                             {}};
            if (auto done = FileCatalog(db).received(file.sha256, target, total); !done)
                return done.error();
            return true;
        },
        [this, file](Result<bool> stored) {
            if (!stored) {
                finish(stored.error());
            } else if (!*stored) {
                failed(file, Error{tr("A file received from the central service does not match "
                                      "its SHA-256; it is fetched again later."),
                                   {},
                                   u"malformed"_s});
            } else {
                ++m_progress.received;
                nextFile();
            }
        });
}

} // namespace Jiandu::Sync
