#include "sqlcipherlibrary.h"

#include <QMutex>
#include <dlfcn.h>

namespace Jiandu {

namespace {

struct Loaded
{
    SqlCipherLibrary api{};
    QString error;
    bool ok = false;
};

template <typename F> bool resolve(void *handle, const char *name, F &target, QString &error)
{
    target = reinterpret_cast<F>(::dlsym(handle, name));
    if (!target)
        error = QStringLiteral("libsqlcipher.so.0 lacks %1").arg(QLatin1String(name));
    return target != nullptr;
}

Loaded load()
{
    Loaded loaded;
    // Never unloaded: connections may live until the process exits.
    void *handle = ::dlopen("libsqlcipher.so.0", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (!handle) {
        loaded.error = QStringLiteral("cannot load SQLCipher (install libsqlcipher0): %1")
                           .arg(QString::fromLocal8Bit(::dlerror()));
        return loaded;
    }
    SqlCipherLibrary &a = loaded.api;
    QString &e = loaded.error;
    loaded.ok =
        resolve(handle, "sqlite3_libversion", a.libversion, e) &&
        resolve(handle, "sqlite3_open_v2", a.open_v2, e) &&
        resolve(handle, "sqlite3_close_v2", a.close_v2, e) &&
        resolve(handle, "sqlite3_key", a.key, e) && resolve(handle, "sqlite3_rekey", a.rekey, e) &&
        resolve(handle, "sqlite3_busy_timeout", a.busy_timeout, e) &&
        resolve(handle, "sqlite3_extended_result_codes", a.extended_result_codes, e) &&
        resolve(handle, "sqlite3_errmsg", a.errmsg, e) &&
        resolve(handle, "sqlite3_extended_errcode", a.extended_errcode, e) &&
        resolve(handle, "sqlite3_errstr", a.errstr, e) &&
        resolve(handle, "sqlite3_exec", a.exec, e) && resolve(handle, "sqlite3_free", a.free, e) &&
        resolve(handle, "sqlite3_prepare_v2", a.prepare_v2, e) &&
        resolve(handle, "sqlite3_step", a.step, e) &&
        resolve(handle, "sqlite3_reset", a.reset, e) &&
        resolve(handle, "sqlite3_finalize", a.finalize, e) &&
        resolve(handle, "sqlite3_clear_bindings", a.clear_bindings, e) &&
        resolve(handle, "sqlite3_bind_parameter_count", a.bind_parameter_count, e) &&
        resolve(handle, "sqlite3_bind_null", a.bind_null, e) &&
        resolve(handle, "sqlite3_bind_int64", a.bind_int64, e) &&
        resolve(handle, "sqlite3_bind_double", a.bind_double, e) &&
        resolve(handle, "sqlite3_bind_text", a.bind_text, e) &&
        resolve(handle, "sqlite3_bind_blob", a.bind_blob, e) &&
        resolve(handle, "sqlite3_column_count", a.column_count, e) &&
        resolve(handle, "sqlite3_column_name", a.column_name, e) &&
        resolve(handle, "sqlite3_column_decltype", a.column_decltype, e) &&
        resolve(handle, "sqlite3_column_type", a.column_type, e) &&
        resolve(handle, "sqlite3_column_int64", a.column_int64, e) &&
        resolve(handle, "sqlite3_column_double", a.column_double, e) &&
        resolve(handle, "sqlite3_column_text", a.column_text, e) &&
        resolve(handle, "sqlite3_column_blob", a.column_blob, e) &&
        resolve(handle, "sqlite3_column_bytes", a.column_bytes, e) &&
        resolve(handle, "sqlite3_changes", a.changes, e) &&
        resolve(handle, "sqlite3_last_insert_rowid", a.last_insert_rowid, e) &&
        resolve(handle, "sqlite3_get_autocommit", a.get_autocommit, e) &&
        resolve(handle, "sqlite3_interrupt", a.interrupt, e);
    return loaded;
}

} // namespace

const SqlCipherLibrary *SqlCipherLibrary::instance(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.ok && error)
        *error = loaded.error;
    return loaded.ok ? &loaded.api : nullptr;
}

} // namespace Jiandu
