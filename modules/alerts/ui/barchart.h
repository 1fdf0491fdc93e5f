#pragma once

#include <QWidget>

namespace Jiandu {

//! A titled horizontal bar chart: one labelled bar per entry with its value written beside
//! it, the largest first as given. Painted directly (Debian's Qt has no charts module that
//! Jiandu depends on), readable on a video wall.
class BarChart final : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(const QString &title, QWidget *parent = nullptr);

    void setData(const QList<QPair<QString, double>> &data, const QString &unit = {});
    const QList<QPair<QString, double>> &data() const { return m_data; }
    void setColour(const QColor &colour);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QString m_unit;
    QList<QPair<QString, double>> m_data;
    QColor m_colour;
};

} // namespace Jiandu
