#include "barchart.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Jiandu {

BarChart::BarChart(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_colour(0x1e, 0x6f, 0xd9)
{
    setAccessibleName(title);
    setMinimumHeight(160);
}

void BarChart::setData(const QList<QPair<QString, double>> &data, const QString &unit)
{
    setData(data, [unit](double value) {
        return QString::number(value, 'f', value == int(value) ? 0 : 1) + unit;
    });
}

void BarChart::setData(const QList<QPair<QString, double>> &data, Format format)
{
    m_data = data;
    m_format = std::move(format);
    QStringList description;
    for (const auto &[name, value] : data)
        description.append(u"%1 %2"_s.arg(name, m_format(value)));
    setAccessibleDescription(description.join(u"; "_s));
    updateGeometry();
    update();
}

void BarChart::setColour(const QColor &colour)
{
    m_colour = colour;
    update();
}

QSize BarChart::sizeHint() const
{
    return {420, 48 + 26 * int(std::max<qsizetype>(3, m_data.size()))};
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(palette().text().color());
    const int margin = 8;
    p.drawText(QRect(margin, margin, width() - 2 * margin, 22), Qt::AlignLeft | Qt::AlignVCenter,
               m_title);
    p.setFont(font());
    if (m_data.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect().adjusted(0, 30, 0, 0), Qt::AlignCenter, tr("No data in this period"));
        return;
    }
    const QFontMetrics fm(font());
    int labelWidth = 0;
    int valueWidth = 0;
    double maximum = 0;
    for (const auto &[name, value] : m_data) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(name));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(m_format(value)) + 12);
        maximum = std::max(maximum, value);
    }
    // Labels whole where the chart has room; cut at their end (never in the middle of a
    // date) where it has not.
    labelWidth = std::min(labelWidth, width() / 2);
    const int top = margin + 28;
    const int rowHeight =
        std::max(18, std::min(28, (height() - top - margin) / int(m_data.size())));
    const int barLeft = margin + labelWidth + 8;
    const int barSpace = std::max(10, width() - barLeft - valueWidth - margin);
    for (int i = 0; i < m_data.size(); ++i) {
        const auto &[name, value] = m_data[i];
        const int y = top + i * rowHeight;
        if (y + rowHeight > height())
            break;
        p.setPen(palette().text().color());
        p.drawText(QRect(margin, y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(name, Qt::ElideRight, labelWidth));
        const int length = maximum > 0 ? int(barSpace * value / maximum) : 0;
        p.fillRect(QRect(barLeft, y + 4, std::max(2, length), rowHeight - 8),
                   i == 0 ? m_colour.darker(115) : m_colour);
        p.drawText(QRect(barLeft + length + 6, y, valueWidth, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, m_format(value));
    }
}

} // namespace Jiandu
