#pragma once

#include "../reviewsession.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace Jiandu::Review {

//! The written record's pairs for the table: number, question and answer, where it was said
//! and how sure that is. The pair being played and the search hits are marked.
class PairsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Text, Status, Time, ColumnCount };
    static constexpr int PairRole = Qt::UserRole + 1; //!< the pair's number

    explicit PairsModel(const ReviewSession &session, QObject *parent = nullptr);
    void reset();
    void setCurrent(int pair);
    void setSearch(const QString &text);
    int rowOfPair(int pair) const;
    const PairAlignment *alignmentOf(int row) const;
    QList<int> searchHits() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    const ReviewSession &m_session;
    int m_current = 0;
    QString m_search;
};

//! The transcript's segments: time, speaker, what was said, which pair it belongs to; said
//! but not written down is marked, so are the segment being played and the search hits.
//! A pair dropped on a segment is placed there (the view asks the session).
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Speaker, Text, Pair, ColumnCount };

    explicit TranscriptModel(const ReviewSession &session, QObject *parent = nullptr);
    void reset();
    void setCurrent(int segment);
    void setHighlighted(int firstSegment, int lastSegment);
    void setSearch(const QString &text);
    QList<int> searchHits() const;
    //! The pair whose span includes \a segment, 0 when none; whether it is unwritten.
    int pairOf(int segment) const;
    bool isUnwritten(int segment) const;
    //! Clauses of \a segment said within its pair's span and not written in the pair.
    QStringList unwrittenClauses(int segment) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    //! A pair was dropped on \a segment.
    void pairDropped(int pair, int segment);

private:
    void rebuild();

    const ReviewSession &m_session;
    QList<int> m_pairOfSegment;
    QList<bool> m_unwritten;
    QHash<int, QStringList> m_unwrittenClauses;
    int m_current = -1;
    int m_highlightFirst = -1;
    int m_highlightLast = -1;
    QString m_search;
};

QString clockText(qint64 ms);

} // namespace Jiandu::Review
