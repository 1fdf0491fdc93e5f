#pragma once

#include <QThreadPool>
#include <QWidget>
#include <memory>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace Jiandu {

class CacheThread;
class Evidence;
class IShell;

//! 证据: every snapshot, finding picture and clip kept on this workstation, with a thumbnail,
//! the camera's name, time, operator, what a finding said, and SHA-256. A clip is checked
//! against its manifest and shown as intact or changed; hashes, thumbnails and findings are
//! read in the background, so a long list never blocks the window.
class EvidencePage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Kind, Camera, Time, Operator, Details, File, Sha256, Check, ColumnCount };

    //! \a data: the module's database thread, for the findings' words (may be null).
    EvidencePage(IShell &shell, const Evidence &evidence, QWidget *parent = nullptr);
    ~EvidencePage() override;

    //! Lists the folders again.
    void refresh();
    QStandardItemModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openSelected();
    //! Says in the window (not only in the status bar) what could not be opened, and why.
    void openFile(const QString &path);
    QString cameraName(const QString &idOrName) const;

    IShell &m_shell;
    const Evidence &m_evidence;
    CacheThread *m_data;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QThreadPool m_hashing;
    std::shared_ptr<bool> m_alive;
    int m_generation = 0;
};

} // namespace Jiandu
