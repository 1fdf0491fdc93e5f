#pragma once

#include <QThreadPool>
#include <QWidget>
#include <memory>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace Jiandu {

class IShell;

//! 证据: every snapshot, finding picture and clip kept on this workstation, with camera,
//! time, operator and SHA-256. A clip is checked against its manifest and shown as intact or
//! changed; hashes are computed in the background, so a long list never blocks the window.
class EvidencePage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Kind, Camera, Time, Operator, File, Sha256, Check, ColumnCount };

    EvidencePage(IShell &shell, QWidget *parent = nullptr);
    ~EvidencePage() override;

    //! Lists the folders again.
    void refresh();
    QStandardItemModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openSelected();

    IShell &m_shell;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QThreadPool m_hashing;
    std::shared_ptr<bool> m_alive;
    int m_generation = 0;
};

} // namespace Jiandu
