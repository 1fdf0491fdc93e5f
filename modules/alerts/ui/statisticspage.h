#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;

namespace Jiandu {

class AlertService;
class BarChart;
struct ProblemStatistics;

//! 统计分析: problems by element, unit, month and stage, the problem rate per case and the
//! slowest stage of the closed loop, for a chosen period, exportable as CSV.
class StatisticsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPage(AlertService &service, QWidget *parent = nullptr);
    ~StatisticsPage() override;

    //! Writes the figures shown to \a path; \a excel: Excel-compatible (UTF-8 BOM, CRLF).
    Q_INVOKABLE bool exportCsv(const QString &path, bool excel);
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const ProblemStatistics &statistics);

    AlertService &m_service;
    QComboBox *m_period = nullptr;
    QLabel *m_summary = nullptr;
    BarChart *m_byElement = nullptr;
    BarChart *m_byUnit = nullptr;
    BarChart *m_byMonth = nullptr;
    BarChart *m_byStage = nullptr;
    BarChart *m_stageHours = nullptr;
    std::unique_ptr<ProblemStatistics> m_shown;
    bool m_stale = true;  // changed while hidden: computed again when shown
    int m_generation = 0; // answers to an earlier reload() are dropped
};

} // namespace Jiandu
