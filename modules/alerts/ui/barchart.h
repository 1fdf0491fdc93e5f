#pragma once

#include <QWidget>
#include <functional>

namespace Jiandu {

//! A titled horizontal bar chart: one labelled bar per entry with its value written beside
//! it, the largest first as given. Painted directly (Debian's Qt has no charts module that
//! Jiandu depends on), readable on a video wall.
class BarChart final : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(const QString &title, QWidget *parent = nullptr);

    //! How a value is written beside its bar; by default the number with \a unit.
    using Format = std::function<QString(double value)>;
    void setData(const QList<QPair<QString, double>> &data, const QString &unit = {});
    void setData(const QList<QPair<QString, double>> &data, Format format);
    const QList<QPair<QString, double>> &data() const { return m_data; }
    void setColour(const QColor &colour);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    Format m_format;
    QList<QPair<QString, double>> m_data;
    QColor m_colour;
};

} // namespace Jiandu
