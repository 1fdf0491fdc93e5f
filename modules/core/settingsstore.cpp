#include "settingsstore.h"

#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

// QSettings accepts almost anything as INI; a config file that is binary or not UTF-8 is
// damaged (a truncated copy, a disk error, a wrong file) and must not be half-read.
bool looksLikeTextConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.read(4 * 1024 * 1024);
    if (data.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    return !decoder.hasError();
}

} // namespace

SettingsStore::SettingsStore(const QString &path)
{
    openChecked(path);
}

SettingsStore::~SettingsStore()
{
    if (m_settings)
        m_settings->sync();
}

QString SettingsStore::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return tr("the path is a directory");
    if (!info.isFile())
        return tr("the path is not a regular file (a device or a pipe)");
    if (info.size() > kMaxFileBytes)
        return tr("the file is too large for a configuration file (%1 bytes)").arg(info.size());
    if (!info.isReadable())
        return tr("the file cannot be read");
    if (!looksLikeTextConfig(path))
        return tr("the file is damaged (not a text configuration file)");
    const QSettings probe(path, QSettings::IniFormat);
    switch (probe.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::FormatError:
        return tr("the file is damaged (format error)");
    case QSettings::AccessError:
        return tr("the file cannot be read");
    }
    return {};
}

void SettingsStore::openChecked(const QString &path)
{
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    const QString reason = checkFile(path);
    if (reason.isEmpty()) {
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
        return;
    }

    // Keep the damaged file for inspection and continue on defaults.
    QString kept;
    if (info.exists() && info.isFile()) {
        kept = path + u".damaged-"_s +
               QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, kept))
            kept.clear();
    }
    QString usable = path;
    // Defaults in a folder only this process can enter (mkdtemp, 0700), never a predictable
    // name in the shared temporary folder that another user could have planted.
    if (info.isDir() || (info.exists() && kept.isEmpty())) {
        m_privateDefaults = std::make_unique<QTemporaryDir>();
        usable = m_privateDefaults->isValid()
                     ? m_privateDefaults->filePath(QStringLiteral("defaults.ini"))
                     : QString();
    }
    m_settings = std::make_unique<QSettings>(usable, QSettings::IniFormat);
    m_problem = kept.isEmpty() ? tr("Configuration file %1 could not be used: %2. Default settings "
                                    "are in effect and will not be saved there.")
                                     .arg(QDir::toNativeSeparators(path), reason)
                               : tr("Configuration file %1 could not be used: %2. Default settings "
                                    "are in effect; the damaged file was kept as %3.")
                                     .arg(QDir::toNativeSeparators(path), reason,
                                          QDir::toNativeSeparators(kept));
    qCWarning(lcCore).noquote() << m_problem;
}

QString SettingsStore::path() const
{
    return m_settings->fileName();
}

bool SettingsStore::contains(const QString &key) const
{
    return m_settings->contains(key);
}

bool SettingsStore::isWritable() const
{
    return m_settings->isWritable();
}

QVariant SettingsStore::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings->value(key, defaultValue);
}

int SettingsStore::intValue(const QString &key, int def, int min, int max) const
{
    bool ok = false;
    const int v = m_settings->value(key).toString().trimmed().toInt(&ok);
    return ok && v >= min && v <= max ? v : def;
}

QString SettingsStore::choiceValue(const QString &key, const QString &def,
                                   const QStringList &allowed) const
{
    const QString v = m_settings->value(key).toString();
    return allowed.contains(v) ? v : def;
}

QStringList SettingsStore::stringListValue(const QString &key, const QStringList &def) const
{
    if (!m_settings->contains(key))
        return def;
    return m_settings->value(key).toStringList();
}

void SettingsStore::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

void SettingsStore::remove(const QString &key)
{
    m_settings->remove(key);
}

bool SettingsStore::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace Jiandu
