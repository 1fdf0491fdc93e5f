#include "reviewmodule.h"

#include "data/reviewschema.h"
#include "reviewlibrary.h"
#include "reviewsettings.h"
#include "ui/reviewpage.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Review {

ReviewModule::ReviewModule() = default;
ReviewModule::~ReviewModule() = default;

QList<const Setting *> ReviewModule::settings() const
{
    return ReviewSettings::all();
}

QList<Migration> ReviewModule::migrations() const
{
    return ReviewSchema::migrations();
}

Result<void> ReviewModule::initialize(IShell &shell)
{
    const Id page = Id::fromString(u"review.interrogations"_s).value();
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
    if (!shell.cache()) {
        // Reviews are evidence: they are kept in the encrypted cache or not at all.
        shell.addPage({page, tr("Interrogation review"), icon, 40, [](QWidget *parent) {
                           auto *note = new QLabel(
                               tr("Interrogation review keeps its work in the encrypted cache, "
                                  "which this workstation runs without."),
                               parent);
                           note->setObjectName(u"reviewPage"_s);
                           note->setAlignment(Qt::AlignCenter);
                           note->setWordWrap(true);
                           return note;
                       }});
        return {};
    }
    m_data = std::make_unique<CacheThread>(*shell.cache(), u"review-data"_s);
    m_library = std::make_unique<ReviewLibrary>(shell, *m_data);
    ReviewLibrary *library = m_library.get();
    shell.addPage({page, tr("Interrogation review"), icon, 40, [&shell, library](QWidget *parent) {
                       return new ReviewPage(shell, *library, parent);
                   }});
    return {};
}

void ReviewModule::aboutToShutdown()
{
    // What is being kept is finished; the pages, gone with the shell after this, keep nothing
    // more.
    if (m_library)
        m_library->close();
    m_data.reset();
}

} // namespace Jiandu::Review
