#include "reviewview.h"

#include "../asr/asrengines.h"
#include "../reviewsession.h"
#include "../reviewsettings.h"
#include "mediapanel.h"
#include "reviewmodels.h"
#include "reviewtimeline.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <core/boundedfile.h>
#include <core/settingsstore.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

constexpr int kMsRole = Qt::UserRole + 10;
constexpr int kUidRole = Qt::UserRole + 11;

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QTableView *table(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setHighlightSections(false);
    view->setAlternatingRowColors(false);
    return view;
}

} // namespace

ReviewView::ReviewView(IShell &shell, ReviewLibrary &library, const QString &uid, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_session(std::make_unique<ReviewSession>(shell, library, uid))
    , m_title(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_integrity(new QLabel(this))
    , m_media(new MediaPanel(this))
    , m_timeline(new ReviewTimeline(*m_session, this))
    , m_pairsModel(new PairsModel(*m_session, this))
    , m_transcriptModel(new TranscriptModel(*m_session, this))
    , m_side(new QTabWidget(this))
    , m_findings(new QListWidget(this))
    , m_bookmarks(new QListWidget(this))
    , m_history(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_hits(new QLabel(this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"reviewView"_s);
    m_pairs = table(m_pairsModel, this);
    m_pairs->setObjectName(u"reviewPairs"_s);
    m_pairs->setDragEnabled(true);
    m_pairs->setDragDropMode(QAbstractItemView::DragOnly);
    m_pairs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pairs->horizontalHeader()->setSectionResizeMode(PairsModel::Text, QHeaderView::Stretch);
    m_pairs->horizontalHeader()->setSectionResizeMode(PairsModel::Number,
                                                      QHeaderView::ResizeToContents);
    m_pairs->horizontalHeader()->setSectionResizeMode(PairsModel::Status,
                                                      QHeaderView::ResizeToContents);
    m_pairs->horizontalHeader()->setSectionResizeMode(PairsModel::Time,
                                                      QHeaderView::ResizeToContents);
    m_transcript = table(m_transcriptModel, this);
    m_transcript->setObjectName(u"reviewTranscript"_s);
    m_transcript->setAcceptDrops(true);
    m_transcript->setDragDropMode(QAbstractItemView::DropOnly);
    m_transcript->setDropIndicatorShown(true);
    m_transcript->horizontalHeader()->setSectionResizeMode(TranscriptModel::Text,
                                                           QHeaderView::Stretch);
    for (int c :
         {int(TranscriptModel::Time), int(TranscriptModel::Speaker), int(TranscriptModel::Pair)})
        m_transcript->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    // The head: what is reviewed, what the alignment says, what is wrong with the files.
    m_title->setObjectName(u"reviewTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_verdict->setObjectName(u"reviewVerdict"_s);
    m_verdict->setWordWrap(true);
    m_integrity->setObjectName(u"reviewIntegrity"_s);
    m_integrity->setWordWrap(true);
    m_integrity->setStyleSheet(u"color: #b00020;"_s);
    m_integrity->hide();

    m_realign =
        toolButton(tr("Align again"), tr("Align the record with the transcript again"), this);
    m_import = toolButton(tr("Open transcript…"),
                          tr("Read a transcript (WebVTT, SRT, whisper.cpp, FunASR or JSON) as a "
                             "new version"),
                          this);
    m_transcribe = toolButton(
        tr("Transcribe"), tr("Have the speech recognition service transcribe the recording"), this);
    m_place = toolButton(tr("Place pair"),
                         tr("Place the selected pair on the selected transcript segments (or drag "
                            "the pair onto the transcript)"),
                         this);
    m_bookmark = toolButton(tr("Bookmark"), tr("Mark this moment with a note (B)"), this);
    m_export = toolButton(tr("Export clip…"),
                          tr("Export the stretch of the selected pairs with its subtitles and "
                             "manifest"),
                          this);
    m_export->setObjectName(u"reviewExport"_s);
    connect(m_export, &QToolButton::clicked, this, &ReviewView::exportClip);
    m_search->setObjectName(u"reviewSearch"_s);
    m_search->setPlaceholderText(tr("Search the record, transcript and notes"));
    m_search->setClearButtonEnabled(true);
    auto *next = toolButton(tr("Next"), tr("The next match (Enter)"), this);
    next->setObjectName(u"reviewNextHit"_s);
    m_realign->setObjectName(u"reviewRealign"_s);
    m_import->setObjectName(u"reviewImport"_s);
    m_transcribe->setObjectName(u"reviewTranscribe"_s);
    m_place->setObjectName(u"reviewPlacePair"_s);
    m_bookmark->setObjectName(u"reviewBookmark"_s);
    m_hits->setObjectName(u"reviewHits"_s);
    connect(m_realign, &QToolButton::clicked, m_session.get(), &ReviewSession::realign);
    connect(m_import, &QToolButton::clicked, this, &ReviewView::importTranscript);
    connect(m_transcribe, &QToolButton::clicked, this, &ReviewView::transcribe);
    connect(m_place, &QToolButton::clicked, this, &ReviewView::placeSelectedPair);
    connect(m_bookmark, &QToolButton::clicked, this, &ReviewView::bookmarkHere);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewView::search);
    connect(m_search, &QLineEdit::returnPressed, this, &ReviewView::nextHit);
    connect(next, &QToolButton::clicked, this, &ReviewView::nextHit);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addStretch(1);
    for (QWidget *w : {static_cast<QWidget *>(m_realign), static_cast<QWidget *>(m_import),
                       static_cast<QWidget *>(m_transcribe), static_cast<QWidget *>(m_place),
                       static_cast<QWidget *>(m_bookmark), static_cast<QWidget *>(m_export)})
        head->addWidget(w);
    head->addWidget(m_search, 1);
    head->addWidget(m_hits);
    head->addWidget(next);

    m_findings->setObjectName(u"reviewFindings"_s);
    m_findings->setWordWrap(true);
    m_bookmarks->setObjectName(u"reviewBookmarks"_s);
    m_history->setObjectName(u"reviewHistory"_s);
    m_history->setWordWrap(true);
    m_side->addTab(m_findings, tr("Findings"));
    m_side->addTab(m_bookmarks, tr("Bookmarks"));
    m_side->addTab(m_history, tr("Versions"));
    auto seekItem = [this](QListWidgetItem *item) {
        const QVariant ms = item->data(kMsRole);
        if (ms.isValid() && ms.toLongLong() >= 0)
            m_media->seek(ms.toLongLong());
    };
    connect(m_findings, &QListWidget::itemActivated, this, seekItem);
    connect(m_findings, &QListWidget::itemClicked, this, seekItem);
    connect(m_bookmarks, &QListWidget::itemActivated, this, seekItem);
    auto *removeBookmark = new QShortcut(QKeySequence::Delete, m_bookmarks);
    removeBookmark->setContext(Qt::WidgetShortcut);
    connect(removeBookmark, &QShortcut::activated, this, [this] {
        if (QListWidgetItem *item = m_bookmarks->currentItem())
            m_session->removeBookmark(item->data(kUidRole).toString());
    });

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_media);
    top->addWidget(m_side);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_pairs);
    bottom->addWidget(m_transcript);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_timeline);
    lowerLayout->addWidget(bottom, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_stage);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    m_progressRow->hide();
    connect(m_cancel, &QPushButton::clicked, m_session.get(), &ReviewSession::cancelWork);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_verdict);
    layout->addWidget(m_integrity);
    layout->addWidget(m_progressRow);
    layout->addWidget(split, 1);

    // Both ways: a pair plays where it was said, a segment where it is.
    connect(m_pairs, &QTableView::clicked, this, [this](const QModelIndex &index) {
        playPair(m_pairsModel->data(index, PairsModel::PairRole).toInt());
    });
    connect(m_transcript, &QTableView::clicked, this,
            [this](const QModelIndex &index) { playSegment(index.row()); });
    connect(m_transcriptModel, &TranscriptModel::pairDropped, this, [this](int pair, int segment) {
        const PairAlignment *a = m_pairsModel->alignmentOf(m_pairsModel->rowOfPair(pair));
        const int span = a && a->firstSegment >= 0 ? a->lastSegment - a->firstSegment : 1;
        m_session->placePair(pair, segment, segment + std::max(0, span));
    });
    connect(m_timeline, &ReviewTimeline::seekRequested, m_media, &MediaPanel::seek);
    connect(m_media, &MediaPanel::positionChanged, this, &ReviewView::onPosition);
    connect(m_media, &MediaPanel::durationChanged, m_timeline, &ReviewTimeline::setDuration);
    connect(m_media, &MediaPanel::recordingSpan, m_session.get(), &ReviewSession::setRecordingSpan);
    connect(m_media, &MediaPanel::problem, this, [this](const QString &text) {
        m_mediaProblems << text;
        showIntegrity();
    });
    connect(m_media, &MediaPanel::playingChanged, this, [this](bool playing) {
        if (playing)
            m_session->audit(u"play"_s, tr("from %1").arg(clockText(m_media->position())));
    });
    auto *space = new QShortcut(Qt::Key_Space, this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, m_media, &MediaPanel::togglePlay);
    auto *mark = new QShortcut(Qt::Key_B, this);
    mark->setContext(Qt::WidgetWithChildrenShortcut);
    connect(mark, &QShortcut::activated, this, &ReviewView::bookmarkHere);

    connect(m_session.get(), &ReviewSession::loaded, this, &ReviewView::onLoaded);
    connect(m_session.get(), &ReviewSession::loadFailed, this, [this](const QString &error) {
        m_verdict->setText(tr("This interrogation cannot be opened: %1").arg(error));
    });
    connect(m_session.get(), &ReviewSession::alignmentChanged, this, &ReviewView::refresh);
    connect(m_session.get(), &ReviewSession::transcriptChanged, this, &ReviewView::refresh);
    connect(m_session.get(), &ReviewSession::bookmarksChanged, this, [this] {
        showBookmarks();
        m_timeline->update();
    });
    connect(m_session.get(), &ReviewSession::working, this, &ReviewView::setWorking);
    connect(m_session.get(), &ReviewSession::integrityChanged, this, &ReviewView::showIntegrity);
    connect(m_session.get(), &ReviewSession::findingsChanged, this, &ReviewView::showFindings);
    connect(m_session.get(), &ReviewSession::workDone, this, &ReviewView::workDone);
    m_verdict->setText(tr("Opening…"));
    m_session->load();
}

ReviewView::~ReviewView()
{
    // The session may still report (a transcription or export cancelled as it goes): not to a
    // view being taken down.
    m_session->disconnect(this);
}

void ReviewView::showIntegrity()
{
    const auto &state = m_session->state();
    QStringList integrity = state.integrity;
    if (!state.recordError.isEmpty())
        integrity << tr("Written record: %1").arg(state.recordError);
    if (!state.transcriptError.isEmpty())
        integrity << tr("Transcript: %1").arg(state.transcriptError);
    integrity += m_mediaProblems;
    m_integrity->setText(integrity.join(u'\n'));
    m_integrity->setVisible(!integrity.isEmpty());
}

void ReviewView::onLoaded()
{
    const auto &state = m_session->state();
    m_title->setText(state.interrogation.title);
    showIntegrity();
    m_media->open(state.interrogation.filesIn(ReviewFile::Role::Recording),
                  ReviewSettings::audioSink.value(m_shell.settings()));
    refresh();
}

void ReviewView::refresh()
{
    const auto &state = m_session->state();
    m_pairsModel->reset();
    m_transcriptModel->reset();
    QString verdict;
    if (state.record.pairs.isEmpty())
        verdict = tr("No question and answer could be read from the written record.");
    else if (state.transcript.segments.isEmpty())
        verdict = tr("%n pair(s) in the record. No transcript yet: open one or transcribe the "
                     "recording.",
                     "", int(state.record.pairs.size()));
    else
        verdict = Aligner::verdict(state.alignment, false) +
                  (state.alignment.unwritten.isEmpty()
                       ? QString()
                       : u" "_s + tr("%n passage(s) said but not written down.", "",
                                     int(state.alignment.unwritten.size())));
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(!state.alignment.pairs.isEmpty() && !state.alignment.plausible
                                 ? u"color: #b00020; font-weight: bold;"_s
                                 : QString());
    m_timeline->setDuration(std::max(m_media->duration(), state.transcript.endMs()));
    const bool ready = !m_session->isWorking();
    m_realign->setEnabled(ready && !state.record.pairs.isEmpty() &&
                          !state.transcript.segments.isEmpty());
    m_place->setEnabled(ready && !state.alignment.pairs.isEmpty());
    m_export->setEnabled(ready && state.alignment.alignedCount > 0 &&
                         !state.interrogation.filesIn(ReviewFile::Role::Recording).isEmpty());
    m_transcribe->setEnabled(ready &&
                             !state.interrogation.filesIn(ReviewFile::Role::Recording).isEmpty());
    showFindings();
    showBookmarks();
    showHistory();
    search(m_search->text());
}

void ReviewView::showFindings()
{
    const auto &state = m_session->state();
    m_findings->clear();
    auto add = [this](const QString &text, qint64 ms, const QColor &colour) {
        auto *item = new QListWidgetItem(text, m_findings);
        item->setData(kMsRole, ms);
        item->setForeground(colour);
    };
    for (const RecordFinding &f : state.findings)
        add(f.line > 0 ? tr("Line %1: %2").arg(f.line).arg(f.message) : f.message, -1,
            QColor(176, 0, 32));
    for (const PairAlignment &p : state.alignment.pairs)
        if (p.status == PairAlignment::Status::NotFound)
            add(tr("Pair %1 is written in the record but was not found in the recording.")
                    .arg(p.pair),
                -1, QColor(176, 0, 32));
    for (const UnwrittenPassage &u : state.alignment.unwritten)
        add(u.withinPair > 0 ? tr("%1 said in answer to pair %2 but left out of the record: %3")
                                   .arg(clockText(u.startMs))
                                   .arg(u.withinPair)
                                   .arg(u.text.left(80))
                             : tr("%1–%2 said but not written down: %3")
                                   .arg(clockText(u.startMs), clockText(u.endMs), u.text.left(80)),
            u.startMs, QColor(160, 60, 0));
    for (const QString &w : state.transcript.warnings)
        add(tr("Transcript: %1").arg(w), -1, palette().text().color());
    if (m_findings->count() == 0)
        add(tr("No finding."), -1, QColor(20, 120, 40));
    m_side->setTabText(
        0, tr("Findings (%1)").arg(state.findings.size() + state.alignment.unwritten.size()));
}

void ReviewView::showBookmarks()
{
    m_bookmarks->clear();
    for (const Bookmark &b : m_session->state().bookmarks) {
        auto *item = new QListWidgetItem(u"%1  %2  (%3)"_s.arg(clockText(b.atMs), b.note, b.madeBy),
                                         m_bookmarks);
        item->setData(kMsRole, b.atMs);
        item->setData(kUidRole, b.uid);
        item->setToolTip(tr("Double-click to play from here; Delete to remove."));
    }
}

void ReviewView::showHistory()
{
    m_history->clear();
    const auto &state = m_session->state();
    auto add = [this](const QString &kind, const ReviewVersion &v) {
        new QListWidgetItem(
            u"%1 %2 · %3 · %4 · %5 · SHA-256 %6…"_s.arg(kind).arg(v.version).arg(
                QDateTime::fromMSecsSinceEpoch(v.madeMs).toString(u"yyyy-MM-dd HH:mm"_s), v.madeBy,
                v.note, v.sha256.left(12)),
            m_history);
    };
    for (const ReviewVersion &v : state.transcriptVersions)
        add(tr("Transcript"), v);
    for (const ReviewVersion &v : state.alignmentVersions)
        add(tr("Alignment"), v);
    for (const ReviewFile &f : state.interrogation.files)
        new QListWidgetItem(tr("Original %1 · %2 bytes · SHA-256 %3…")
                                .arg(f.name)
                                .arg(f.bytes)
                                .arg(f.sha256.left(12)),
                            m_history);
}

void ReviewView::playPair(int pair)
{
    const int row = m_pairsModel->rowOfPair(pair);
    const PairAlignment *a = m_pairsModel->alignmentOf(row);
    m_pairsModel->setCurrent(pair);
    if (!a || a->status == PairAlignment::Status::NotFound || a->startMs < 0) {
        m_transcriptModel->setHighlighted(-1, -1);
        return;
    }
    m_transcriptModel->setHighlighted(a->firstSegment, a->lastSegment);
    if (a->firstSegment >= 0)
        m_transcript->scrollTo(m_transcriptModel->index(a->firstSegment, 0),
                               QAbstractItemView::PositionAtTop);
    const qint64 preRoll = qint64(ReviewSettings::preRollSeconds.value(m_shell.settings())) * 1000;
    m_media->seek(std::max<qint64>(0, a->startMs - preRoll));
}

void ReviewView::playSegment(int segment)
{
    const auto &segments = m_session->state().transcript.segments;
    if (segment < 0 || segment >= segments.size())
        return;
    m_transcriptModel->setCurrent(segment);
    const int pair = m_transcriptModel->pairOf(segment);
    m_pairsModel->setCurrent(pair);
    if (pair > 0)
        m_pairs->scrollTo(m_pairsModel->index(m_pairsModel->rowOfPair(pair), 0));
    m_media->seek(segments[segment].startMs);
}

void ReviewView::onPosition(qint64 ms)
{
    m_timeline->setPosition(ms);
    if (!m_media->isPlaying())
        return;
    const int segment = m_session->segmentAt(ms);
    if (segment >= 0) {
        m_transcriptModel->setCurrent(segment);
        m_transcript->scrollTo(m_transcriptModel->index(segment, 0));
    }
    const int pair = m_session->pairAt(ms);
    if (pair > 0) {
        m_pairsModel->setCurrent(pair);
        m_pairs->scrollTo(m_pairsModel->index(m_pairsModel->rowOfPair(pair), 0));
    }
}

void ReviewView::search(const QString &text)
{
    m_pairsModel->setSearch(text);
    m_transcriptModel->setSearch(text);
    m_hitIndex = -1;
    int notes = 0;
    for (int i = 0; i < m_bookmarks->count(); ++i) {
        QListWidgetItem *item = m_bookmarks->item(i);
        const bool hit =
            !text.trimmed().isEmpty() && item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setBackground(hit ? QColor(255, 200, 120) : QColor(Qt::transparent));
        notes += hit;
    }
    if (text.trimmed().isEmpty()) {
        m_hits->clear();
        return;
    }
    m_hits->setText(tr("record %1 · transcript %2 · notes %3")
                        .arg(m_pairsModel->searchHits().size())
                        .arg(m_transcriptModel->searchHits().size())
                        .arg(notes));
}

void ReviewView::nextHit()
{
    const QList<int> pairs = m_pairsModel->searchHits();
    const QList<int> segments = m_transcriptModel->searchHits();
    const int total = int(pairs.size() + segments.size());
    if (total == 0)
        return;
    m_hitIndex = (m_hitIndex + 1) % total;
    if (m_hitIndex < pairs.size()) {
        const QModelIndex index = m_pairsModel->index(pairs[m_hitIndex], 0);
        m_pairs->selectRow(index.row());
        m_pairs->scrollTo(index);
        playPair(m_pairsModel->data(index, PairsModel::PairRole).toInt());
    } else {
        const int row = segments[m_hitIndex - int(pairs.size())];
        m_transcript->selectRow(row);
        m_transcript->scrollTo(m_transcriptModel->index(row, 0));
        playSegment(row);
    }
}

void ReviewView::placeSelectedPair()
{
    const QModelIndexList pairRows = m_pairs->selectionModel()->selectedRows();
    const QModelIndexList segmentRows = m_transcript->selectionModel()->selectedRows();
    if (pairRows.isEmpty() || segmentRows.isEmpty()) {
        QMessageBox::information(this, tr("Place a pair"),
                                 tr("Select a pair of the record and the transcript segments "
                                    "where it was said, or drag the pair onto the transcript."));
        return;
    }
    int first = segmentRows.constFirst().row(), last = first;
    for (const QModelIndex &i : segmentRows) {
        first = std::min(first, i.row());
        last = std::max(last, i.row());
    }
    m_session->placePair(m_pairsModel->data(pairRows.constFirst(), PairsModel::PairRole).toInt(),
                         first, last);
}

void ReviewView::bookmarkHere()
{
    const qint64 at = m_media->position();
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Bookmark"), tr("A note for %1:").arg(clockText(at)), QLineEdit::Normal, {}, &ok);
    if (ok)
        m_session->addBookmark(at, note.trimmed());
}

void ReviewView::importTranscript()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a transcript"), {},
                                     tr("Transcripts (*.vtt *.srt *.json *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_session->importTranscript(path);
}

void ReviewView::transcribe()
{
    const SettingsStore &settings = m_shell.settings();
    AsrEngine *engine = AsrEngines::find(ReviewSettings::asrEngine.value(settings));
    const QString endpoint = ReviewSettings::asrEndpoint.value(settings);
    if (!engine || endpoint.isEmpty()) {
        QMessageBox::information(
            this, tr("Transcribe"),
            tr("No speech recognition service is set. Set its engine and address under Settings "
               "(review/asrEngine: openai or funasr; review/asrEndpoint)."));
        return;
    }
    AsrSettings asr;
    asr.endpoint = QUrl(endpoint);
    asr.model = ReviewSettings::asrModel.value(settings);
    asr.timeoutSeconds = ReviewSettings::asrTimeoutSeconds.value(settings);
    if (const QString keyFile = ReviewSettings::asrKeyFile.value(settings); !keyFile.isEmpty()) {
        const auto key = BoundedFile::read(keyFile, 4096);
        if (!key) {
            QMessageBox::warning(this, tr("Transcribe"), key.error().message);
            return;
        }
        asr.apiKey = QString::fromUtf8(key->split('\n').value(0)).trimmed();
    }
    m_session->transcribe(engine, asr);
}

void ReviewView::exportClip()
{
    QList<int> pairs;
    for (const QModelIndex &row : m_pairs->selectionModel()->selectedRows())
        pairs << m_pairsModel->data(row, PairsModel::PairRole).toInt();
    const ReviewFile *recording = m_media->leaderFile();
    if (pairs.isEmpty() || !recording) {
        QMessageBox::information(this, tr("Export a clip"),
                                 tr("Select the pairs to export (Ctrl or Shift for several)."));
        return;
    }
    std::sort(pairs.begin(), pairs.end());
    const QString suggested = u"%1-%2.mp4"_s.arg(
        m_session->state().interrogation.title,
        pairs.size() == 1 ? tr("pair %1").arg(pairs.constFirst())
                          : tr("pairs %1-%2").arg(pairs.constFirst()).arg(pairs.constLast()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export a clip"), suggested, tr("MP4 video (*.mp4)"));
    if (path.isEmpty())
        return;
    const bool burn =
        m_media->leaderHasVideo() &&
        QMessageBox::question(this, tr("Export a clip"),
                              tr("Burn what was said into the picture? The subtitles are "
                                 "written beside the clip (.srt) either way.")) == QMessageBox::Yes;
    m_session->exportPairs(pairs, *recording, m_media->leaderHasVideo(), m_media->leaderHasAudio(),
                           path, burn);
}

void ReviewView::setWorking(const QString &stage, double fraction)
{
    m_progressRow->show();
    m_stage->setText(stage);
    if (fraction < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(fraction * 1000));
    }
    m_realign->setEnabled(false);
    m_transcribe->setEnabled(false);
    m_place->setEnabled(false);
    m_export->setEnabled(false);
}

void ReviewView::workDone(const QString &error)
{
    m_progressRow->hide();
    refresh();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Interrogation review"), error);
}

} // namespace Jiandu::Review
