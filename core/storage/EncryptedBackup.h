#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace enc {

// A backup sealed with a passphrase for storage off the machine (libsodium).
//
// Layout: a 104-byte header, then chunks. Header: magic "ENCBAK\r\n", format version (1 byte),
// algorithm (1 = argon2id13), 6 zero bytes, opslimit and memlimit (8 bytes each,
// little-endian), salt (16), secretstream header (24), key check (32: BLAKE2b of the header
// so far, keyed with the derived key, so a wrong passphrase is told apart from a damaged
// file). Each chunk is a 4-byte little-endian length and that many bytes of
// crypto_secretstream_xchacha20poly1305 ciphertext (at most 64 KiB of plaintext); the last
// chunk carries the FINAL tag and nothing may follow it. The header is the first chunk's
// additional data. The passphrase is never stored.
class EncryptedBackup
{
public:
    // Key derivation cost; the defaults are libsodium's MODERATE (about a second).
    struct Cost
    {
        quint64 opslimit; // 0: default
        quint64 memlimit; // 0: default
    };
    // Checked while reading: a header asking for more is refused, not obeyed.
    static constexpr quint64 MaxOpslimit = 16;
    static constexpr quint64 MaxMemlimit = quint64(1) << 30;
    static constexpr int MinPassphraseLength = 8;

    // True when the file starts with the encrypted-backup magic.
    static bool looksEncrypted(const QString &path);
    static bool looksEncrypted(const QByteArray &start);

    // Encrypts the file at `plainPath` into `outPath` (created readable by its owner only,
    // written in full or not at all).
    static Status encryptFile(const QString &plainPath, const QString &outPath,
                              const QString &passphrase, Cost cost = {0, 0});
    // Decrypts `inPath` into `outPath` (owner-only). On any failure (wrong passphrase,
    // truncated, changed) nothing is left at outPath and the message says which.
    static Status decryptFile(const QString &inPath, const QString &outPath,
                              const QString &passphrase);

    // The streaming reader behind decryptFile: reads `in`, hands each verified plaintext chunk
    // to `sink` (which returns false to stop with an error). Exposed for the fuzz target.
    using Sink = std::function<bool(const QByteArray &chunk)>;
    static Status decrypt(QIODevice &in, const QString &passphrase, const Sink &sink,
                          const QString &shownName);
};

} // namespace enc
