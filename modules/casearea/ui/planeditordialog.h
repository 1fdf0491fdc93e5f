#pragma once

#include <QDialog>
#include <casearea/tracking/floorplan.h>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QUndoStack;
class QLabel;

namespace Jiandu {

class IShell;
class LivePlace;
class PlanCanvas;
class PlanLibrary;

//! 平面图编辑: the area's plan redrawn and retyped — rooms drawn corner by corner (snapped to
//! the grid and to each other), corners moved, rooms named, typed and given their cameras,
//! every change undoable. Saved only as a plan the tracker accepts (the reason shown if not),
//! through the plan library (the cache, shared with the unit); the live plan takes it at once.
class PlanEditorDialog : public QDialog
{
    Q_OBJECT

public:
    PlanEditorDialog(IShell &shell, LivePlace &place, PlanLibrary &library,
                     QWidget *parent = nullptr);

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void apply(const CaseArea::FloorPlan &plan, const QString &what);
    void display(const CaseArea::FloorPlan &plan);
    //! Whether the dialog may close: nothing unsaved, or the operator says so.
    bool mayClose();
    void showRoom(int room);
    void editRoom(const std::function<void(CaseArea::Room &)> &change, const QString &what);
    //! Saves the plan shown; \a thenClose: the dialog closes once it is kept.
    void save(bool thenClose);

    IShell &m_shell;
    LivePlace &m_place;
    PlanLibrary &m_library;
    PlanCanvas *m_canvas;
    CaseArea::FloorPlan m_shown; //!< the plan as the last change left it (the canvas may be
                                 //!< ahead of it while a corner is dragged)
    QUndoStack *m_undo;
    QListWidget *m_rooms;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_cameras;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QLabel *m_error;
};

} // namespace Jiandu
