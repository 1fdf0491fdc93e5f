#include "linksearchbox.h"

#include "../journeys.h"

#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Jiandu {

LinkSearchBox::LinkSearchBox(Journeys &journeys, QWidget *parent)
    : QWidget(parent)
    , m_journeys(journeys)
{
    setObjectName(u"linkSearch"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"linkSearchText"_s);
    m_text->setPlaceholderText(tr("Search incidents and cases: number, name, ID number, place"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text);
    m_results = new QListWidget(this);
    m_results->setObjectName(u"linkSearchResults"_s);
    m_results->setMinimumHeight(110);
    m_results->setMaximumHeight(160);
    layout->addWidget(m_results);
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &LinkSearchBox::run);
    connect(m_text, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int i = m_results->row(item);
        if (i >= 0 && i < m_found.size())
            emit picked(m_found.at(i));
    });
    connect(m_results, &QListWidget::itemClicked, m_results, &QListWidget::itemActivated);
}

void LinkSearchBox::search(const QString &text)
{
    m_text->setText(text);
    run();
}

void LinkSearchBox::run()
{
    const int asked = ++m_asked;
    const QString text = m_text->text().simplified();
    if (text.isEmpty()) {
        m_found.clear();
        m_results->clear();
        return;
    }
    m_journeys.searchLinks(text, this, [this, asked](Result<QList<LinkCandidate>> found) {
        if (asked != m_asked)
            return; // a newer search is on its way
        m_results->clear();
        if (!found) {
            m_found.clear();
            m_results->addItem(found.error().message);
            return;
        }
        m_found = *found;
        for (const LinkCandidate &c : std::as_const(m_found)) {
            const QString when =
                c.atMs > 0 ? QDateTime::fromMSecsSinceEpoch(c.atMs).toString(u"yyyy-MM-dd"_s)
                           : QString();
            auto *item = new QListWidgetItem(
                u"%1 %2 · %3 · %4 %5"_s
                    .arg(c.kind == LinkCandidate::Kind::Case ? tr("Case") : tr("Incident"),
                         c.number, c.title, when, c.detail)
                    .simplified(),
                m_results);
            item->setToolTip(item->text());
        }
        if (m_found.isEmpty())
            m_results->addItem(tr("No incident or case in this workstation's cache mentions "
                                  "“%1”.")
                                   .arg(m_text->text().simplified()));
    });
}

} // namespace Jiandu
