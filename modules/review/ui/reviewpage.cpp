#include "reviewpage.h"

#include "../demointerrogation.h"
#include "../reviewlibrary.h"
#include "../reviewsession.h"
#include "newreviewdialog.h"
#include "reviewview.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

namespace {
constexpr int kUidRole = Qt::UserRole + 1;
}

ReviewPage::ReviewPage(IShell &shell, ReviewLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_library(library)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"reviewPage"_s);
    m_list->setObjectName(u"reviewList"_s);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("New review…"), left);
    add->setObjectName(u"newReview"_s);
    connect(add, &QPushButton::clicked, this, &ReviewPage::newReview);
    leftLayout->addWidget(add);
    leftLayout->addWidget(m_list, 1);
    auto *empty = new QLabel(tr("Choose an interrogation on the left, or add one with its "
                                "recordings, written record and transcript."),
                             m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 5);
    split->setSizes({200, 1100});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            open(item->data(kUidRole).toString());
    });
    connect(&m_library, &ReviewLibrary::changed, this, [this] { reload(); });
    reload();
}

void ReviewPage::reload(const QString &select)
{
    m_library.list(this, [this, select](const QList<Interrogation> &all) {
        const QString keep = select.isEmpty() && m_list->currentItem()
                                 ? m_list->currentItem()->data(kUidRole).toString()
                                 : select;
        QSignalBlocker block(m_list);
        m_list->clear();
        for (const Interrogation &i : all) {
            auto *item = new QListWidgetItem(
                u"%1\n%2"_s.arg(
                    i.title,
                    QDateTime::fromMSecsSinceEpoch(i.createdMs).toString(u"yyyy-MM-dd HH:mm"_s)),
                m_list);
            item->setData(kUidRole, i.uid);
            item->setToolTip(i.ajbh.isEmpty() ? i.title : tr("Case %1").arg(i.ajbh));
            if (i.uid == keep)
                m_list->setCurrentItem(item);
        }
        block.unblock();
        if (all.isEmpty() && m_shell.context().demo && !m_demoPrepared)
            prepareDemo();
        if (!keep.isEmpty() && (!m_view || m_view->session().uid() != keep))
            open(keep);
        else if (keep.isEmpty() && !m_view && m_list->count() > 0 &&
                 (m_list->item(0)->flags() & Qt::ItemIsSelectable))
            m_list->setCurrentRow(0); // the newest, rather than an empty screen
    });
}

void ReviewPage::prepareDemo()
{
    m_demoPrepared = true;
    auto *note = new QListWidgetItem(tr("Preparing the demo interrogation…"), m_list);
    note->setFlags(Qt::NoItemFlags);
    const QString folder = m_shell.context().dataDirectory + u"/demo-review"_s;
    QPointer<ReviewPage> self(this);
    QThreadPool::globalInstance()->start([self, folder] {
        auto files = DemoInterrogation::make(folder);
        QMetaObject::invokeMethod(
            qApp,
            [self, files] {
                if (!self)
                    return;
                if (!files) {
                    self->m_list->clear();
                    new QListWidgetItem(tr("The demo interrogation could not be made: %1")
                                            .arg(files.error().message),
                                        self->m_list);
                    return;
                }
                ReviewLibrary::NewInterrogation demo{tr("王小五 第1次询问 (demo)"),
                                                     u"A1401050000002026120001"_s,
                                                     {files->recording},
                                                     files->record,
                                                     {files->transcript}};
                self->m_library.create(demo, self.data(),
                                       [self](const Result<Interrogation> &created) {
                                           if (self && created)
                                               self->reload(created->uid);
                                       });
            },
            Qt::QueuedConnection);
    });
}

void ReviewPage::open(const QString &uid)
{
    if (m_view && m_view->session().uid() == uid)
        return;
    if (m_view) {
        m_stack->removeWidget(m_view);
        m_view->deleteLater();
    }
    m_view = new ReviewView(m_shell, m_library, uid, m_stack);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
}

void ReviewPage::newReview()
{
    NewReviewDialog dialog(m_library, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.createdUid());
}

} // namespace Jiandu::Review
