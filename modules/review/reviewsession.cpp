#include "reviewsession.h"

#include "alignment/alignmentjson.h"
#include "asr/transcription.h"
#include "data/reviewrepository.h"
#include "documents/documenttext.h"
#include "export/pairclipexport.h"
#include "reviewlibrary.h"
#include "reviewsettings.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <alerts/api/ieventsink.h>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <media/clipexporter.h>
#include <moduleapi/ishell.h>
#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

const QString kTranscript = u"transcript"_s;
const QString kAlignment = u"alignment"_s;

//! The record of \a interrogation read from its file, or why not.
std::pair<WrittenRecord, QString> readRecord(const Interrogation &interrogation)
{
    const QList<ReviewFile> records = interrogation.filesIn(ReviewFile::Role::Record);
    if (records.isEmpty())
        return {WrittenRecord(), ReviewSession::tr("No written record was added.")};
    const auto text = DocumentText::read(records.constFirst().path);
    if (!text)
        return {WrittenRecord(), text.error().message};
    return {WrittenRecord::parse(text->text), QString()};
}

} // namespace

ReviewSession::ReviewSession(IShell &shell, ReviewLibrary &library, const QString &uid,
                             QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_data(library)
    , m_uid(uid)
{}

ReviewSession::~ReviewSession()
{
    // Nothing reported back while going: the view is going too.
    if (m_transcription) {
        m_transcription->disconnect(this);
        m_transcription->cancel();
    }
    // An export not finished is not left half-made (nor unaudited): it stops.
    if (m_cancelExport)
        *m_cancelExport = true;
    if (m_cancelAlign)
        *m_cancelAlign = true;
}

void ReviewSession::load()
{
    const QString uid = m_uid;
    const QString actor = m_shell.context().userName;
    const qint64 now = m_shell.clock().nowMs();
    RecordChecks::Thresholds thresholds;
    thresholds.summonsMs = qint64(ReviewSettings::summonsHours.value(m_shell.settings())) * 3600000;
    m_data.run<State>(
        this,
        [uid, actor, now, thresholds](QSqlDatabase &db) -> Result<State> {
            ReviewRepository repo(db);
            auto found = repo.find(uid);
            if (!found)
                return found.error();
            if (!*found)
                return Error{tr("The interrogation is no longer in the cache."), {}};
            State s;
            s.interrogation = **found;
            if (auto edited = repo.verifyVersions(uid); edited && !edited->isEmpty())
                s.integrity << tr("Kept versions were edited outside Jiandu: %1.")
                                   .arg(edited->join(u", "_s));
            std::tie(s.record, s.recordError) = readRecord(s.interrogation);

            // The transcript: the latest version, else the file it came with (kept as 1).
            auto latest = repo.latest(uid, kTranscript);
            if (!latest)
                return latest.error();
            if (*latest) {
                auto t = Transcript::parse((*latest)->body,
                                           tr("Transcript version %1").arg((*latest)->version));
                if (t) {
                    s.transcript = *t;
                    s.transcriptVersion = (*latest)->version;
                } else {
                    s.transcriptError = t.error().message;
                }
            } else if (const auto files = s.interrogation.filesIn(ReviewFile::Role::Transcript);
                       !files.isEmpty()) {
                auto t = Transcript::read(files.constFirst().path);
                if (t) {
                    s.transcript = *t;
                    auto version =
                        repo.addVersion(uid, kTranscript, t->toJson(), 0, actor,
                                        tr("from the file %1").arg(files.constFirst().name), now);
                    if (!version)
                        return version.error();
                    s.transcriptVersion = *version;
                } else {
                    s.transcriptError = t.error().message;
                }
            }
            // The alignment of that transcript: the latest kept, else made and kept now.
            if (s.transcriptVersion > 0 && !s.record.pairs.isEmpty()) {
                auto kept = repo.latest(uid, kAlignment);
                if (!kept)
                    return kept.error();
                std::optional<Alignment> alignment;
                if (*kept && (*kept)->basedOn == s.transcriptVersion) {
                    alignment =
                        AlignmentJson::fromJson(QJsonDocument::fromJson((*kept)->body).object());
                    s.alignmentVersion = (*kept)->version;
                    s.alignmentNote = (*kept)->note;
                    // Kept for another text of the record (the file changed): aligned again.
                    if (alignment && alignment->pairs.size() != s.record.pairs.size())
                        alignment.reset();
                }
                if (!alignment) {
                    alignment = Aligner::align(s.record.pairs, s.transcript);
                    auto version = repo.addVersion(uid, kAlignment,
                                                   QJsonDocument(AlignmentJson::toJson(*alignment))
                                                       .toJson(QJsonDocument::Compact),
                                                   s.transcriptVersion, actor, tr("aligned"), now);
                    if (!version)
                        return version.error();
                    s.alignmentVersion = *version;
                    s.alignmentNote = tr("aligned");
                }
                s.alignment = *alignment;
            }
            // The record checks, this record alone and against the others in the cache.
            if (s.recordError.isEmpty()) {
                CheckedRecord self{uid, s.interrogation.title, s.record, {}, {}, {}, {}};
                s.findings = RecordChecks::check(self, thresholds);
                QList<CheckedRecord> all{self};
                if (auto others = repo.list()) {
                    for (const Interrogation &other : *others) {
                        if (other.uid == uid)
                            continue;
                        auto [record, error] = readRecord(other);
                        if (error.isEmpty())
                            all.append({other.uid, other.title, record, {}, {}, {}, {}});
                    }
                }
                s.crossFindings = RecordChecks::crossCheck(all, thresholds).value(uid);
                s.findings += s.crossFindings;
            }
            auto bookmarks = repo.bookmarks(uid);
            if (!bookmarks)
                return bookmarks.error();
            s.bookmarks = *bookmarks;
            auto transcriptVersions = repo.versions(uid, kTranscript);
            auto alignmentVersions = repo.versions(uid, kAlignment);
            if (!transcriptVersions)
                return transcriptVersions.error();
            if (!alignmentVersions)
                return alignmentVersions.error();
            s.transcriptVersions = *transcriptVersions;
            s.alignmentVersions = *alignmentVersions;
            if (auto audited = repo.audit(actor, u"view"_s, uid, s.interrogation.title, now);
                !audited)
                return audited.error();
            return s;
        },
        [this](Result<State> state) {
            if (!state) {
                Q_EMIT loadFailed(state.error().text());
                return;
            }
            m_state = std::move(state).value();
            m_loaded = true;
            Q_EMIT loaded();
            reportRecordChecks();
            verifyFiles();
        });
}

void ReviewSession::verifyFiles()
{
    // Hashing hours of recording takes seconds: on a worker, said when known.
    QPointer<ReviewSession> self(this);
    const QList<ReviewFile> files = m_state.interrogation.files;
    QThreadPool::globalInstance()->start([self, files] {
        QStringList found;
        for (const ReviewFile &f : files) {
            if (!self)
                return;
            const auto now = ReviewRepository::measure(f.path, f.role);
            if (!now)
                found << tr("%1 is missing: %2").arg(f.name, now.error().message);
            else if (now->sha256 != f.sha256)
                found << tr("%1 has changed since it was added (its SHA-256 differs): what is "
                            "shown is not the original.")
                             .arg(f.name);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, found] {
                if (!self || found.isEmpty())
                    return;
                self->m_state.integrity += found;
                Q_EMIT self->integrityChanged();
            },
            Qt::QueuedConnection);
    });
}

void ReviewSession::setRecordingSpan(const QDateTime &start, const QDateTime &end)
{
    if (!m_loaded || !m_state.recordError.isEmpty() ||
        (start == m_state.recordingStart && end == m_state.recordingEnd))
        return;
    m_state.recordingStart = start;
    m_state.recordingEnd = end;
    RecordChecks::Thresholds thresholds;
    thresholds.summonsMs = qint64(ReviewSettings::summonsHours.value(m_shell.settings())) * 3600000;
    CheckedRecord self{m_uid, m_state.interrogation.title, m_state.record, start, end, {}, {}};
    m_state.findings = RecordChecks::check(self, thresholds) + m_state.crossFindings;
    Q_EMIT findingsChanged();
    reportRecordChecks();
}

void ReviewSession::reportRecordChecks()
{
    if (!m_state.recordError.isEmpty())
        return;
    IEventSink *sink = m_shell.service<IEventSink>();
    if (!sink)
        return;
    CheckedRecord self{m_uid,
                       m_state.interrogation.title,
                       m_state.record,
                       m_state.recordingStart,
                       m_state.recordingEnd,
                       {},
                       {}};
    sink->submit({RecordChecks::event(self, m_state.findings, m_shell.clock().nowMs())},
                 tr("Interrogation review"));
}

void ReviewSession::realign()
{
    if (m_working || m_state.record.pairs.isEmpty() || m_state.transcript.segments.isEmpty())
        return;
    m_working = true;
    Q_EMIT working(tr("Aligning the record with the transcript"), -1);
    QPointer<ReviewSession> self(this);
    const QList<QaPair> pairs = m_state.record.pairs;
    const Transcript transcript = m_state.transcript;
    m_cancelAlign = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancelAlign;
    QThreadPool::globalInstance()->start([self, pairs, transcript, cancelled] {
        Aligner::Options options;
        options.cancelled = cancelled.get();
        const Alignment alignment = Aligner::align(pairs, transcript, options);
        QMetaObject::invokeMethod(
            qApp,
            [self, alignment, cancelled] {
                if (!self)
                    return;
                if (*cancelled)
                    self->finishWork({}); // stopped as asked: nothing to say
                else
                    self->keepAlignment(alignment, tr("aligned"));
            },
            Qt::QueuedConnection);
    });
}

void ReviewSession::placePair(int pair, int firstSegment, int lastSegment)
{
    if (m_working || m_state.alignment.pairs.isEmpty())
        return;
    const Alignment placed = Aligner::withPlacement(m_state.alignment, m_state.transcript, pair,
                                                    firstSegment, lastSegment);
    m_working = true;
    keepAlignment(placed, tr("pair %1 placed by hand on segments %2–%3")
                              .arg(pair)
                              .arg(firstSegment + 1)
                              .arg(lastSegment + 1));
}

void ReviewSession::keepAlignment(const Alignment &alignment, const QString &note)
{
    const QString uid = m_uid;
    const int basedOn = m_state.transcriptVersion;
    const QString actor = m_shell.context().userName;
    const qint64 now = m_shell.clock().nowMs();
    const QByteArray body =
        QJsonDocument(AlignmentJson::toJson(alignment)).toJson(QJsonDocument::Compact);
    m_data.run<QList<ReviewVersion>>(
        this,
        [uid, basedOn, actor, now, body, note](QSqlDatabase &db) -> Result<QList<ReviewVersion>> {
            ReviewRepository repo(db);
            if (auto v = repo.addVersion(uid, kAlignment, body, basedOn, actor, note, now); !v)
                return v.error();
            return repo.versions(uid, kAlignment);
        },
        [this, alignment, note](Result<QList<ReviewVersion>> versions) {
            if (!versions) {
                finishWork(versions.error().text());
                return;
            }
            m_state.alignment = alignment;
            m_state.alignmentVersions = *versions;
            m_state.alignmentVersion = versions->isEmpty() ? 0 : versions->constLast().version;
            m_state.alignmentNote = note;
            Q_EMIT alignmentChanged();
            finishWork({});
        });
}

void ReviewSession::importTranscript(const QString &path)
{
    if (m_working)
        return;
    m_working = true;
    Q_EMIT working(tr("Reading the transcript"), -1);
    QPointer<ReviewSession> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        auto transcript = Transcript::read(path);
        QMetaObject::invokeMethod(
            qApp,
            [self, transcript, path] {
                if (!self)
                    return;
                if (!transcript)
                    self->finishWork(transcript.error().message);
                else
                    self->keepTranscript(*transcript,
                                         tr("from the file %1").arg(QFileInfo(path).fileName()));
            },
            Qt::QueuedConnection);
    });
}

void ReviewSession::transcribe(AsrEngine *engine, const AsrSettings &settings)
{
    const QList<ReviewFile> recordings = m_state.interrogation.filesIn(ReviewFile::Role::Recording);
    if (m_working || !engine || recordings.isEmpty())
        return;
    m_working = true;
    auto *transcription = new Transcription(engine, settings, this);
    m_transcription = transcription;
    connect(transcription, &Transcription::progressed, this,
            [this](double fraction, const QString &stage) { Q_EMIT working(stage, fraction); });
    const QString note =
        tr("recognised by %1 at %2").arg(engine->id(), settings.endpoint.toString());
    connect(transcription, &Transcription::finished, this, [this, transcription, note] {
        transcription->deleteLater();
        const auto &result = transcription->result();
        if (!result)
            finishWork(result.error().code == u"cancelled"_s ? QString() : result.error().message);
        else
            keepTranscript(*result, note);
    });
    transcription->start(recordings.constFirst().path);
}

void ReviewSession::keepTranscript(const Transcript &transcript, const QString &note)
{
    const QString uid = m_uid;
    const QString actor = m_shell.context().userName;
    const qint64 now = m_shell.clock().nowMs();
    const QByteArray body = transcript.toJson();
    m_data.run<QList<ReviewVersion>>(
        this,
        [uid, actor, now, body, note](QSqlDatabase &db) -> Result<QList<ReviewVersion>> {
            ReviewRepository repo(db);
            if (auto v = repo.addVersion(uid, kTranscript, body, 0, actor, note, now); !v)
                return v.error();
            return repo.versions(uid, kTranscript);
        },
        [this, transcript](Result<QList<ReviewVersion>> versions) {
            if (!versions) {
                finishWork(versions.error().text());
                return;
            }
            m_state.transcript = transcript;
            m_state.transcriptError.clear();
            m_state.transcriptVersions = *versions;
            m_state.transcriptVersion = versions->isEmpty() ? 0 : versions->constLast().version;
            Q_EMIT transcriptChanged();
            m_working = false;
            if (!m_state.record.pairs.isEmpty())
                realign();
            else
                finishWork({});
        });
}

void ReviewSession::exportPairs(const QList<int> &pairs, const ReviewFile &recording, bool hasVideo,
                                bool hasAudio, const QString &outputPath, bool burnSubtitles)
{
    if (m_working)
        return;
    qint64 from = -1, to = -1;
    QJsonArray exported;
    for (const PairAlignment &a : m_state.alignment.pairs) {
        if (!pairs.contains(a.pair) || a.status == PairAlignment::Status::NotFound)
            continue;
        from = from < 0 ? a.startMs : std::min(from, a.startMs);
        to = std::max(to, a.endMs);
        exported.append(a.pair);
    }
    if (from < 0) {
        Q_EMIT workDone(tr("None of the chosen pairs was found in the recording: there is "
                           "nothing to export."));
        return;
    }
    from = std::max<qint64>(0, from - recording.offsetMs);
    to = std::max<qint64>(from + 1, to - recording.offsetMs);
    PairClipExport::Request request;
    request.recording = recording.path;
    request.recordingSha256 = recording.sha256;
    request.hasVideo = hasVideo;
    request.hasAudio = hasAudio;
    request.fromMs = from;
    request.toMs = to;
    request.transcript = m_state.transcript;
    for (TranscriptSegment &s : request.transcript.segments) {
        s.startMs -= recording.offsetMs;
        s.endMs -= recording.offsetMs;
    }
    request.burnSubtitles = burnSubtitles;
    request.outputPath = outputPath;
    request.operatorName = m_shell.context().userName;
    request.about = QJsonObject{{u"interrogation"_s, m_state.interrogation.title},
                                {u"interrogationId"_s, m_uid},
                                {u"case"_s, m_state.interrogation.ajbh},
                                {u"pairs"_s, exported},
                                {u"alignmentVersion"_s, m_state.alignmentVersion}};
    m_working = true;
    m_cancelExport = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancelExport;
    QPointer<ReviewSession> self(this);
    request.progress = [self, cancelled](double fraction) {
        QMetaObject::invokeMethod(
            qApp,
            [self, fraction] {
                if (self)
                    Q_EMIT self->working(tr("Exporting the clip"), fraction);
            },
            Qt::QueuedConnection);
        return !*cancelled;
    };
    Q_EMIT working(tr("Exporting the clip"), 0);
    // The workstation's seal key is read on the database thread; the clip is made on a worker.
    m_data.run<QByteArray>(
        this,
        [](QSqlDatabase &db) {
            return LocalCache::secret(db, QString::fromLatin1(ClipExporter::kSealPurpose));
        },
        [self, request, exported](Result<QByteArray> key) mutable {
            if (key)
                request.sealKey = *key;
            QThreadPool::globalInstance()->start([self, request, exported] {
                const auto clip = PairClipExport::run(request);
                QMetaObject::invokeMethod(
                    qApp,
                    [self, clip, exported] {
                        if (!self)
                            return;
                        if (!clip) {
                            self->finishWork(clip.error().code == u"cancelled"_s
                                                 ? QString()
                                                 : clip.error().message);
                            return;
                        }
                        QStringList numbers;
                        for (const QJsonValue &p : exported)
                            numbers << QString::number(p.toInt());
                        self->audit(u"export"_s,
                                    tr("pairs %1 to %2 (SHA-256 %3)")
                                        .arg(numbers.join(u", "_s), clip->path, clip->sha256));
                        self->finishWork({});
                    },
                    Qt::QueuedConnection);
            });
        });
}

void ReviewSession::cancelWork()
{
    if (m_transcription)
        m_transcription->cancel();
    if (m_cancelExport)
        *m_cancelExport = true;
    if (m_cancelAlign)
        *m_cancelAlign = true;
}

void ReviewSession::finishWork(const QString &error)
{
    m_working = false;
    Q_EMIT workDone(error);
}

void ReviewSession::addBookmark(qint64 atMs, const QString &note)
{
    Bookmark mark{{}, m_uid, atMs, note, 0, m_shell.context().userName};
    const qint64 now = m_shell.clock().nowMs();
    const QString uid = m_uid;
    m_data.run<QList<Bookmark>>(
        this,
        [mark, now, uid](QSqlDatabase &db) -> Result<QList<Bookmark>> {
            ReviewRepository repo(db);
            if (auto kept = repo.addBookmark(mark, now); !kept)
                return kept.error();
            return repo.bookmarks(uid);
        },
        [this](Result<QList<Bookmark>> bookmarks) {
            if (bookmarks) {
                m_state.bookmarks = *bookmarks;
                Q_EMIT bookmarksChanged();
            } else {
                Q_EMIT workDone(bookmarks.error().text());
            }
        });
}

void ReviewSession::removeBookmark(const QString &bookmark)
{
    const QString actor = m_shell.context().userName;
    const qint64 now = m_shell.clock().nowMs();
    const QString uid = m_uid;
    m_data.run<QList<Bookmark>>(
        this,
        [bookmark, actor, now, uid](QSqlDatabase &db) -> Result<QList<Bookmark>> {
            ReviewRepository repo(db);
            if (auto removed = repo.removeBookmark(bookmark, actor, now); !removed)
                return removed.error();
            return repo.bookmarks(uid);
        },
        [this](Result<QList<Bookmark>> bookmarks) {
            if (bookmarks) {
                m_state.bookmarks = *bookmarks;
                Q_EMIT bookmarksChanged();
            }
        });
}

void ReviewSession::audit(const QString &action, const QString &detail)
{
    const QString actor = m_shell.context().userName;
    const qint64 now = m_shell.clock().nowMs();
    const QString uid = m_uid;
    m_data.run<bool>(
        this,
        [actor, action, uid, detail, now](QSqlDatabase &db) -> Result<bool> {
            if (auto audited = ReviewRepository(db).audit(actor, action, uid, detail, now);
                !audited)
                return audited.error();
            return true;
        },
        [](Result<bool>) {});
}

int ReviewSession::pairAt(qint64 ms) const
{
    for (const PairAlignment &p : m_state.alignment.pairs)
        if (p.status != PairAlignment::Status::NotFound && p.startMs <= ms && ms < p.endMs)
            return p.pair;
    return 0;
}

int ReviewSession::segmentAt(qint64 ms) const
{
    const auto &segments = m_state.transcript.segments;
    const auto it =
        std::upper_bound(segments.cbegin(), segments.cend(), ms,
                         [](qint64 at, const TranscriptSegment &s) { return at < s.startMs; });
    if (it == segments.cbegin())
        return -1;
    const auto index = int(std::distance(segments.cbegin(), it)) - 1;
    return ms <= segments[index].endMs ? index : -1;
}

} // namespace Jiandu::Review
