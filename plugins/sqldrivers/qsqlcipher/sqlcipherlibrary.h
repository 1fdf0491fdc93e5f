#pragma once

#include <QString>
#include <sqlite3.h>

namespace Jiandu {

//! The SQLCipher C API, resolved from libsqlcipher.so.0 loaded privately (RTLD_LOCAL |
//! RTLD_DEEPBIND), so neither this code nor SQLCipher itself can be bound to a plain
//! libsqlite3 already in the process.
struct SqlCipherLibrary
{
    //! The library, loaded on first use; null with \a error set if it cannot be loaded.
    static const SqlCipherLibrary *instance(QString *error);

    decltype(&sqlite3_libversion) libversion;
    decltype(&sqlite3_open_v2) open_v2;
    decltype(&sqlite3_close_v2) close_v2;
    decltype(&sqlite3_key) key;
    decltype(&sqlite3_rekey) rekey;
    decltype(&sqlite3_busy_timeout) busy_timeout;
    decltype(&sqlite3_extended_result_codes) extended_result_codes;
    decltype(&sqlite3_errmsg) errmsg;
    decltype(&sqlite3_extended_errcode) extended_errcode;
    decltype(&sqlite3_errstr) errstr;
    decltype(&sqlite3_exec) exec;
    decltype(&sqlite3_free) free;
    decltype(&sqlite3_prepare_v2) prepare_v2;
    decltype(&sqlite3_step) step;
    decltype(&sqlite3_reset) reset;
    decltype(&sqlite3_finalize) finalize;
    decltype(&sqlite3_clear_bindings) clear_bindings;
    decltype(&sqlite3_bind_parameter_count) bind_parameter_count;
    decltype(&sqlite3_bind_null) bind_null;
    decltype(&sqlite3_bind_int64) bind_int64;
    decltype(&sqlite3_bind_double) bind_double;
    decltype(&sqlite3_bind_text) bind_text;
    decltype(&sqlite3_bind_blob) bind_blob;
    decltype(&sqlite3_column_count) column_count;
    decltype(&sqlite3_column_name) column_name;
    decltype(&sqlite3_column_decltype) column_decltype;
    decltype(&sqlite3_column_type) column_type;
    decltype(&sqlite3_column_int64) column_int64;
    decltype(&sqlite3_column_double) column_double;
    decltype(&sqlite3_column_text) column_text;
    decltype(&sqlite3_column_blob) column_blob;
    decltype(&sqlite3_column_bytes) column_bytes;
    decltype(&sqlite3_changes) changes;
    decltype(&sqlite3_last_insert_rowid) last_insert_rowid;
    decltype(&sqlite3_get_autocommit) get_autocommit;
    decltype(&sqlite3_interrupt) interrupt;
};

} // namespace Jiandu
