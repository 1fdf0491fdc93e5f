#include "planlibrary.h"

#include "caseareasettings.h"
#include "liveplace.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <core/boundedfile.h>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;
using Jiandu::CaseArea::FloorPlan;

namespace Jiandu {

PlanLibrary::PlanLibrary(IShell &shell, LivePlace &place, CacheThread *data,
                         QString fileWithoutCache, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_place(place)
    , m_data(data)
    , m_fileWithoutCache(std::move(fileWithoutCache))
{
    takeInFile();
}

void PlanLibrary::takeInFile()
{
    if (!m_data)
        return;
    m_key = PlanRepository::keyOf(m_shell.context().unit, m_place.tracker().plan());
    m_data->run<StoredPlan>(
        this,
        [unit = m_shell.context().unit, plan = m_place.tracker().plan(),
         actor = m_shell.context().userName, now = m_shell.clock().nowMs()](QSqlDatabase &db) {
            return PlanRepository(db).takeInFile(unit, plan, actor, now);
        },
        [this](Result<StoredPlan> stored) {
            if (!stored) {
                m_shell.notify(Severity::Warning, tr("Case-handling area"),
                               tr("The floor plan could not be kept in the cache: %1 The plan "
                                  "file's is shown; edits are not shared.")
                                   .arg(stored.error().message));
                return;
            }
            show(*stored, false);
        });
}

void PlanLibrary::show(const StoredPlan &stored, bool fromElsewhere)
{
    m_key = stored.key;
    m_savedBy = stored.savedBy;
    m_savedMs = stored.savedMs;
    if (PlanRepository::fingerprintOf(stored.plan) ==
        PlanRepository::fingerprintOf(m_place.tracker().plan()))
        return;
    // The drawing is looked for where this workstation's plan file lies.
    FloorPlan shown = stored.plan;
    shown.imageDirectory = m_place.tracker().plan().imageDirectory;
    m_place.setPlan(shown);
    if (fromElsewhere) {
        m_shell.notify(
            Severity::Information, tr("Floor plan updated"),
            tr("%1 changed the floor plan of %2.").arg(stored.savedBy, stored.plan.area));
        emit sharedPlanShown();
    }
}

void PlanLibrary::save(const FloorPlan &plan, QObject *context,
                       std::function<void(Result<void>)> done)
{
    if (!m_data) {
        // No cache: the plan is the file's, saved whole or not at all.
        const QByteArray json = QJsonDocument(plan.toJson()).toJson();
        if (auto target = BoundedFile::checkTarget(m_fileWithoutCache); !target)
            return done(target.error());
        QSaveFile file(m_fileWithoutCache);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return done(Error{tr("The plan could not be saved to %1: %2")
                                  .arg(m_fileWithoutCache, file.errorString()),
                              {}});
        CaseAreaSettings::planFile.set(m_shell.settings(), m_fileWithoutCache);
        m_place.setPlan(plan);
        return done({});
    }
    // Shown here even when the one who asked (the editor) is gone by then.
    m_data->run<StoredPlan>(
        this,
        [unit = m_shell.context().unit, plan, actor = m_shell.context().userName,
         now = m_shell.clock().nowMs()](QSqlDatabase &db) {
            return PlanRepository(db).save(unit, plan, actor, now);
        },
        [this, asker = QPointer<QObject>(context),
         done = std::move(done)](Result<StoredPlan> stored) {
            if (stored)
                show(*stored, false);
            if (!asker)
                return;
            if (!stored)
                return done(stored.error());
            done({});
        });
}

void PlanLibrary::changed(const QStringList &kinds)
{
    if (!m_data || !kinds.contains(u"plan"_s))
        return;
    m_data->run<std::optional<StoredPlan>>(
        this, [key = m_key](QSqlDatabase &db) { return PlanRepository(db).find(key); },
        [this](Result<std::optional<StoredPlan>> stored) {
            if (stored && *stored)
                show(**stored, true);
        });
}

} // namespace Jiandu
