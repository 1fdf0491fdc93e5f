#pragma once

#include "coreexport.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>
#include <memory>

class QTemporaryDir;

namespace Jiandu {

//! The configuration file of a workstation (INI, UTF-8). Opening never fails: a corrupt or
//! unreadable file is moved aside, defaults are used and problem() says what happened so
//! the shell can tell the operator.
class JIANDU_CORE_EXPORT SettingsStore
{
    static constexpr qint64 kMaxFileBytes = 1 << 20; //!< larger files are not configuration
    Q_DECLARE_TR_FUNCTIONS(Jiandu::SettingsStore)

public:
    explicit SettingsStore(const QString &path);
    ~SettingsStore();

    //! Why \a path cannot be used as a configuration file, or empty if it can (or does not
    //! exist yet). Reads only.
    static QString checkFile(const QString &path);

    QString path() const;
    bool contains(const QString &key) const;
    //! Empty if the file was fine; otherwise a sentence for the operator.
    QString problem() const { return m_problem; }
    bool isWritable() const;

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    //! An integer in [min, max]; anything else (missing, text, out of range) gives \a def.
    int intValue(const QString &key, int def, int min, int max) const;
    //! One of \a allowed; anything else gives \a def.
    QString choiceValue(const QString &key, const QString &def, const QStringList &allowed) const;
    QStringList stringListValue(const QString &key, const QStringList &def = {}) const;
    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);
    //! Writes pending changes; false if the file could not be written.
    bool sync();

private:
    void openChecked(const QString &path);

    //! Where defaults live when the path is unusable; declared first, so it outlives them.
    std::unique_ptr<QTemporaryDir> m_privateDefaults;
    std::unique_ptr<QSettings> m_settings;
    QString m_problem;
};

} // namespace Jiandu
