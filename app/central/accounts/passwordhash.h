#pragma once

#include <QString>

namespace Jiandu::Central {

//! Passwords as Argon2id hashes (libsodium's crypto_pwhash_str: salt and parameters inside
//! the string), checked in constant time.
struct PasswordHash
{
    //! Empty if the machine is out of memory for the KDF.
    static QString make(const QString &password);
    static bool check(const QString &hash, const QString &password);
    //! The rules a new password must meet; empty if it does, else the reason in words.
    static QString weakness(const QString &password);
};

} // namespace Jiandu::Central
