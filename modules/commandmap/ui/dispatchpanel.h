#pragma once

#include "../dispatch/instructionrepository.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Jiandu::CommandMap {

class DispatchService;

//! The instructions of the last day and every one still open, each recipient under it with
//! where they are in the workflow and since when; a recipient's whole history (who, when,
//! where, the feedback and its photos) when chosen. The operator records an answer given by phone
//! and cancels what they sent. What has not reached the central service yet says so.
class DispatchPanel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int instructionCount READ instructionCount)

public:
    explicit DispatchPanel(DispatchService &service, QWidget *parent = nullptr);

    int instructionCount() const;
    //! A recipient's state in words ("accepted"), as the list shows it.
    static QString stateText(Instruction::State state);

public slots:
    void reload();

signals:
    //! The instructions as now shown (after every change).
    void shown(const QList<KeptInstruction> &kept);

private:
    void show(const QList<KeptInstruction> &kept);
    void selectionChanged();
    void recordAnswer(Instruction::State state);
    void cancelSelected();
    //! The feedback's photos \a shas as thumbnails (none: the strip hides).
    void showPhotos(const QStringList &shas);
    void showPhoto(const QString &sha);
    std::optional<Instruction> selectedInstruction() const;
    QString selectedRecipient() const;

    DispatchService &m_service;
    QList<KeptInstruction> m_kept;
    QTreeWidget *m_list = nullptr;
    QLabel *m_history = nullptr;
    QListWidget *m_photos = nullptr;
    QStringList m_photoShas;
    bool m_photosComplete = false;
    QPushButton *m_record = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Jiandu::CommandMap
