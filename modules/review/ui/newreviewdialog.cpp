#include "newreviewdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {

QWidget *fileList(QListWidget *list, const QString &title, const QString &filter, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    list->setMaximumHeight(90);
    layout->addWidget(list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(NewReviewDialog::tr("Add…"), box);
    auto *remove = new QPushButton(NewReviewDialog::tr("Remove"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    QObject::connect(add, &QPushButton::clicked, box, [list, title, filter, box] {
        for (const QString &path : QFileDialog::getOpenFileNames(box, title, {}, filter))
            list->addItem(path);
    });
    QObject::connect(remove, &QPushButton::clicked, box, [list] { delete list->currentItem(); });
    return box;
}

QStringList itemsOf(const QListWidget *list)
{
    QStringList items;
    for (int i = 0; i < list->count(); ++i)
        items << list->item(i)->text();
    return items;
}

} // namespace

NewReviewDialog::NewReviewDialog(ReviewLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_title(new QLineEdit(this))
    , m_case(new QLineEdit(this))
    , m_recordings(new QListWidget(this))
    , m_record(new QLineEdit(this))
    , m_transcripts(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New interrogation review"));
    setObjectName(u"newReviewDialog"_s);
    auto *form = new QFormLayout;
    m_title->setPlaceholderText(tr("e.g. 王五 第1次询问 (from the record when left empty)"));
    form->addRow(tr("Title"), m_title);
    auto *caseRow = new QHBoxLayout;
    m_case->setPlaceholderText(tr("案件编号, to take the case's files from the cache"));
    auto *take = new QPushButton(tr("Take the case's files"), this);
    connect(take, &QPushButton::clicked, this, &NewReviewDialog::takeCase);
    caseRow->addWidget(m_case, 1);
    caseRow->addWidget(take);
    form->addRow(tr("Case"), caseRow);
    form->addRow(tr("Recordings"),
                 fileList(m_recordings, tr("Recordings of the interrogation"),
                          tr("Recordings (*.mp4 *.mkv *.avi *.mov *.ts *.wav *.mp3 *.ogg *.m4a);;"
                             "All files (*)"),
                          this));
    auto *recordRow = new QHBoxLayout;
    auto *chooseRecord = new QPushButton(tr("Choose…"), this);
    connect(chooseRecord, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("The written record"), {},
                                         tr("Written records (*.txt *.docx *.pdf);;All files (*)"));
        if (!path.isEmpty())
            m_record->setText(path);
    });
    recordRow->addWidget(m_record, 1);
    recordRow->addWidget(chooseRecord);
    form->addRow(tr("Written record"), recordRow);
    form->addRow(tr("Transcripts"),
                 fileList(m_transcripts, tr("Transcripts"),
                          tr("Transcripts (*.vtt *.srt *.json);;All files (*)"), this));
    m_error->setObjectName(u"newReviewError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewReviewDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 460);
}

ReviewLibrary::NewInterrogation NewReviewDialog::request() const
{
    return {m_title->text(), m_case->text(), itemsOf(m_recordings), m_record->text().trimmed(),
            itemsOf(m_transcripts)};
}

void NewReviewDialog::setRequest(const ReviewLibrary::NewInterrogation &request)
{
    if (!request.title.isEmpty())
        m_title->setText(request.title);
    m_case->setText(request.ajbh);
    m_recordings->clear();
    m_recordings->addItems(request.recordings);
    m_record->setText(request.record);
    m_transcripts->clear();
    m_transcripts->addItems(request.transcripts);
}

void NewReviewDialog::takeCase()
{
    m_error->clear();
    m_library.filesOfCase(m_case->text().trimmed(), this,
                          [this](const Result<ReviewLibrary::NewInterrogation> &found) {
                              if (!found)
                                  m_error->setText(found.error().message);
                              else
                                  setRequest(*found);
                          });
}

void NewReviewDialog::create()
{
    m_error->clear();
    setEnabled(false);
    m_library.create(request(), this, [this](const Result<Interrogation> &created) {
        setEnabled(true);
        if (!created) {
            m_error->setText(created.error().message);
            return;
        }
        m_created = created->uid;
        accept();
    });
}

} // namespace Jiandu::Review
