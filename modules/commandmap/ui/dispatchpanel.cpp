#include "dispatchpanel.h"

#include "../dispatch/dispatchservice.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <photos/photopicker.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {
using State = Instruction::State;

//! A dialog that cannot be closed while what it asked for is being kept (Esc, the window's
//! close button): its answer, or why it was not kept, must be seen.
class KeepingDialog : public QDialog
{
public:
    using QDialog::QDialog;
    bool keeping = false;
    void reject() override
    {
        if (!keeping)
            QDialog::reject();
    }
};

constexpr int kUidRole = Qt::UserRole;
constexpr int kRecipientRole = Qt::UserRole + 1;

QString clockText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"MM-dd HH:mm:ss"_s);
}

//! "done 2 · accepted 1": how many recipients are at each state, in the workflow's order.
QString summary(const KeptInstruction &kept)
{
    const Instruction &i = kept.instruction;
    QStringList parts;
    for (State s : {State::Done, State::Arrived, State::Accepted, State::Received, State::Sent,
                    State::Refused, State::Cancelled}) {
        const auto n = std::count_if(i.tracks.cbegin(), i.tracks.cend(),
                                     [s](const Instruction::Track &t) { return t.state() == s; });
        if (n > 0)
            parts << u"%1 %2"_s.arg(DispatchPanel::stateText(s)).arg(n);
    }
    QString text = parts.join(u" · "_s);
    if (kept.pending)
        text = DispatchPanel::tr("Not yet at the central service") + u" · "_s + text;
    return text;
}
} // namespace

DispatchPanel::DispatchPanel(DispatchService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"dispatchPanel"_s);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"dispatchList"_s);
    m_list->setHeaderLabels({tr("Instruction / recipient"), tr("State"), tr("Since")});
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DispatchPanel::selectionChanged);
    m_history = new QLabel(tr("Choose an instruction or a recipient for its history."), this);
    m_history->setObjectName(u"dispatchHistory"_s);
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The feedback's photos of the recipient chosen, small; a double click shows one large.
    m_photos = new QListWidget(this);
    m_photos->setObjectName(u"dispatchPhotos"_s);
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize({96, 96});
    m_photos->setFlow(QListView::LeftToRight);
    m_photos->setWrapping(false);
    m_photos->setFixedHeight(124);
    m_photos->hide();
    connect(m_photos, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { showPhoto(item->data(Qt::UserRole).toString()); });
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();

    m_record = new QPushButton(tr("Record an answer"), this);
    m_record->setObjectName(u"dispatchRecord"_s);
    m_record->setToolTip(tr("Record what a recipient reported by phone or radio"));
    auto *menu = new QMenu(m_record);
    for (State s : {State::Received, State::Accepted, State::Refused, State::Arrived, State::Done})
        menu->addAction(stateText(s), this, [this, s] { recordAnswer(s); });
    m_record->setMenu(menu);
    m_cancel = new QPushButton(tr("Cancel instruction…"), this);
    m_cancel->setObjectName(u"dispatchCancel"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &DispatchPanel::cancelSelected);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_photos);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    connect(&m_service, &DispatchService::instructionsChanged, this, &DispatchPanel::reload);
    selectionChanged();
    reload();
}

int DispatchPanel::instructionCount() const
{
    return int(m_kept.size());
}

QString DispatchPanel::stateText(State state)
{
    switch (state) {
    case State::Sent:
        return tr("sent");
    case State::Received:
        return tr("received");
    case State::Accepted:
        return tr("accepted");
    case State::Refused:
        return tr("refused");
    case State::Arrived:
        return tr("arrived");
    case State::Done:
        return tr("done");
    case State::Cancelled:
        return tr("cancelled");
    case State::Invalid:
        break;
    }
    return {};
}

void DispatchPanel::reload()
{
    m_service.load(this, [this](Result<QList<KeptInstruction>> kept) {
        if (!kept) {
            m_problem->setText(kept.error().message);
            m_problem->setVisible(true);
            return;
        }
        show(*kept);
    });
}

void DispatchPanel::show(const QList<KeptInstruction> &kept)
{
    // The choice survives the refresh.
    const QString uid =
        m_list->currentItem() ? m_list->currentItem()->data(0, kUidRole).toString() : QString();
    const QString recipient = m_list->currentItem()
                                  ? m_list->currentItem()->data(0, kRecipientRole).toString()
                                  : QString();
    QSet<QString> expanded;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->isExpanded())
            expanded.insert(m_list->topLevelItem(row)->data(0, kUidRole).toString());
    }
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_kept = kept;
    QTreeWidgetItem *current = nullptr;
    for (const KeptInstruction &k : kept) {
        const Instruction &i = k.instruction;
        const QString kind =
            i.kind == Instruction::Kind::Briefing ? tr("Briefing") : tr("Instruction");
        // The instruction across the row (its title is what the operator looks for); how far
        // its recipients are in its tooltip and history.
        auto *top = new QTreeWidgetItem(
            m_list, {u"%1 · %2: %3"_s.arg(clockText(i.issuedMs), kind, i.title)});
        m_list->setFirstColumnSpanned(m_list->indexOfTopLevelItem(top), {}, true);
        top->setData(0, kUidRole, i.uid);
        top->setToolTip(0, summary(k));
        if (k.pending)
            top->setIcon(0, style()->standardIcon(QStyle::SP_BrowserReload));
        if (i.isClosed())
            top->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        for (const Instruction::Track &t : i.tracks) {
            auto *child = new QTreeWidgetItem(
                top, {t.recipient, stateText(t.state()), clockText(t.steps.constLast().atMs)});
            child->setData(0, kUidRole, i.uid);
            child->setData(0, kRecipientRole, t.recipient);
            if (i.uid == uid && t.recipient == recipient)
                current = child;
        }
        if (i.uid == uid && recipient.isEmpty())
            current = top;
        top->setExpanded(expanded.contains(i.uid) || !i.isClosed());
    }
    if (current)
        m_list->setCurrentItem(current);
    selectionChanged();
    Q_EMIT shown(m_kept);
}

std::optional<Instruction> DispatchPanel::selectedInstruction() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString uid = item->data(0, kUidRole).toString();
    for (const KeptInstruction &k : m_kept) {
        if (k.instruction.uid == uid)
            return k.instruction;
    }
    return std::nullopt;
}

QString DispatchPanel::selectedRecipient() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kRecipientRole).toString() : QString();
}

void DispatchPanel::selectionChanged()
{
    const auto instruction = selectedInstruction();
    const QString recipient = selectedRecipient();
    m_record->setEnabled(instruction && !recipient.isEmpty());
    m_cancel->setEnabled(instruction && !instruction->isClosed() &&
                         instruction->issuedBy == m_service.operatorName());
    if (!instruction) {
        m_history->setText(tr("Choose an instruction or a recipient for its history."));
        showPhotos({});
        return;
    }
    const auto kept = std::find_if(m_kept.cbegin(), m_kept.cend(), [&](const KeptInstruction &k) {
        return k.instruction.uid == instruction->uid;
    });
    QString text = u"<b>%1</b><br>%2<br>%3"_s.arg(
        instruction->title.toHtmlEscaped(), summary(*kept).toHtmlEscaped(),
        instruction->body.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    text += u"<br>"_s +
            tr("Sent by %1 at %2")
                .arg(instruction->issuedBy.toHtmlEscaped(), clockText(instruction->issuedMs));
    if (!instruction->incident.isEmpty())
        text += u" · "_s + tr("about incident %1").arg(instruction->incident.toHtmlEscaped());
    for (const Instruction::Track &t : instruction->tracks) {
        if (t.recipient != recipient)
            continue;
        for (const Instruction::Step &s : t.steps) {
            QString line =
                u"%1 %2 (%3)"_s.arg(clockText(s.atMs), stateText(s.state), s.actor.toHtmlEscaped());
            if (!s.note.isEmpty())
                line += u": "_s + s.note.toHtmlEscaped();
            if (s.where)
                line += u" @ %1, %2"_s.arg(s.where->lat, 0, 'f', 5).arg(s.where->lon, 0, 'f', 5);
            text += u"<br>"_s + line;
        }
        if (const qint64 ms = instruction->responseMs(recipient); ms >= 0)
            text += u"<br>"_s + tr("Accepted %1 s after it was sent").arg(ms / 1000);
    }
    m_history->setText(text);
    QStringList photos;
    for (const Instruction::Track &t : instruction->tracks) {
        for (const Instruction::Step &s : t.steps) {
            if (t.recipient == recipient)
                photos += s.photos;
        }
    }
    showPhotos(photos);
}

void DispatchPanel::showPhotos(const QStringList &shas)
{
    // Those already shown stay; those still on their way are asked for again at each change.
    if (shas == m_photoShas && m_photosComplete)
        return;
    if (shas != m_photoShas)
        m_photos->clear();
    m_photoShas = shas;
    m_photosComplete = false;
    m_photos->setVisible(!shas.isEmpty());
    if (shas.isEmpty())
        return;
    m_service.loadPhotos(shas, 96, this, [this, shas](Result<QList<QImage>> images) {
        if (shas != m_photoShas) // another recipient was chosen meanwhile
            return;
        m_photos->clear();
        m_photosComplete = images && std::none_of(images->cbegin(), images->cend(),
                                                  [](const QImage &i) { return i.isNull(); });
        for (qsizetype i = 0; i < shas.size(); ++i) {
            const QImage image = images ? images->value(i) : QImage();
            auto *item = new QListWidgetItem(m_photos);
            item->setData(Qt::UserRole, shas.at(i));
            if (image.isNull()) {
                item->setText(images ? tr("on its way") : tr("cannot be read"));
                item->setToolTip(images ? tr("This photo is still on its way from the central "
                                             "service.")
                                        : images.error().message);
            } else {
                item->setIcon(QPixmap::fromImage(image));
                item->setToolTip(tr("Double-click to see it large"));
            }
        }
    });
}

void DispatchPanel::showPhoto(const QString &sha)
{
    m_service.loadPhotos({sha}, 1200, this, [this](Result<QList<QImage>> images) {
        if (!images || images->isEmpty() || images->constFirst().isNull())
            return;
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Photo of the feedback"));
        auto *layout = new QVBoxLayout(dialog);
        auto *picture = new QLabel(dialog);
        picture->setPixmap(QPixmap::fromImage(images->constFirst()));
        picture->setAlignment(Qt::AlignCenter);
        layout->addWidget(picture);
        dialog->open();
    });
}

void DispatchPanel::recordAnswer(State state)
{
    const auto instruction = selectedInstruction();
    const QString recipient = selectedRecipient();
    if (!instruction || recipient.isEmpty())
        return;
    const QString uid = instruction->uid;
    if (state != State::Refused && state != State::Done) {
        Instruction::Step step{state, m_service.nowMs(), m_service.operatorName(), {}, {}, {}};
        m_service.record(uid, recipient, step, this, [this](Result<Instruction> kept) {
            m_problem->setVisible(!kept);
            if (!kept)
                m_problem->setText(kept.error().message);
        });
        return;
    }
    // A refusal's reason, or what was done with the photos sent by phone: the dialog stays
    // open with what is wrong until the answer is kept.
    auto *dialog = new KeepingDialog(this);
    dialog->setObjectName(u"dispatchAnswer"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Record an answer"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(state == State::Refused
                                     ? tr("Why %1 refused:").arg(recipient)
                                     : tr("What %1 reported as done:").arg(recipient),
                                 dialog));
    auto *note = new QPlainTextEdit(dialog);
    note->setObjectName(u"dispatchAnswerNote"_s);
    layout->addWidget(note, 1);
    PhotoPicker *photos = nullptr;
    if (state == State::Done) {
        layout->addWidget(new QLabel(tr("Photos of the scene:"), dialog));
        photos = new PhotoPicker(dialog);
        layout->addWidget(photos);
    }
    auto *problem = new QLabel(dialog);
    problem->setObjectName(u"dispatchAnswerProblem"_s);
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: #b00020"_s);
    problem->hide();
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        Instruction::Step step{state,
                               m_service.nowMs(),
                               m_service.operatorName(),
                               note->toPlainText().trimmed(),
                               photos ? photos->files() : QStringList(),
                               {}};
        buttons->setEnabled(false);
        dialog->keeping = true;
        problem->setText(tr("Keeping the answer…"));
        problem->show();
        m_service.record(uid, recipient, step, dialog,
                         [dialog, buttons, problem](Result<Instruction> kept) {
                             dialog->keeping = false;
                             if (kept)
                                 return void(dialog->accept());
                             buttons->setEnabled(true);
                             problem->setText(kept.error().message);
                         });
    });
    dialog->resize(460, state == State::Done ? 360 : 240);
    dialog->open();
}

void DispatchPanel::cancelSelected()
{
    const auto instruction = selectedInstruction();
    if (!instruction)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Cancel instruction"), tr("Why is \"%1\" cancelled?").arg(instruction->title),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    m_service.cancel(instruction->uid, reason, this, [this](Result<Instruction> kept) {
        m_problem->setVisible(!kept);
        if (!kept)
            m_problem->setText(kept.error().message);
    });
}

} // namespace Jiandu::CommandMap
