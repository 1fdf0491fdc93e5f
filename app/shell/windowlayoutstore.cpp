#include "windowlayoutstore.h"

#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Jiandu {

WindowLayoutStore::WindowLayoutStore(const QString &filePath)
    : m_filePath(filePath)
{}

WindowLayout WindowLayoutStore::load() const
{
    WindowLayout layout;
    const QSettings file(m_filePath, QSettings::IniFormat);
    if (file.status() != QSettings::NoError)
        return layout;
    layout.mainGeometry = file.value(u"main/geometry"_s).toByteArray();
    layout.mainState = file.value(u"main/state"_s).toByteArray();
    layout.currentPage = file.value(u"main/currentPage"_s).toString();
    const QStringList detached = file.value(u"detached/pages"_s).toStringList();
    for (const QString &id : detached)
        layout.detachedPages.append({id, file.value(u"detached/geometry/"_s + id).toByteArray()});
    return layout;
}

bool WindowLayoutStore::save(const WindowLayout &layout) const
{
    QSettings file(m_filePath, QSettings::IniFormat);
    file.clear();
    file.setValue(u"main/geometry"_s, layout.mainGeometry);
    file.setValue(u"main/state"_s, layout.mainState);
    file.setValue(u"main/currentPage"_s, layout.currentPage);
    QStringList ids;
    for (const WindowLayout::DetachedPage &page : layout.detachedPages) {
        ids.append(page.pageId);
        file.setValue(u"detached/geometry/"_s + page.pageId, page.geometry);
    }
    file.setValue(u"detached/pages"_s, ids);
    file.sync();
    return file.status() == QSettings::NoError;
}

bool WindowLayoutStore::clear() const
{
    return !QFile::exists(m_filePath) || QFile::remove(m_filePath);
}

} // namespace Jiandu
