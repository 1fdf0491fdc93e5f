#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <random>

namespace Jiandu::Review::Bench {

//! Where a pair of the synthetic record was really said: the truth the aligner is scored by.
struct PairTruth
{
    int pair = 0;
    bool said = false; //!< false: written in the record but never said
    qint64 startMs = -1;
    qint64 endMs = -1;
};

//! One made-up interrogation: what was said (as a recogniser would transcribe it, with its
//! errors), and the written record an officer made of it (paraphrased, numbers in digits,
//! clauses reordered or left out, sometimes in traditional characters or GB18030), with
//! exchanges said and not written and pairs written and never said.
struct SyntheticInterrogation
{
    QByteArray recordBytes;
    QByteArray transcriptBytes;
    QString transcriptFormat; //!< "json", "srt", "webvtt", "whisper.cpp", "funasr"
    QList<PairTruth> truth;
    int unwrittenExchanges = 0;
    qint64 durationMs = 0;
    int transcriptChars = 0;
};

class InterrogationGenerator
{
public:
    struct Shape
    {
        int pairs = 30;
        int maxClauses = 4;      //!< per answer
        double asrErrors = 0.08; //!< share of characters the recogniser gets wrong
    };

    explicit InterrogationGenerator(quint32 seed);
    SyntheticInterrogation make(const Shape &shape);

private:
    int uniform(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_random); }
    double chance() { return std::uniform_real_distribution<double>(0, 1)(m_random); }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list[uniform(0, int(list.size()) - 1)];
    }

    //! \a pattern with its slots filled; numbers kept marked (⟦23⟧, ⟪138…⟫ read digit by
    //! digit) so the written and the spoken form can each spell them their way.
    QString instantiate(const QString &pattern);
    QString writtenForm(const QString &canonical);
    QString spokenForm(const QString &canonical, bool question);
    QString recognised(const QString &spoken);

    std::mt19937 m_random;
    QString m_friend; // who the subject was with, the same through one interrogation
    QString m_place;
    double m_asrErrors = 0.08;
};

} // namespace Jiandu::Review::Bench
