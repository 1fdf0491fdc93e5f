#pragma once

#include "../reviewlibrary.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Jiandu::Review {

//! A new interrogation to review: its recordings (one or several cameras, a separate
//! sound), its written record and a transcript if there is one, chosen as files or taken
//! from a case in the cache (as a case bundle brings them to an offline laptop).
class NewReviewDialog : public QDialog
{
    Q_OBJECT

public:
    NewReviewDialog(ReviewLibrary &library, QWidget *parent = nullptr);
    ReviewLibrary::NewInterrogation request() const;
    //! The interrogation added, once accepted.
    QString createdUid() const { return m_created; }

    void setRequest(const ReviewLibrary::NewInterrogation &request);

private:
    void takeCase();
    void create();

    ReviewLibrary &m_library;
    QLineEdit *m_title;
    QLineEdit *m_case;
    QListWidget *m_recordings;
    QLineEdit *m_record;
    QListWidget *m_transcripts;
    QLabel *m_error;
    QString m_created;
};

} // namespace Jiandu::Review
