#include "statisticspage.h"

#include "../alertservice.h"
#include "../problemstatistics.h"
#include "alertpresentation.h"
#include "barchart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

StatisticsPage::StatisticsPage(AlertService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_period(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_byElement(new BarChart(tr("Problems by element"), this))
    , m_byUnit(new BarChart(tr("Problems by unit"), this))
    , m_byMonth(new BarChart(tr("Problems by month"), this))
    , m_byStage(new BarChart(tr("Problems by stage"), this))
    , m_stageHours(new BarChart(tr("Average time in each stage (slowest first)"), this))
{
    setObjectName(u"statisticsPage"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 12 months"), 365);
    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsPage::reload);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *excel = new QPushButton(tr("Export for Excel…"), this);
    const auto exportTo = [this](bool forExcel) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export statistics"),
            u"统计-%1.csv"_s.arg(QDate::currentDate().toString(u"yyyyMMdd"_s)),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (exportCsv(path, forExcel))
            m_service.shell().notify(Severity::Information, tr("Statistics exported"), path);
    };
    connect(csv, &QPushButton::clicked, this, [exportTo] { exportTo(false); });
    connect(excel, &QPushButton::clicked, this, [exportTo] { exportTo(true); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_summary, 1);
    top->addWidget(csv);
    top->addWidget(excel);

    m_byElement->setObjectName(u"chartByElement"_s);
    m_byUnit->setObjectName(u"chartByUnit"_s);
    m_byMonth->setObjectName(u"chartByMonth"_s);
    m_byStage->setObjectName(u"chartByStage"_s);
    m_stageHours->setObjectName(u"chartStageHours"_s);
    m_stageHours->setColour(AlertPresentation::tierColour(Tier::Warning));
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->addWidget(m_byElement, 0, 0);
    grid->addWidget(m_byUnit, 0, 1);
    grid->addWidget(m_byStage, 1, 0);
    grid->addWidget(m_stageHours, 1, 1);
    grid->addWidget(m_byMonth, 2, 0, 1, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    // Computing reads every problem and the cases of the period's alerts: only for a page
    // someone looks at.
    connect(&m_service, &AlertService::problemsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

StatisticsPage::~StatisticsPage() = default;

void StatisticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void StatisticsPage::reload()
{
    // Read on the module's database thread; the page keeps what it shows until the answer.
    m_stale = false;
    const qint64 now = m_service.nowMs();
    const int days = m_period->currentData().toInt();
    const qint64 from = days ? now - qint64(days) * 24 * 3600'000 : 0;
    const int generation = ++m_generation;
    setCursor(Qt::BusyCursor);
    m_service.data().run<ProblemStatistics>(
        this, [from, now](QSqlDatabase &db) { return ProblemStatistics::gather(db, from, now); },
        [this, generation](Result<ProblemStatistics> statistics) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            unsetCursor();
            if (!statistics) {
                m_summary->setText(statistics.error().message);
                return;
            }
            display(*statistics);
        });
}

void StatisticsPage::display(const ProblemStatistics &statistics)
{
    m_shown = std::make_unique<ProblemStatistics>(statistics);
    const ProblemStatistics &s = *m_shown;
    m_byElement->setData(s.byElement);
    m_byUnit->setData(s.byUnit);
    m_byMonth->setData(s.byMonth);
    m_byStage->setData(s.byStage);
    // Times as people say them: minutes for minutes, days for days (never "0.0 h" for a bar
    // that is visibly longer than another).
    m_stageHours->setData(s.stageHours, [](double hours) {
        if (hours < 1.0 / 60)
            return tr("under a minute");
        if (hours < 1)
            return tr("%n min", nullptr, int(std::lround(hours * 60)));
        if (hours < 48)
            return tr("%1 h").arg(hours, 0, 'f', hours < 10 ? 1 : 0);
        return tr("%1 d").arg(hours / 24, 0, 'f', 1);
    });
    m_summary->setText(
        tr("%n problem(s); problems found in %1 of %2 cases (%3%)", nullptr, s.problems)
            .arg(s.casesWithProblems)
            .arg(s.casesSeen)
            .arg(s.caseProblemRate() * 100, 0, 'f', 1));
}

bool StatisticsPage::exportCsv(const QString &path, bool excel)
{
    if (!m_shown) {
        m_service.shell().notify(Severity::Information, tr("Statistics not exported"),
                                 tr("The figures are still being computed; export again in a "
                                    "moment."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_shown->toCsv(excel)) < 0 ||
        !file.commit()) {
        m_service.shell().notify(Severity::Warning, tr("Statistics not exported"),
                                 tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace Jiandu
