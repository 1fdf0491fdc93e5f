#include "overviewpage.h"

#include "systemstatuswidget.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <moduleapi/ishell.h>
#include <moduleapi/isitefigures.h>
#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

//! A figure as a card: the number large, coloured by how urgent it is; a click opens it.
QPushButton *newCard(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(u"figureCard"_s);
    button->setMinimumSize(150, 96);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(button);
    layout->setContentsMargins(14, 6, 10, 6);
    layout->setSpacing(0);
    auto *value = new QLabel(button);
    value->setObjectName(u"figureValue"_s);
    QFont big = value->font();
    big.setPointSize(big.pointSize() + 12);
    big.setBold(true);
    value->setFont(big);
    auto *title = new QLabel(button);
    title->setObjectName(u"figureTitle"_s);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *detail = new QLabel(button);
    detail->setObjectName(u"figureDetail"_s);
    detail->setStyleSheet(u"color: gray;"_s);
    for (QLabel *label : {value, title, detail}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(label);
    }
    return button;
}

void showOnCard(QPushButton *button, const SiteFigure &figure, const QString &valueText)
{
    button->setProperty("objectKind", figure.objectKind);
    button->setProperty("objectId", figure.objectId);
    button->setAccessibleName(u"%1: %2"_s.arg(figure.title, valueText));
    button->setToolTip(figure.detail);
    const QString colour = figure.level == Severity::Critical  ? u"#d93025"_s
                           : figure.level == Severity::Warning ? u"#e09b00"_s
                                                               : u"#2d6a4f"_s;
    button->setStyleSheet(
        u"QPushButton#figureCard { text-align: left; border: 1px solid %1; "
        "border-left: 6px solid %1; border-radius: 4px; padding: 6px 10px; }"_s.arg(colour));
    auto *value = button->findChild<QLabel *>(u"figureValue"_s);
    value->setText(valueText);
    value->setStyleSheet(u"color: %1;"_s.arg(colour));
    button->findChild<QLabel *>(u"figureTitle"_s)->setText(figure.title);
    button->findChild<QLabel *>(u"figureDetail"_s)->setText(figure.detail);
}

} // namespace

OverviewPage::OverviewPage(IShell &shell, qint64 startedMs, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_cards(new QHBoxLayout)
{
    setObjectName(u"overviewPage"_s);
    const ShellContext &context = shell.context();

    auto *site = new QLabel(
        context.site.name.isEmpty() ? tr("No site configured") : context.site.name, this);
    QFont siteFont = site->font();
    siteFont.setPointSize(siteFont.pointSize() + 9);
    siteFont.setBold(true);
    site->setFont(siteFont);
    site->setAccessibleName(tr("Site"));

    QStringList facts;
    if (context.demo)
        facts.append(tr("Demo site: sample data only"));
    if (context.offline)
        facts.append(tr("Offline: working from the local cache"));
    facts.append(tr("Operator %1").arg(context.userName));
    facts.append(tr("Data in %1").arg(QDir::toNativeSeparators(context.dataDirectory)));
    if (const LocalCache *cache = shell.cache())
        facts.append(
            tr("Local cache encrypted, %1 MB")
                .arg(double(QFileInfo(LocalCache::databasePath(cache->directory())).size() +
                            QFileInfo(LocalCache::databasePath(cache->directory()) + u"-wal"_s)
                                .size()) /
                         1e6,
                     0, 'f', 1));
    else
        facts.append(tr("No local cache"));
    auto *details = new QLabel(facts.join(u"  ·  "_s), this);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *units = new QListWidget(this);
    units->setAccessibleName(tr("Units"));
    units->addItems(context.site.units);
    if (context.site.units.isEmpty())
        units->addItem(tr("No units configured"));
    auto *unitsBox = new QGroupBox(tr("Units (%1)").arg(context.site.units.size()), this);
    auto *unitsLayout = new QVBoxLayout(unitsBox);
    unitsLayout->addWidget(units);

    auto *modules = new QListWidget(this);
    modules->setAccessibleName(tr("Running modules"));
    const auto running = shell.runningModules();
    for (const auto &[id, name] : running)
        modules->addItem(name);
    auto *modulesBox = new QGroupBox(tr("Running modules (%1)").arg(running.size()), this);
    auto *modulesLayout = new QVBoxLayout(modulesBox);
    modulesLayout->addWidget(modules);

    auto *openLog = new QPushButton(tr("Open run log"), this);
    connect(openLog, &QPushButton::clicked, this,
            [&shell] { shell.showPage(*Id::fromString(u"system.log"_s)); });

    auto *lists = new QHBoxLayout;
    lists->addWidget(unitsBox, 1);
    lists->addWidget(modulesBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(site);
    layout->addWidget(details);
    layout->addSpacing(12);
    layout->addLayout(m_cards);
    layout->addSpacing(12);
    layout->addLayout(lists, 1);
    layout->addWidget(
        new SystemStatusWidget(shell, startedMs, SystemStatusWidget::Presentation::Page, this));
    layout->addWidget(openLog, 0, Qt::AlignLeft);

    refreshFigures();
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshFigures();
    });
    timer->start();
}

void OverviewPage::refreshFigures()
{
    QList<SiteFigure> figures;
    for (QObject *service : m_shell.services()) {
        if (auto *source = qobject_cast<ISiteFigures *>(service))
            figures += source->siteFigures();
    }
    std::stable_sort(figures.begin(), figures.end(),
                     [](const SiteFigure &a, const SiteFigure &b) { return a.order < b.order; });
    // Sync: the sync module tells its own state; without it this workstation works alone,
    // and says so.
    const bool syncTold = std::any_of(figures.cbegin(), figures.cend(), [](const SiteFigure &f) {
        return f.objectKind == u"page" && f.objectId == u"sync.status";
    });
    if (!syncTold) {
        SiteFigure sync;
        sync.title = tr("Central sync");
        sync.detail = m_shell.context().offline ? tr("offline: working from the local cache")
                                                : tr("not set up: this workstation works alone");
        sync.level = m_shell.context().offline ? Severity::Warning : Severity::Information;
        sync.valueText = tr("Standalone");
        sync.order = 1000;
        figures.append(sync);
    }
    // The cards stay (a click is never lost to a redraw); only their contents change.
    if (m_cards->count() != figures.size()) {
        while (QLayoutItem *item = m_cards->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        for (qsizetype i = 0; i < figures.size(); ++i) {
            QPushButton *button = newCard(this);
            connect(button, &QPushButton::clicked, this, [this, button] {
                const QString kind = button->property("objectKind").toString();
                const QString id = button->property("objectId").toString();
                if (kind == u"page") {
                    if (const auto page = Id::fromString(id))
                        m_shell.showPage(*page);
                } else if (!kind.isEmpty()) {
                    m_shell.openObject(kind, id);
                }
            });
            m_cards->addWidget(button);
        }
    }
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const SiteFigure &figure = figures[i];
        showOnCard(static_cast<QPushButton *>(m_cards->itemAt(int(i))->widget()), figure,
                   figure.valueText.isEmpty() ? QString::number(figure.value) : figure.valueText);
    }
}

} // namespace Jiandu
