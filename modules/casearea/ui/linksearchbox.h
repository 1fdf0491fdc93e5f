#pragma once

#include <QTimer>
#include <QWidget>
#include <casearea/data/linksearch.h>

class QLineEdit;
class QListWidget;

namespace Jiandu {

class Journeys;

//! 人案关联 search: what the officer types (a number, the subject's name or ID number, a place)
//! looked up among the synced incidents and the cases as they type, off the UI thread; a
//! result picked fills the form's case or incident number.
class LinkSearchBox : public QWidget
{
    Q_OBJECT

public:
    LinkSearchBox(Journeys &journeys, QWidget *parent = nullptr);
    //! Searches for \a text (e.g. the subject's name) as if typed.
    void search(const QString &text);

signals:
    void picked(const LinkCandidate &candidate);

private:
    void run();

    Journeys &m_journeys;
    QLineEdit *m_text;
    QListWidget *m_results;
    QTimer m_typing;
    QList<LinkCandidate> m_found;
    int m_asked = 0; //!< the newest search asked for; older answers are dropped
};

} // namespace Jiandu
