#include "alarmboard.h"

#include "../alertservice.h"
#include "alertpresentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <alerts/data/alertrepository.h>
#include <alerts/data/problemrepository.h>
#include <core/problemworkflow.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

constexpr int kAlarmRows = 10;
constexpr int kProblemRows = 8;

} // namespace

AlarmBoard::AlarmBoard(AlertService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_alarms(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(u"alarmBoard"_s);
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x10, 0x14, 0x1a));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xf1, 0xff));
    setPalette(dark);
    for (QLabel *label : {m_alarms, m_problems}) {
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        QFont f = label->font();
        f.setPointSize(f.pointSize() + 8);
        label->setFont(f);
    }
    m_alarms->setObjectName(u"boardAlarms"_s);
    m_problems->setObjectName(u"boardProblems"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(40);
    layout->addWidget(m_alarms, 3);
    layout->addWidget(m_problems, 2);
    connect(&m_service, &AlertService::alertsChanged, this, [this] {
        if (!m_refresh->isActive())
            m_refresh->start(300);
    });
    connect(&m_service, &AlertService::indexLoaded, this, &AlarmBoard::refresh);
    connect(&m_service, &AlertService::problemsChanged, this, &AlarmBoard::refresh);
    m_refresh->setSingleShot(true);
    connect(m_refresh, &QTimer::timeout, this, &AlarmBoard::refresh);
    // Waiting times and due times move by the clock alone.
    auto *clock = new QTimer(this);
    clock->setInterval(10'000);
    connect(clock, &QTimer::timeout, this, &AlarmBoard::refresh);
    clock->start();
    refresh();
}

void AlarmBoard::refresh()
{
    if (!m_service.isLoaded()) {
        m_alarms->setText(tr("Reading the alerts…").toHtmlEscaped());
        return;
    }
    const qint64 now = m_service.nowMs();
    AlertFilter waiting;
    waiting.tiers = quint8(1u << int(Tier::Alarm));
    waiting.statuses = quint8(1u << int(AlertRecord::Status::New));
    const std::vector<quint32> positions = m_service.index().filter(waiting, now);
    QList<qint64> ids;
    for (size_t i = 0; i < positions.size() && ids.size() < kAlarmRows; ++i)
        ids.append(m_service.index().entry(positions[i]).id);
    const auto count = qsizetype(positions.size());
    const int generation = ++m_generation;
    struct Board
    {
        QList<AlertRecord> alarms;
        QList<Problem> overdue;
    };
    m_service.data().run<Board>(
        this,
        [ids, now](QSqlDatabase &db) -> Result<Board> {
            auto alarms = AlertRepository(db).get(ids);
            if (!alarms)
                return alarms.error();
            auto problems = ProblemRepository(db).list();
            if (!problems)
                return problems.error();
            Board board{*alarms, {}};
            for (const Problem &p : *problems) {
                if (!p.isFinished() && p.dueMs > 0 && p.dueMs < now)
                    board.overdue.append(p);
            }
            std::sort(board.overdue.begin(), board.overdue.end(),
                      [](const Problem &a, const Problem &b) { return a.dueMs < b.dueMs; });
            return board;
        },
        [this, generation, count](Result<Board> board) {
            if (generation != m_generation)
                return;
            if (!board) { // said on this content only; the wall goes on
                m_alarms->setText(board.error().message.toHtmlEscaped());
                return;
            }
            display(board->alarms, count, board->overdue);
        });
}

void AlarmBoard::display(const QList<AlertRecord> &alarms, qsizetype alarmCount,
                         const QList<Problem> &overdue)
{
    const qint64 now = m_service.nowMs();
    const QString red = AlertPresentation::tierColour(Tier::Alarm).name();
    QString html = u"<h1 style='color:%1'>%2</h1>"_s.arg(
        alarmCount ? red : u"#69f0ae"_s,
        tr("Unacknowledged alarms: %1").arg(alarmCount).toHtmlEscaped());
    if (alarms.isEmpty())
        html += u"<p>%1</p>"_s.arg(tr("None: every alarm has been taken up.").toHtmlEscaped());
    html += u"<table cellspacing=6>"_s;
    for (const AlertRecord &a : alarms) {
        const Rule *rule = m_service.rules().find(a.ruleId);
        html +=
            u"<tr><td style='color:%1'>■</td><td>%2</td><td style='color:#8a9bb4'>%3 · %4</td></tr>"_s
                .arg(red,
                     AlertPresentation::headline(rule ? rule->name : a.ruleId, a.subjectJson)
                         .toHtmlEscaped(),
                     a.unit.toHtmlEscaped(),
                     tr("waiting %1")
                         .arg(AlertPresentation::lengthText(std::max<qint64>(0, now - a.raisedMs)))
                         .toHtmlEscaped());
    }
    html += u"</table>"_s;
    if (alarmCount > alarms.size())
        html += u"<p style='color:#8a9bb4'>%1</p>"_s.arg(
            tr("… and %1 more").arg(alarmCount - alarms.size()).toHtmlEscaped());
    m_alarms->setText(html);

    const QString amber = AlertPresentation::tierColour(Tier::Warning).name();
    QString side = u"<h1 style='color:%1'>%2</h1><table cellspacing=6>"_s.arg(
        overdue.isEmpty() ? u"#69f0ae"_s : amber,
        tr("Overdue problems: %1").arg(overdue.size()).toHtmlEscaped());
    for (qsizetype i = 0; i < std::min<qsizetype>(kProblemRows, overdue.size()); ++i) {
        const Problem &p = overdue[i];
        side += u"<tr><td>%1</td><td style='color:%2'>%3</td></tr>"_s.arg(
            u"%1 · %2 · %3"_s.arg(p.title, p.unit, ProblemWorkflow::stageName(p.stage))
                .toHtmlEscaped(),
            amber, AlertPresentation::countdown(p.dueMs, now).toHtmlEscaped());
    }
    side += u"</table>"_s;
    m_problems->setText(side);
}

} // namespace Jiandu
