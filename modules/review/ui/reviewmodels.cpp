#include "reviewmodels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {
const QString kPairMime = u"application/x-jiandu-review-pair"_s;
const QColor kCurrent(255, 236, 153);
const QColor kHighlight(204, 228, 255);
const QColor kUnwritten(255, 214, 214);
const QColor kPartlyUnwritten(255, 232, 214);
const QColor kHit(255, 200, 120);
} // namespace

QString clockText(qint64 ms)
{
    if (ms < 0)
        return u"—"_s;
    const qint64 s = ms / 1000;
    return s >= 3600 ? u"%1:%2:%3"_s.arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QChar(u'0'))
                           .arg(s % 60, 2, 10, QChar(u'0'))
                     : u"%1:%2"_s.arg(s / 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}

PairsModel::PairsModel(const ReviewSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void PairsModel::reset()
{
    beginResetModel();
    endResetModel();
}

void PairsModel::setCurrent(int pair)
{
    if (pair == m_current)
        return;
    const int before = rowOfPair(m_current);
    m_current = pair;
    for (int row : {before, rowOfPair(pair)})
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PairsModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<int> PairsModel::searchHits() const
{
    QList<int> rows;
    if (m_search.isEmpty())
        return rows;
    const auto &pairs = m_session.state().record.pairs;
    for (int r = 0; r < pairs.size(); ++r)
        if (pairs[r].question.contains(m_search, Qt::CaseInsensitive) ||
            pairs[r].answer.contains(m_search, Qt::CaseInsensitive))
            rows << r;
    return rows;
}

int PairsModel::rowOfPair(int pair) const
{
    const auto &pairs = m_session.state().record.pairs;
    for (int r = 0; r < pairs.size(); ++r)
        if (pairs[r].number == pair)
            return r;
    return -1;
}

const PairAlignment *PairsModel::alignmentOf(int row) const
{
    const auto &pairs = m_session.state().record.pairs;
    if (row < 0 || row >= pairs.size())
        return nullptr;
    for (const PairAlignment &a : m_session.state().alignment.pairs)
        if (a.pair == pairs[row].number)
            return &a;
    return nullptr;
}

int PairsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session.state().record.pairs.size());
}

int PairsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairsModel::data(const QModelIndex &index, int role) const
{
    const auto &pairs = m_session.state().record.pairs;
    if (!index.isValid() || index.row() >= pairs.size())
        return {};
    const QaPair &pair = pairs[index.row()];
    const PairAlignment *a = alignmentOf(index.row());
    if (role == PairRole)
        return pair.number;
    if (role == Qt::BackgroundRole) {
        if (pair.number == m_current)
            return QBrush(kCurrent);
        if (!m_search.isEmpty() && (pair.question.contains(m_search, Qt::CaseInsensitive) ||
                                    pair.answer.contains(m_search, Qt::CaseInsensitive)))
            return QBrush(kHit);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Status && a) {
        if (a->status == PairAlignment::Status::NotFound)
            return QBrush(QColor(200, 30, 30));
        if (a->status == PairAlignment::Status::Manual)
            return QBrush(QColor(40, 90, 200));
        return a->confidence < 0.5 ? QBrush(QColor(190, 120, 0)) : QBrush(QColor(20, 120, 40));
    }
    if (role == Qt::ToolTipRole && index.column() == Status && a &&
        a->status == PairAlignment::Status::NotFound)
        return tr("Not found in the recording: written down, but nothing like it was heard. "
                  "Check it against the recording, or place it by hand (drag it onto the "
                  "transcript).");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return pair.number;
    case Text:
        return tr("Q: %1\nA: %2").arg(pair.question, pair.answer);
    case Status:
        if (!a)
            return tr("not aligned");
        switch (a->status) {
        case PairAlignment::Status::Aligned:
            return tr("found %1 %").arg(qRound(a->confidence * 100));
        case PairAlignment::Status::Manual:
            return tr("placed by hand");
        case PairAlignment::Status::NotFound:
            return tr("not found");
        }
        return {};
    case Time:
        return a ? clockText(a->startMs) : QString();
    }
    return {};
}

QVariant PairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Text:
        return tr("Question and answer (written record)");
    case Status:
        return tr("In the recording");
    case Time:
        return tr("From");
    }
    return {};
}

Qt::ItemFlags PairsModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList PairsModel::mimeTypes() const
{
    return {kPairMime};
}

QMimeData *PairsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kPairMime, QByteArray::number(data(indexes.constFirst(), PairRole).toInt()));
    return mime;
}

TranscriptModel::TranscriptModel(const ReviewSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void TranscriptModel::rebuild()
{
    const auto &state = m_session.state();
    m_pairOfSegment = QList<int>(state.transcript.segments.size(), 0);
    m_unwritten = QList<bool>(state.transcript.segments.size(), false);
    for (const PairAlignment &p : state.alignment.pairs)
        if (p.status != PairAlignment::Status::NotFound)
            for (int s = std::max(0, p.firstSegment);
                 s <= p.lastSegment && s < m_pairOfSegment.size(); ++s)
                m_pairOfSegment[s] = p.pair;
    m_unwrittenClauses.clear();
    for (const UnwrittenPassage &u : state.alignment.unwritten) {
        if (u.withinPair > 0) {
            m_unwrittenClauses[u.firstSegment].append(u.text);
            continue;
        }
        for (int s = std::max(0, u.firstSegment); s <= u.lastSegment && s < m_unwritten.size(); ++s)
            m_unwritten[s] = true;
    }
}

void TranscriptModel::reset()
{
    beginResetModel();
    rebuild();
    m_current = -1;
    m_highlightFirst = m_highlightLast = -1;
    endResetModel();
}

void TranscriptModel::setCurrent(int segment)
{
    if (segment == m_current)
        return;
    const int before = m_current;
    m_current = segment;
    for (int row : {before, segment})
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TranscriptModel::setHighlighted(int firstSegment, int lastSegment)
{
    m_highlightFirst = firstSegment;
    m_highlightLast = lastSegment;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TranscriptModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<int> TranscriptModel::searchHits() const
{
    QList<int> rows;
    if (m_search.isEmpty())
        return rows;
    const auto &segments = m_session.state().transcript.segments;
    for (int r = 0; r < segments.size(); ++r)
        if (segments[r].text.contains(m_search, Qt::CaseInsensitive))
            rows << r;
    return rows;
}

int TranscriptModel::pairOf(int segment) const
{
    return m_pairOfSegment.value(segment, 0);
}

bool TranscriptModel::isUnwritten(int segment) const
{
    return m_unwritten.value(segment, false);
}

QStringList TranscriptModel::unwrittenClauses(int segment) const
{
    return m_unwrittenClauses.value(segment);
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session.state().transcript.segments.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    const auto &segments = m_session.state().transcript.segments;
    if (!index.isValid() || index.row() >= segments.size())
        return {};
    const TranscriptSegment &s = segments[index.row()];
    const int row = index.row();
    if (role == Qt::BackgroundRole) {
        if (row == m_current)
            return QBrush(kCurrent);
        if (!m_search.isEmpty() && s.text.contains(m_search, Qt::CaseInsensitive))
            return QBrush(kHit);
        if (row >= m_highlightFirst && row <= m_highlightLast && m_highlightFirst >= 0)
            return QBrush(kHighlight);
        if (isUnwritten(row))
            return QBrush(kUnwritten);
        if (!unwrittenClauses(row).isEmpty() && index.column() == Text)
            return QBrush(kPartlyUnwritten);
        return {};
    }
    if (role == Qt::ToolTipRole && isUnwritten(row))
        return tr("Said but not written down: no pair of the record covers this passage.");
    if (role == Qt::ToolTipRole && !unwrittenClauses(row).isEmpty())
        return tr("Said here but left out of pair %1's written answer: %2")
            .arg(pairOf(row))
            .arg(unwrittenClauses(row).join(u" / "_s));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return clockText(s.startMs);
    case Speaker:
        return s.speaker;
    case Text:
        return s.text;
    case Pair: {
        const int pair = pairOf(row);
        if (pair > 0 && !unwrittenClauses(row).isEmpty())
            return tr("%1, part not written").arg(pair);
        return pair > 0           ? QVariant(pair)
               : isUnwritten(row) ? QVariant(tr("not written"))
                                  : QVariant();
    }
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Speaker:
        return tr("Speaker");
    case Text:
        return tr("What was said (transcript)");
    case Pair:
        return tr("Pair");
    }
    return {};
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
}

QStringList TranscriptModel::mimeTypes() const
{
    return {kPairMime};
}

bool TranscriptModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                      const QModelIndex &) const
{
    return data && data->hasFormat(kPairMime);
}

bool TranscriptModel::dropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                   const QModelIndex &parent)
{
    if (!data || !data->hasFormat(kPairMime))
        return false;
    const int segment = parent.isValid() ? parent.row() : row;
    if (segment < 0 || segment >= rowCount())
        return false;
    Q_EMIT pairDropped(data->data(kPairMime).toInt(), segment);
    return false; // nothing moves in the model itself: the session keeps a new version
}

} // namespace Jiandu::Review
