#include "casebundle.h"

#include "cachedatabase.h"
#include "caserepository.h"
#include "incidentrepository.h"
#include "keywrap.h"
#include "sealedfile.h"
#include "sqlerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <core/boundedfile.h>
#include <core/filehash.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;
const QString kFormat = u"jiandu-case-bundle/1"_s;
// A manifest lists one line per case file: even ten thousand files stay far below this.
constexpr qint64 kMaxManifestBytes = 16 << 20;

QString databaseFile(const QString &dir)
{
    return QDir(dir).filePath(u"bundle.db"_s);
}
QString keyFile(const QString &dir)
{
    return QDir(dir).filePath(u"bundle.key"_s);
}
QString manifestFile(const QString &dir)
{
    return QDir(dir).filePath(u"manifest.json"_s);
}

// The manifest's authenticated form: compact JSON without the "hmac" member.
QByteArray manifestHmac(QJsonObject manifest, const QByteArray &key)
{
    manifest.remove(u"hmac"_s);
    return QMessageAuthenticationCode::hash(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                            key, QCryptographicHash::Sha256)
        .toHex();
}

// A name from a bundle becomes a file name: no directories, no hidden files.
bool isSafeFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') &&
           !name.startsWith(u'.') && name.size() <= 255;
}

} // namespace

Result<CaseBundle::Summary> CaseBundle::exportCase(CacheDatabase &source, const QString &ajbh,
                                                   const QString &directory,
                                                   const QString &transferPassword,
                                                   const Progress &progress)
{
    CaseRepository cases(source.connection());
    IncidentRepository sourceIncidents(source.connection());
    auto legalCase = cases.find(ajbh);
    if (!legalCase)
        return legalCase.error();
    if (!legalCase->has_value())
        return Error{tr("Case %1 is not in this computer's cache.").arg(ajbh), {}};
    auto jqbhs = cases.incidents(ajbh);
    auto files = cases.files(ajbh);
    if (!jqbhs || !files)
        return Error{tr("The cache cannot be read."), {}};
    QList<Incident> incidents;
    for (const QString &jqbh : *jqbhs) {
        auto incident = sourceIncidents.find(jqbh);
        if (incident && incident->has_value())
            incidents.append(incident->value());
    }
    Summary summary{ajbh, int(incidents.size()), int(files->size()), 0};
    const auto fileSecret = SealedFile::secret(source.connection());
    if (!fileSecret)
        return fileSecret.error();
    for (const CaseFile &file : *files) {
        if (SealedFile::plainSha256(file.path, *fileSecret) != file.sha256)
            return Error{tr("The file %1 of case %2 is missing or was changed since it was "
                            "recorded; the case cannot be exported.")
                             .arg(file.path, ajbh),
                         {}};
        summary.fileBytes += file.bytes;
    }

    QDir dir(directory);
    if (dir.exists() && !dir.isEmpty())
        return Error{tr("%1 is not empty; choose a new folder for the bundle.")
                         .arg(QDir::toNativeSeparators(directory)),
                     {}};
    if (!QDir().mkpath(directory))
        return Error{
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory)), {}};
    const auto abandon = [&](const Error &error) {
        QDir(directory).removeRecursively();
        return error;
    };

    const QByteArray bundleKey = KeyWrap::generateDataKey();
    {
        auto bundle =
            CacheDatabase::open(databaseFile(directory), KeyWrap::sqlCipherKey(bundleKey));
        if (!bundle)
            return abandon(bundle.error());
        QSqlDatabase &db = (*bundle)->connection();
        if (auto stored = IncidentRepository(db).upsert(incidents); !stored)
            return abandon(stored.error());
        CaseRepository bundleCases(db);
        QSqlQuery q(db);
        if (!q.exec(u"CREATE TABLE bundle_chunk (name TEXT NOT NULL, seq INTEGER NOT NULL, "
                    "data BLOB NOT NULL, PRIMARY KEY (name, seq))"_s) ||
            !db.transaction())
            return abandon(Error{tr("The bundle cannot be written."), q.lastError().text()});
        bool ok = bundleCases.upsert(legalCase->value()).ok();
        for (const QString &jqbh : *jqbhs)
            ok = ok && bundleCases.linkIncident(ajbh, jqbh).ok();
        q.prepare(u"INSERT INTO bundle_chunk (name, seq, data) VALUES (?, ?, ?)"_s);
        qint64 done = 0;
        for (const CaseFile &file : *files) {
            CaseFile inBundle = file;
            inBundle.path = file.name;
            ok = ok && isSafeFileName(file.name) && bundleCases.upsertFile(inBundle).ok();
            // The plain content, in chunks as they come (the file may be sealed at rest).
            qint64 seq = 0;
            bool cancelled = false;
            QByteArray chunk;
            const auto flush = [&] {
                q.addBindValue(file.name);
                q.addBindValue(seq++);
                q.addBindValue(chunk);
                ok = ok && q.exec();
                done += chunk.size();
                chunk.clear();
                if (ok && progress && !progress(done, summary.fileBytes))
                    cancelled = true;
                return ok && !cancelled;
            };
            if (ok)
                ok = SealedFile::read(file.path, *fileSecret, [&](QByteArrayView data) {
                         chunk.append(data);
                         return chunk.size() < kChunkBytes || flush();
                     }).ok();
            if (ok && !cancelled && !chunk.isEmpty())
                flush();
            if (cancelled) {
                db.rollback();
                return abandon(Error{tr("Export cancelled."), {}});
            }
        }
        if (!ok || !db.commit()) {
            const QString detail = q.lastError().text() + db.lastError().text();
            db.rollback();
            return abandon(Error{tr("The bundle cannot be written (is the disk full?)."), detail});
        }
        // One self-contained file: fold the write-ahead log back in.
        q.exec(u"PRAGMA journal_mode = DELETE"_s);
    }

    auto wrapped = KeyWrap::wrap(bundleKey, transferPassword);
    if (!wrapped)
        return abandon(wrapped.error());
    QFile key(keyFile(directory));
    if (!key.open(QIODevice::WriteOnly) || key.write(*wrapped) != wrapped->size())
        return abandon(Error{tr("The bundle cannot be written (is the disk full?)."), {}});
    key.close();

    QJsonArray contents;
    for (const CaseFile &file : *files)
        contents.append(QJsonObject{{u"name"_s, file.name},
                                    {u"kind"_s, CaseRepository::kindName(file.kind)},
                                    {u"bytes"_s, file.bytes},
                                    {u"sha256"_s, file.sha256}});
    QJsonObject manifest{
        {u"format"_s, kFormat},
        {u"ajbh"_s, ajbh},
        {u"createdMs"_s, QDateTime::currentMSecsSinceEpoch()},
        {u"incidents"_s, summary.incidents},
        {u"files"_s, QJsonObject{{u"bundle.db"_s, fileSha256(databaseFile(directory))},
                                 {u"bundle.key"_s, fileSha256(keyFile(directory))}}},
        {u"contents"_s, contents}};
    manifest.insert(u"hmac"_s, QString::fromLatin1(manifestHmac(manifest, bundleKey)));
    QSaveFile out(manifestFile(directory));
    const QByteArray json = QJsonDocument(manifest).toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return abandon(Error{tr("The bundle cannot be written (is the disk full?)."), {}});
    return summary;
}

Result<CaseBundle::Summary> CaseBundle::importBundle(CacheDatabase &target,
                                                     const QString &directory,
                                                     const QString &transferPassword,
                                                     const QString &filesDirectory,
                                                     const Progress &progress)
{
    const auto tampered = [&](const QString &what) {
        return Error{tr("The bundle in %1 was altered or is incomplete (%2); nothing was "
                        "imported.")
                         .arg(QDir::toNativeSeparators(directory), what),
                     {}};
    };
    // Read only regular files of a sane size: a FIFO or /dev/zero in their place must not
    // block or exhaust the workstation.
    const auto manifestText = BoundedFile::read(manifestFile(directory), kMaxManifestBytes);
    if (!manifestText && manifestText.error().code == u"unreadable" &&
        !QFileInfo::exists(manifestFile(directory)))
        return Error{tr("%1 holds no case bundle (manifest.json is missing).")
                         .arg(QDir::toNativeSeparators(directory)),
                     {}};
    if (!manifestText)
        return tampered(u"manifest.json: "_s + manifestText.error().message);
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestText).object();
    if (manifest.value(u"format"_s).toString() != kFormat)
        return tampered(u"manifest.json"_s);
    const QJsonObject hashes = manifest.value(u"files"_s).toObject();
    const auto wrappedKey = BoundedFile::read(keyFile(directory), KeyWrap::kMaxFileBytes);
    if (!wrappedKey)
        return tampered(u"bundle.key: "_s + wrappedKey.error().message);
    if (Sha256::hex(*wrappedKey) != hashes.value(u"bundle.key"_s).toString())
        return tampered(u"bundle.key"_s);
    if (!QFileInfo(databaseFile(directory)).isFile())
        return tampered(u"bundle.db"_s);
    auto bundleKey = KeyWrap::unwrap(*wrappedKey, transferPassword);
    if (!bundleKey)
        return Error{tr("The transfer password is wrong, or bundle.key was altered."), {}};
    if (manifestHmac(manifest, *bundleKey) != manifest.value(u"hmac"_s).toString().toLatin1())
        return tampered(u"manifest.json"_s);
    if (fileSha256(databaseFile(directory)) != hashes.value(u"bundle.db"_s).toString())
        return tampered(u"bundle.db"_s);

    CacheDatabase::Options readOnly;
    readOnly.readOnly = true;
    auto bundle =
        CacheDatabase::open(databaseFile(directory), KeyWrap::sqlCipherKey(*bundleKey), readOnly);
    if (!bundle)
        return bundle.error();
    const QString ajbh = manifest.value(u"ajbh"_s).toString();
    CaseRepository bundleCases((*bundle)->connection());
    auto legalCase = bundleCases.find(ajbh);
    auto jqbhs = bundleCases.incidents(ajbh);
    auto files = bundleCases.files(ajbh);
    if (!legalCase || !legalCase->has_value() || !jqbhs || !files)
        return tampered(u"bundle.db"_s);
    const QJsonArray contents = manifest.value(u"contents"_s).toArray();
    if (contents.size() != files->size())
        return tampered(u"contents"_s);

    const auto fileSecret = SealedFile::secret(target.connection());
    if (!fileSecret)
        return fileSecret.error();
    // Extract and verify every file into a staging folder beside the case's folder (the
    // same disk, so putting them in place is a rename); nothing that was there before is
    // touched until the cache's transaction is ready to commit.
    if (!isSafeFileName(ajbh))
        return tampered(u"ajbh"_s);
    const QString caseDirectory = QDir(filesDirectory).filePath(ajbh);
    if (!QDir().mkpath(filesDirectory))
        return Error{tr("The folder %1 cannot be created.").arg(filesDirectory), {}};
    QTemporaryDir staging(QDir(filesDirectory).filePath(u".import-XXXXXX"_s));
    if (!staging.isValid())
        return Error{tr("The folder %1 cannot be written; check its permissions and free "
                        "space.")
                         .arg(filesDirectory),
                     staging.errorString()};
    qint64 total = 0, done = 0;
    for (const QJsonValue &c : contents)
        total += c.toObject().value(u"bytes"_s).toInteger();
    QSqlQuery chunks((*bundle)->connection());
    chunks.setForwardOnly(true);
    QList<CaseFile> placed;
    for (int i = 0; i < files->size(); ++i) {
        CaseFile file = files->at(i);
        const QJsonObject listed = contents.at(i).toObject();
        if (!isSafeFileName(file.name) || listed.value(u"name"_s).toString() != file.name ||
            listed.value(u"sha256"_s).toString() != file.sha256)
            return tampered(file.name);
        // Encrypted at rest under the cache's file key: a stolen disk reveals nothing.
        SealedFile::Writer out;
        if (auto opened = out.open(staging.filePath(file.name), *fileSecret); !opened)
            return Error{tr("%1 Nothing was imported.").arg(opened.error().message), {}};
        Sha256 hash;
        chunks.prepare(u"SELECT data FROM bundle_chunk WHERE name = ? ORDER BY seq"_s);
        chunks.addBindValue(file.name);
        if (!chunks.exec())
            return tampered(file.name);
        while (chunks.next()) {
            const QByteArray data = chunks.value(0).toByteArray();
            hash.addData(data);
            if (auto written = out.write(data); !written)
                return Error{tr("%1 Nothing was imported; free some space and import again.")
                                 .arg(written.error().message),
                             {}};
            done += data.size();
            if (progress && !progress(done, total))
                return Error{tr("Import cancelled; nothing was imported."), {}};
        }
        if (hash.hexResult() != file.sha256)
            return tampered(file.name);
        if (auto finished = out.finish(); !finished)
            return Error{tr("%1 Nothing was imported; free some space and import again.")
                             .arg(finished.error().message),
                         {}};
        file.path = QDir(caseDirectory).filePath(file.name);
        placed.append(file);
    }

    QList<Incident> incidents;
    IncidentRepository bundleIncidents((*bundle)->connection());
    for (const QString &jqbh : *jqbhs) {
        auto incident = bundleIncidents.find(jqbh);
        if (incident && incident->has_value())
            incidents.append(incident->value());
    }
    // One transaction for the incidents, the case and its files.
    QSqlDatabase &db = target.connection();
    if (!db.transaction())
        return Error{tr("The cache is busy; try again."), db.lastError().text()};
    const auto abandon = [&db](const Error &error) {
        db.rollback();
        return error;
    };
    if (auto stored = IncidentRepository(target.connection()).upsert(incidents, false); !stored)
        return abandon(stored.error());
    CaseRepository targetCases(db);
    bool ok = targetCases.upsert(legalCase->value()).ok();
    for (const QString &jqbh : *jqbhs)
        ok = ok && targetCases.linkIncident(ajbh, jqbh).ok();
    for (const CaseFile &file : std::as_const(placed))
        ok = ok && targetCases.upsertFile(file).ok();
    if (!ok)
        return abandon(Error{tr("The case could not be stored in the cache; nothing was "
                                "imported."),
                             describeSqlError(db.lastError())});

    // Into place: a file already there with the same content stays as it is; one with other
    // content is set aside until the commit, and put back if it fails.
    if (!QDir().mkpath(caseDirectory))
        return abandon(Error{tr("The folder %1 cannot be created.").arg(caseDirectory), {}});
    QStringList created;
    QList<std::pair<QString, QString>> setAside; // (aside, original)
    const auto putBack = [&] {
        for (const QString &path : std::as_const(created))
            QFile::remove(path);
        for (const auto &[aside, original] : std::as_const(setAside)) {
            // Never lose an original: if it cannot go back, the staging folder stays.
            if (!QFile::rename(aside, original)) {
                staging.setAutoRemove(false);
                qWarning("case import: %s could not be put back; it is kept as %s",
                         qPrintable(original), qPrintable(aside));
            }
        }
    };
    for (const CaseFile &file : std::as_const(placed)) {
        const QString staged = staging.filePath(file.name);
        if (QFileInfo::exists(file.path)) {
            if (SealedFile::plainSha256(file.path, *fileSecret) == file.sha256)
                continue;
            const QString aside = staging.filePath(u".replaced/"_s + file.name);
            QDir(staging.path()).mkpath(u".replaced"_s);
            if (!QFile::rename(file.path, aside)) {
                putBack();
                return abandon(Error{tr("%1 cannot be replaced; nothing was imported.")
                                         .arg(QDir::toNativeSeparators(file.path)),
                                     {}});
            }
            setAside.append({aside, file.path});
        }
        if (!QFile::rename(staged, file.path)) {
            putBack();
            return abandon(Error{tr("%1 cannot be written; nothing was imported.")
                                     .arg(QDir::toNativeSeparators(file.path)),
                                 {}});
        }
        created.append(file.path);
    }
    if (!db.commit()) {
        const QString why = describeSqlError(db.lastError());
        putBack();
        return abandon(Error{tr("The case could not be stored in the cache; nothing was "
                                "imported."),
                             why});
    }
    // The versions replaced are evidence too: kept beside the case, never deleted.
    for (const auto &[aside, original] : std::as_const(setAside)) {
        const QFileInfo was(original);
        QDir(was.absolutePath()).mkpath(u".superseded"_s);
        const QString kept = was.absolutePath() + u"/.superseded/"_s + was.fileName() + u'-' +
                             QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s);
        if (!QFile::rename(aside, kept))
            staging.setAutoRemove(false);
    }
    return Summary{ajbh, int(incidents.size()), int(placed.size()), total};
}

} // namespace Jiandu
