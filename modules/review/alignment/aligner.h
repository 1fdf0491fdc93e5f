#pragma once

#include "../documents/transcript.h"
#include "../documents/writtenrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>

namespace Jiandu::Review {

//! Where one Q&A pair of the record was said in the recording.
struct PairAlignment
{
    enum class Status { Aligned, NotFound, Manual };
    int pair = 0; //!< the pair's number in the record
    Status status = Status::NotFound;
    double confidence = 0; //!< 0–1: how much of the written pair was found said, in order
    qint64 startMs = -1;   //!< -1 when not found
    qint64 endMs = -1;
    int firstSegment = -1; //!< transcript segments the pair spans
    int lastSegment = -1;
    int startOffset = 0; //!< UTF-16 offset in the first segment's text where it begins
    int endOffset = 0;   //!< … and in the last segment's text where it ends (exclusive)

    static QString statusName(Status status);
};

//! A stretch of the transcript no pair of the record covers: said, but not written down.
struct UnwrittenPassage
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int firstSegment = 0;
    int lastSegment = 0;
    QString text;
    //! Said within the span of this pair (a clause of the spoken answer the written one
    //! leaves out); 0 when said between pairs.
    int withinPair = 0;
};

struct Alignment
{
    QList<PairAlignment> pairs;
    QList<UnwrittenPassage> unwritten;
    double overallConfidence = 0; //!< mean over all pairs, not-found counting 0
    int alignedCount = 0;
    //! False when so little of the record is found that the transcript is probably of
    //! another interrogation (or the record of another recording).
    bool plausible = false;
    QString verdict; //!< the overall finding in words
};

//! Finds, for each Q&A pair of a written record, the span of the transcript where it was
//! said: in order (a later pair never before an earlier one), on normalised characters
//! (TextNormalizer), tolerant of paraphrase, recognition errors and omissions. Candidate
//! places come from shared character pairs weighted by rarity; each is measured by a local
//! alignment; the best ordered chain over all pairs decides, a pair whose best place scores
//! under the threshold is "not found". Runs in well under a second for a 3-hour interrogation.
class Aligner
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Review::Aligner)

public:
    struct Options
    {
        double threshold = 0.34; //!< the confidence under which a pair is not found
        int candidatesPerPair = 6;
        int minUnwrittenChars = 12; //!< shorter uncovered stretches are not listed
        //! A clause said within a pair's span (at least this many characters) is listed as
        //! unwritten when under this share of its character pairs is in the pair's text.
        int minUnwrittenClauseChars = 6;
        double writtenClauseShare = 0.25;
        //! Looked at between pairs: true stops the alignment (its result is then partial).
        const std::atomic<bool> *cancelled = nullptr;
        //! Of a pair's text, at most this many characters are used to find it (a record whose
        //! "answer" runs to a whole book is still placed in reasonable time).
        int maxPairChars = 2000;
    };

    static Alignment align(const QList<QaPair> &pairs, const Transcript &transcript)
    {
        return align(pairs, transcript, Options());
    }
    static Alignment align(const QList<QaPair> &pairs, const Transcript &transcript,
                           const Options &options);

    //! The overall finding of \a alignment in words, in the UI's language now (what is kept
    //! with a version was said in the language of whoever made it).
    static QString verdict(const Alignment &alignment, bool transcriptEmpty);

    //! \a alignment with pair \a pair placed by hand on segments \a firstSegment …
    //! \a lastSegment (status Manual, confidence 1); what no pair covers is listed again, by
    //! whole segments, and the overall figures are recomputed.
    static Alignment withPlacement(const Alignment &alignment, const Transcript &transcript,
                                   int pair, int firstSegment, int lastSegment);
};

} // namespace Jiandu::Review
