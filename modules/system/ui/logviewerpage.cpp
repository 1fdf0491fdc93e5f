#include "logviewerpage.h"

#include "../logfilterproxymodel.h"
#include "../logrecordmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <core/loghub.h>

namespace Jiandu {

LogViewerPage::LogViewerPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogRecordModel(this))
    , m_filter(new LogFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_level(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_follow(new QToolButton(this))
    , m_pause(new QToolButton(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("logViewerPage"));
    m_filter->setSourceModel(m_model);

    m_level->setAccessibleName(tr("Minimum level"));
    m_level->addItem(tr("All levels"), int(QtDebugMsg));
    m_level->addItem(tr("Info and above"), int(QtInfoMsg));
    m_level->addItem(tr("Warnings and errors"), int(QtWarningMsg));
    m_level->addItem(tr("Errors only"), int(QtCriticalMsg));
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumType(QtMsgType(m_level->currentData().toInt()));
        updateSummary();
    });

    m_category->setAccessibleName(tr("Source"));
    m_category->setMinimumContentsLength(18);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->addItem(tr("All sources"), QString());
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCategory(m_category->currentData().toString());
        updateSummary();
    });
    connect(m_model, &LogRecordModel::categoriesChanged, this, &LogViewerPage::updateCategories);

    m_search->setPlaceholderText(tr("Search messages"));
    m_search->setAccessibleName(tr("Search messages"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateSummary();
    });

    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest message in view"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);

    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Stop adding new messages to the view; they are still written to "
                           "the log file"));
    m_pause->setCheckable(true);
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        updateSummary();
    });

    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear view"));
    connect(clear, &QToolButton::clicked, this, [this] {
        m_model->clear();
        updateSummary();
    });

    auto *openFolder = new QToolButton(this);
    openFolder->setText(tr("Open log folder"));
    connect(openFolder, &QToolButton::clicked, this, [] {
        const QString path = LogHub::instance().filePath();
        if (!path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_level);
    filters->addWidget(m_category);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_follow);
    filters->addWidget(m_pause);
    filters->addWidget(clear);
    filters->addWidget(openFolder);

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Log messages"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(LogRecordModel::TimeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogRecordModel::LevelColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(LogRecordModel::CategoryColumn, 160);

    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogViewerPage::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
        updateSummary();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LogViewerPage::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    updateCategories();
    m_level->setCurrentIndex(1);
    m_view->scrollToBottom();
    updateSummary();
}

void LogViewerPage::updateCategories()
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const QString &category : m_model->categories())
        m_category->addItem(category, category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void LogViewerPage::updateSummary()
{
    const QString file = LogHub::instance().filePath();
    QString text =
        tr("Showing %1 of %2 messages").arg(m_filter->rowCount()).arg(m_model->rowCount());
    if (m_model->isPaused())
        text += tr(" · paused");
    text += file.isEmpty() ? tr(" · log file: not written (%1)").arg(LogHub::instance().fileError())
                           : tr(" · log file: %1").arg(QDir::toNativeSeparators(file));
    m_summary->setText(text);
}

void LogViewerPage::copySelection()
{
    QStringList lines;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : rows) {
        const int source = m_filter->mapToSource(index).row();
        lines.append(LogHub::formatLine(m_model->record(source)));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace Jiandu
