#include "layoutlibrary.h"

#include "wallchannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {
const QString kOldSettings = u"videopatrol/savedLayouts"_s;
} // namespace

LayoutLibrary::LayoutLibrary(IShell &shell, CacheThread *data, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_data(data)
{
    adoptSettings();
    reload();
}

void LayoutLibrary::adoptSettings()
{
    const QJsonObject old =
        QJsonDocument::fromJson(m_shell.settings().value(kOldSettings).toString().toUtf8())
            .object();
    if (old.isEmpty() || !m_data)
        return;
    QList<NamedLayout> layouts;
    for (auto it = old.begin(); it != old.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        NamedLayout l;
        l.unit = m_shell.context().unit;
        l.name = it.key();
        l.tiles = std::clamp(o.value(u"tiles"_s).toInt(), 1, 64);
        for (const QJsonValue &id : o.value(u"cameras"_s).toArray())
            l.cameras.append(id.toString());
        l.savedBy = o.value(u"savedBy"_s).toString();
        layouts.append(l);
    }
    const qint64 now = m_shell.clock().nowMs();
    m_data->run<bool>(
        this,
        [layouts, now](QSqlDatabase &db) -> Result<bool> {
            for (const NamedLayout &l : layouts)
                if (auto saved = LayoutRepository(db).save(l, l.savedBy, now); !saved)
                    return saved.error();
            return true;
        },
        [this](Result<bool> adopted) {
            if (adopted)
                m_shell.settings().remove(kOldSettings);
            reload();
        });
}

void LayoutLibrary::reload()
{
    if (!m_data)
        return;
    m_data->run<QList<NamedLayout>>(
        this, [](QSqlDatabase &db) { return LayoutRepository(db).list(); },
        [this](Result<QList<NamedLayout>> layouts) {
            if (!layouts)
                return;
            m_layouts = *layouts;
            emit layoutsChanged();
        });
}

void LayoutLibrary::save(const QString &name, int tiles, const QStringList &cameras)
{
    if (!m_data) {
        m_shell.notify(Severity::Warning, tr("Layout not saved"),
                       tr("This workstation has no local cache to keep layouts in."));
        return;
    }
    NamedLayout layout{m_shell.context().unit, name, tiles, cameras, {}, 0, 0};
    m_data->run<NamedLayout>(
        this,
        [layout, actor = m_shell.context().userName, now = m_shell.clock().nowMs()](
            QSqlDatabase &db) { return LayoutRepository(db).save(layout, actor, now); },
        [this](Result<NamedLayout> saved) {
            if (!saved) {
                m_shell.notify(Severity::Warning, tr("Layout not saved"), saved.error().message);
                return;
            }
            m_shell.notify(Severity::Information, tr("Layout saved"), saved->name);
            reload();
        });
}

void LayoutLibrary::remove(const NamedLayout &layout)
{
    if (!m_data)
        return;
    m_data->run<bool>(
        this,
        [layout, actor = m_shell.context().userName,
         now = m_shell.clock().nowMs()](QSqlDatabase &db) -> Result<bool> {
            if (auto removed = LayoutRepository(db).remove(layout.unit, layout.name, actor, now);
                !removed)
                return removed.error();
            return true;
        },
        [this](Result<bool> removed) {
            if (!removed)
                m_shell.notify(Severity::Warning, tr("Layout not deleted"),
                               removed.error().message);
            reload();
        });
}

bool LayoutLibrary::pushToWall(const QString &cameraId, QString *error)
{
    if (!WallChannel().send(cameraId, m_shell.context().userName, error))
        return false;
    if (m_data)
        m_data->run<bool>(
            this,
            [unit = m_shell.context().unit, cameraId, actor = m_shell.context().userName,
             now = m_shell.clock().nowMs()](QSqlDatabase &db) -> Result<bool> {
                if (auto queued = LayoutRepository(db).pushToWall(unit, cameraId, actor, now);
                    !queued)
                    return queued.error();
                return true;
            },
            [this](Result<bool> queued) {
                if (!queued)
                    m_shell.notify(Severity::Warning,
                                   tr("Not sent to the unit's other video walls"),
                                   queued.error().message);
            });
    return true;
}

void LayoutLibrary::changed(const QStringList &kinds)
{
    if (kinds.contains(u"layout"_s))
        reload();
    if (kinds.contains(u"wall"_s))
        showNewestWall();
}

void LayoutLibrary::showNewestWall()
{
    if (!m_data)
        return;
    m_data->run<LayoutRepository::Wall>(
        this, [](QSqlDatabase &db) { return LayoutRepository(db).latestWall(); },
        [](Result<LayoutRepository::Wall> wall) {
            // Only what is newer than the wall shows: a push from here is there already.
            WallChannel channel;
            if (wall && !wall->cameras.isEmpty() && wall->sentMs > channel.sentMs())
                channel.show(wall->cameras, wall->sentBy, wall->sentMs);
        });
}

} // namespace Jiandu
