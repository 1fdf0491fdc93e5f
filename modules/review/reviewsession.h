#pragma once

#include "alignment/aligner.h"
#include "checks/recordchecks.h"
#include "data/interrogation.h"
#include "documents/transcript.h"
#include "documents/writtenrecord.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

namespace Jiandu {
class IShell;
} // namespace Jiandu

namespace Jiandu::Review {

class AsrEngine;
class ReviewLibrary;
struct AsrSettings;
class Transcription;

//! One interrogation open for review: what was read from its files and kept versions, and
//! what the reviewer does to it. Reading, aligning and keeping run off the UI thread; each
//! action is kept in the review trail.
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    struct State
    {
        Interrogation interrogation;
        WrittenRecord record;
        QString recordError; //!< why the record could not be read (the rest still works)
        Transcript transcript;
        int transcriptVersion = 0;
        QString transcriptError;
        Alignment alignment;
        int alignmentVersion = 0;
        QString alignmentNote;
        QList<RecordFinding> findings;      //!< this record's and those between records
        QList<RecordFinding> crossFindings; //!< those between records
        QDateTime recordingStart;           //!< as the recording's container says
        QDateTime recordingEnd;
        QList<Bookmark> bookmarks;
        QStringList integrity; //!< files missing or changed since added, versions edited
        QList<ReviewVersion> transcriptVersions;
        QList<ReviewVersion> alignmentVersions;
    };

    ReviewSession(IShell &shell, ReviewLibrary &library, const QString &uid,
                  QObject *parent = nullptr);
    ~ReviewSession() override;

    void load();
    bool isLoaded() const { return m_loaded; }
    const State &state() const { return m_state; }
    QString uid() const { return m_uid; }

    //! A new alignment of the current transcript, kept as the next version.
    void realign();
    //! The reviewer's placing of pair \a pair on segments \a first … \a last, kept as the
    //! next alignment version (the pair marked "manual").
    void placePair(int pair, int firstSegment, int lastSegment);
    //! A transcript file read and kept as the next transcript version, then aligned.
    void importTranscript(const QString &path);
    //! The recording's speech recognised by \a engine, kept, then aligned.
    void transcribe(AsrEngine *engine, const AsrSettings &settings);
    //! The stretch from the first of \a pairs' start to the last's end of \a recording as a
    //! clip with its subtitles (burned in when \a burnSubtitles) and manifest.
    void exportPairs(const QList<int> &pairs, const ReviewFile &recording, bool hasVideo,
                     bool hasAudio, const QString &outputPath, bool burnSubtitles);
    void cancelWork();
    bool isWorking() const { return m_working; }

    void addBookmark(qint64 atMs, const QString &note);
    void removeBookmark(const QString &uid);
    //! Writes "who did what" to the trail (view, play, export …).
    void audit(const QString &action, const QString &detail);
    //! When the recording really ran (its container's creation time and its length): the
    //! record's times are checked against it.
    void setRecordingSpan(const QDateTime &start, const QDateTime &end);

    //! The pair whose span holds \a ms, or 0; the segment that holds it, or −1.
    int pairAt(qint64 ms) const;
    int segmentAt(qint64 ms) const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &error);
    void transcriptChanged();
    void alignmentChanged();
    void bookmarksChanged();
    //! The files were checked against their hashes and something is wrong (State::integrity).
    void integrityChanged();
    void findingsChanged();
    void working(const QString &stage, double fraction); //!< −1: no fraction known
    void workDone(const QString &error);                 //!< empty when it went well

private:
    void keepAlignment(const Alignment &alignment, const QString &note);
    void keepTranscript(const Transcript &transcript, const QString &note);
    void finishWork(const QString &error);
    void reportRecordChecks();
    void verifyFiles();

    IShell &m_shell;
    ReviewLibrary &m_data;
    QString m_uid;
    State m_state;
    bool m_loaded = false;
    bool m_working = false;
    QPointer<Transcription> m_transcription;
    std::shared_ptr<std::atomic<bool>> m_cancelExport;
    std::shared_ptr<std::atomic<bool>> m_cancelAlign;
};

} // namespace Jiandu::Review
