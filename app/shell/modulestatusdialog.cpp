#include "modulestatusdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu {

ModuleStatusDialog::ModuleStatusDialog(const QString &directory,
                                       const QList<ModuleStatus> &statuses, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Module status"));
    setObjectName(QStringLiteral("moduleStatusDialog"));
    resize(900, 420);
    auto *table = new QTableWidget(int(statuses.size()), 5, this);
    table->setAccessibleName(tr("Modules"));
    table->setHorizontalHeaderLabels(
        {tr("Module"), tr("Version"), tr("State"), tr("File"), tr("Reason")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < statuses.size(); ++row) {
        const ModuleStatus &s = statuses.at(row);
        QString state;
        switch (s.state) {
        case ModuleStatus::State::Initialized:
            state = tr("Running");
            break;
        case ModuleStatus::State::Loaded:
            state = tr("Loaded");
            break;
        case ModuleStatus::State::Failed:
        case ModuleStatus::State::Invalid:
            state = tr("Not loaded");
            break;
        }
        const QString cells[] = {s.name.isEmpty() ? s.id : s.name, s.version, state,
                                 QFileInfo(s.filePath).fileName(), s.reason};
        for (int column = 0; column < 5; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (s.state == ModuleStatus::State::Failed)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Module directory: %1").arg(QDir::toNativeSeparators(directory)), this));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
}

} // namespace Jiandu
