#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QToolButton;

namespace Jiandu {
class IShell;
} // namespace Jiandu

namespace Jiandu::Review {

class MediaPanel;
class PairsModel;
class ReviewLibrary;
class ReviewSession;
class ReviewTimeline;
class TranscriptModel;

//! 笔录与审讯音视频联动: one interrogation's recordings, written record and transcript side by
//! side. Clicking a pair plays it from just before its start and marks where it was said;
//! playing marks the pair and the segment being heard; clicking a segment plays it. Search
//! runs over the record, the transcript and the notes; a pair dragged onto the transcript is
//! placed there by hand (a new version); findings, bookmarks and the history beside.
class ReviewView : public QWidget
{
    Q_OBJECT

public:
    ReviewView(IShell &shell, ReviewLibrary &library, const QString &uid,
               QWidget *parent = nullptr);
    ~ReviewView() override;

    ReviewSession &session() { return *m_session; }
    MediaPanel &media() { return *m_media; }

    void playPair(int pair);
    void playSegment(int segment);
    //! Jumps to the next search hit (record, then transcript, then notes).
    void nextHit();

private:
    void onLoaded();
    void showIntegrity();
    void refresh();
    void onPosition(qint64 ms);
    void showFindings();
    void showBookmarks();
    void showHistory();
    void search(const QString &text);
    void placeSelectedPair();
    void bookmarkHere();
    void transcribe();
    void importTranscript();
    void exportClip();
    void setWorking(const QString &stage, double fraction);
    void workDone(const QString &error);

    IShell &m_shell;
    std::unique_ptr<ReviewSession> m_session;
    QLabel *m_title;
    QLabel *m_verdict;
    QLabel *m_integrity;
    MediaPanel *m_media;
    ReviewTimeline *m_timeline;
    QTableView *m_pairs;
    QTableView *m_transcript;
    PairsModel *m_pairsModel;
    TranscriptModel *m_transcriptModel;
    QTabWidget *m_side;
    QListWidget *m_findings;
    QListWidget *m_bookmarks;
    QListWidget *m_history;
    QLineEdit *m_search;
    QLabel *m_hits;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_stage;
    QPushButton *m_cancel;
    QToolButton *m_realign;
    QToolButton *m_transcribe;
    QToolButton *m_import;
    QToolButton *m_place;
    QToolButton *m_bookmark;
    QToolButton *m_export;
    QStringList m_mediaProblems;
    int m_hitIndex = -1;
    bool m_playAudited = false;
};

} // namespace Jiandu::Review
