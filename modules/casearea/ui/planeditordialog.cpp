#include "planeditordialog.h"

#include "../liveplace.h"
#include "../planlibrary.h"
#include "plancanvas.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <core/settingsstore.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {
//! One change of the plan: the whole plan before and after (a plan is small), so undo and
//! redo are exact whatever the change was.
class PlanEdit : public QUndoCommand
{
public:
    PlanEdit(FloorPlan before, FloorPlan after, const QString &what,
             std::function<void(const FloorPlan &)> show)
        : QUndoCommand(what)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_show(std::move(show))
    {}
    void undo() override { m_show(m_before); }
    void redo() override { m_show(m_after); }

private:
    FloorPlan m_before;
    FloorPlan m_after;
    std::function<void(const FloorPlan &)> m_show;
};
} // namespace

PlanEditorDialog::PlanEditorDialog(IShell &shell, LivePlace &place, PlanLibrary &library,
                                   QWidget *parent)
    : QDialog(parent)
    , m_shell(shell)
    , m_place(place)
    , m_library(library)
{
    setObjectName(u"planEditor"_s);
    setWindowTitle(tr("Edit the floor plan"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 680);
    m_undo = new QUndoStack(this);
    auto *layout = new QVBoxLayout(this);

    auto *tools = new QToolBar(this);
    auto *group = new QActionGroup(this);
    QAction *select = tools->addAction(tr("Select"));
    QAction *draw = tools->addAction(tr("Draw a room"));
    draw->setObjectName(u"drawRoom"_s);
    for (QAction *a : {select, draw}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    select->setChecked(true);
    tools->addSeparator();
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    QAction *remove = tools->addAction(tr("Delete room"));
    remove->setShortcut(QKeySequence::Delete);
    layout->addWidget(tools);
    layout->addWidget(new QLabel(tr("Draw: click each corner, double-click (or Enter) to close; "
                                    "corners snap to the half-metre grid and to other rooms' "
                                    "corners. Select: click a room, drag its corners."),
                                 this));

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_canvas = new PlanCanvas(split);
    auto *side = new QWidget(split);
    auto *form = new QFormLayout(side);
    m_rooms = new QListWidget(side);
    m_rooms->setObjectName(u"planRooms"_s);
    form->addRow(m_rooms);
    m_id = new QLineEdit(side);
    m_id->setObjectName(u"roomId"_s);
    m_name = new QLineEdit(side);
    m_name->setObjectName(u"roomName"_s);
    m_type = new QComboBox(side);
    m_type->setObjectName(u"roomType"_s);
    for (int t = int(RoomType::Waiting); t <= int(RoomType::Other); ++t)
        m_type->addItem(FloorPlan::typeName(RoomType(t)), t);
    m_cameras = new QLineEdit(side);
    m_cameras->setPlaceholderText(tr("Camera ids, separated by commas"));
    form->addRow(tr("Id"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Cameras"), m_cameras);
    m_width = new QDoubleSpinBox(side);
    m_height = new QDoubleSpinBox(side);
    m_width->setObjectName(u"planWidth"_s);
    m_height->setObjectName(u"planHeight"_s);
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        box->setRange(5, 1000);
        box->setSuffix(tr(" m"));
        box->setDecimals(1);
    }
    form->addRow(tr("Plan width"), m_width);
    form->addRow(tr("Plan height"), m_height);
    split->addWidget(m_canvas);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(u"planError"_s);
    m_error->setStyleSheet(u"color: #b71c1c"_s);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(select, &QAction::triggered, this,
            [this] { m_canvas->setTool(PlanCanvas::Tool::Select); });
    connect(draw, &QAction::triggered, this, [this] { m_canvas->setTool(PlanCanvas::Tool::Draw); });
    connect(remove, &QAction::triggered, this, [this] {
        const int room = m_canvas->selected();
        if (room < 0)
            return;
        FloorPlan plan = m_shown;
        const QString name = plan.rooms[room].name;
        plan.rooms.removeAt(room);
        m_canvas->select(-1);
        apply(plan, tr("Delete %1").arg(name));
    });
    connect(m_canvas, &PlanCanvas::edited, this, &PlanEditorDialog::apply);
    connect(m_canvas, &PlanCanvas::selectionChanged, this, &PlanEditorDialog::showRoom);
    connect(m_rooms, &QListWidget::currentRowChanged, m_canvas, &PlanCanvas::select);
    connect(m_id, &QLineEdit::editingFinished, this, [this] {
        const QString id = m_id->text().trimmed();
        editRoom([id](Room &room) { room.id = id; }, tr("Rename the room's id"));
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        editRoom([name](Room &room) { room.name = name; }, tr("Rename the room"));
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        const auto type = RoomType(m_type->currentData().toInt());
        editRoom([type](Room &room) { room.type = type; }, tr("Change the room's type"));
    });
    connect(m_cameras, &QLineEdit::editingFinished, this, [this] {
        QStringList cameras;
        for (const QString &c : m_cameras->text().split(u',', Qt::SkipEmptyParts))
            if (!c.trimmed().isEmpty())
                cameras.append(c.trimmed());
        editRoom([cameras](Room &room) { room.cameras = cameras; }, tr("Change the cameras"));
    });
    const auto resize = [this] {
        FloorPlan plan = m_shown;
        if (plan.width == m_width->value() && plan.height == m_height->value())
            return;
        plan.width = m_width->value();
        plan.height = m_height->value();
        apply(plan, tr("Resize the plan"));
    };
    connect(m_width, &QDoubleSpinBox::editingFinished, this, resize);
    connect(m_height, &QDoubleSpinBox::editingFinished, this, resize);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    display(place.tracker().plan());
    m_undo->setClean();
}

void PlanEditorDialog::apply(const FloorPlan &plan, const QString &what)
{
    m_undo->push(new PlanEdit(m_shown, plan, what, [this](const FloorPlan &p) { display(p); }));
}

void PlanEditorDialog::display(const FloorPlan &plan)
{
    const int selected = m_canvas->selected();
    m_shown = plan;
    m_canvas->setPlan(plan);
    const QSignalBlocker quiet(m_rooms);
    m_rooms->clear();
    for (const Room &room : plan.rooms)
        m_rooms->addItem(u"%1 · %2"_s.arg(room.name, FloorPlan::typeName(room.type)));
    m_width->setValue(plan.width);
    m_height->setValue(plan.height);
    showRoom(selected < plan.rooms.size() ? selected : -1);
    m_error->clear();
}

void PlanEditorDialog::showRoom(int room)
{
    const bool has = room >= 0 && room < m_canvas->plan().rooms.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_name, m_type, m_cameras})
        w->setEnabled(has);
    {
        const QSignalBlocker quiet(m_rooms);
        m_rooms->setCurrentRow(has ? room : -1);
    }
    if (!has) {
        m_id->clear();
        m_name->clear();
        m_cameras->clear();
        return;
    }
    const Room &r = m_canvas->plan().rooms[room];
    m_id->setText(r.id);
    m_name->setText(r.name);
    m_type->setCurrentIndex(m_type->findData(int(r.type)));
    m_cameras->setText(r.cameras.join(u", "_s));
}

void PlanEditorDialog::editRoom(const std::function<void(Room &)> &change, const QString &what)
{
    const int room = m_canvas->selected();
    if (room < 0)
        return;
    FloorPlan plan = m_shown;
    const Room before = plan.rooms[room];
    change(plan.rooms[room]);
    const Room &after = plan.rooms[room];
    if (after.id == before.id && after.name == before.name && after.type == before.type &&
        after.cameras == before.cameras)
        return;
    apply(plan, what);
}

void PlanEditorDialog::save(bool thenClose)
{
    // Saved only as the tracker would read it back: the same checks, the same reasons.
    auto checked = FloorPlan::fromJson(QJsonDocument(m_shown.toJson()).toJson());
    if (!checked) {
        m_error->setText(checked.error().message);
        return;
    }
    m_error->setText(tr("Saving…"));
    m_library.save(
        checked.value(), this, [this, thenClose, at = m_undo->index()](Result<void> saved) {
            if (!saved) {
                m_error->setText(saved.error().message);
                return;
            }
            m_error->clear();
            // Changes made while it was being saved stay unsaved.
            if (m_undo->index() == at)
                m_undo->setClean();
            m_shell.notify(Severity::Information, tr("Floor plan saved"),
                           tr("The plan of %1, floor %2, is shown and shared with the unit's "
                              "workstations.")
                               .arg(m_shown.area)
                               .arg(m_shown.floor));
            if (thenClose) {
                m_undo->setClean();
                close();
            }
        });
}

bool PlanEditorDialog::mayClose()
{
    if (m_undo->isClean())
        return true;
    const auto answer = QMessageBox::question(
        this, windowTitle(), tr("The plan has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        m_undo->setClean();
        return true;
    }
    if (answer == QMessageBox::Save)
        save(true); // closes once it is kept
    return false;
}

void PlanEditorDialog::reject()
{
    if (mayClose())
        QDialog::reject();
}

void PlanEditorDialog::closeEvent(QCloseEvent *event)
{
    if (mayClose())
        event->accept();
    else
        event->ignore();
}

} // namespace Jiandu
