#include "wallwindow.h"

#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Jiandu {

WallWindow::WallWindow(const QList<WallContentSpec> &contents, int rotationSeconds, int firstIndex,
                       QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_contents(contents)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"wallWindow"_s);
    setWindowTitle(tr("Jiandu video wall"));
    setAccessibleName(tr("Jiandu video wall"));
    setCursor(Qt::BlankCursor);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::black);
    setPalette(p);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    if (m_contents.isEmpty()) {
        auto *empty = new QLabel(tr("No wall content is enabled. Choose it under Tools → "
                                    "Settings → General on an operator workstation."),
                                 m_stack);
        empty->setAlignment(Qt::AlignCenter);
        empty->setStyleSheet(u"color: #e8f1ff; font-size: 28pt;"_s);
        m_stack->addWidget(empty);
    } else {
        for (int i = 0; i < m_contents.size(); ++i)
            m_created.append(nullptr);
        showIndex(firstIndex % int(m_contents.size()));
    }

    // Esc and stray keys do nothing: a wall is left on purpose only.
    auto *leave = new QShortcut(QKeySequence(u"Ctrl+Alt+Q"_s), this);
    connect(leave, &QShortcut::activated, this, [this] { emit exitRequested(this); });

    m_rotation.setInterval(rotationSeconds * 1000);
    connect(&m_rotation, &QTimer::timeout, this, &WallWindow::showNext);
    if (m_contents.size() > 1)
        m_rotation.start();
}

void WallWindow::placeOn(QScreen *screen)
{
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
}

void WallWindow::showNext()
{
    if (!m_contents.isEmpty())
        showIndex((m_index + 1) % int(m_contents.size()));
}

void WallWindow::showIndex(int index)
{
    if (!m_created[index]) {
        QWidget *content = m_contents[index].create(m_stack);
        if (!content)
            content = new QLabel(tr("This content could not be shown."), m_stack);
        content->setAccessibleName(m_contents[index].title);
        m_created[index] = content;
        m_stack->addWidget(content);
    }
    m_index = index;
    m_stack->setCurrentWidget(m_created[index]);
}

QString WallWindow::currentContentId() const
{
    return m_index >= 0 ? m_contents[m_index].id.toString() : QString();
}

} // namespace Jiandu
