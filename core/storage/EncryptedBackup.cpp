#include "EncryptedBackup.h"

#include "OpenDatabases.h"
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sodium.h>

#include <array>

namespace enc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::EncryptedBackup", text);
}

constexpr char Magic[8] = {'E', 'N', 'C', 'B', 'A', 'K', '\r', '\n'};
constexpr quint8 FormatVersion = 1;
constexpr quint8 AlgorithmArgon2id = 1;
constexpr qsizetype ChunkSize = 64 * 1024;
constexpr qsizetype SaltSize = crypto_pwhash_SALTBYTES;
constexpr qsizetype StreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype CheckSize = 32;
// Offsets in the header.
constexpr qsizetype OpsAt = 16;
constexpr qsizetype MemAt = 24;
constexpr qsizetype SaltAt = 32;
constexpr qsizetype StreamAt = SaltAt + SaltSize;
constexpr qsizetype CheckAt = StreamAt + StreamHeaderSize;
constexpr qsizetype HeaderSize = CheckAt + CheckSize;
static_assert(HeaderSize == 104);
constexpr qsizetype ABytes = crypto_secretstream_xchacha20poly1305_ABYTES;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

// Wipes the derived key and the passphrase's bytes however the function returns.
struct Secrets
{
    Key key{};
    QByteArray passphrase;
    ~Secrets()
    {
        sodium_memzero(key.data(), key.size());
        if (!passphrase.isEmpty())
            sodium_memzero(passphrase.data(), size_t(passphrase.size()));
    }
};

bool deriveKey(Secrets &s, const unsigned char *salt, quint64 ops, quint64 mem)
{
    return crypto_pwhash(s.key.data(), s.key.size(), s.passphrase.constData(),
                         quint64(s.passphrase.size()), salt, ops, size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

std::array<unsigned char, CheckSize> keyCheck(const Key &key, const QByteArray &header)
{
    std::array<unsigned char, CheckSize> out{};
    crypto_generichash(out.data(), out.size(),
                       reinterpret_cast<const unsigned char *>(header.constData()), CheckAt,
                       key.data(), key.size());
    return out;
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

bool initSodium()
{
    return sodium_init() >= 0;
}

} // namespace

bool EncryptedBackup::looksEncrypted(const QByteArray &start)
{
    return start.size() >= qsizetype(sizeof Magic) &&
           std::equal(Magic, Magic + sizeof Magic, start.constData());
}

bool EncryptedBackup::looksEncrypted(const QString &path)
{
    if (OpenDatabases::contains(path))
        return false;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && looksEncrypted(f.read(sizeof Magic));
}

Status EncryptedBackup::encryptFile(const QString &plainPath, const QString &outPath,
                                    const QString &passphrase, Cost cost)
{
    const QString shownOut = QDir::toNativeSeparators(outPath);
    if (passphrase.size() < MinPassphraseLength) {
        return Status::failure(
            tr("The passphrase must be at least %1 characters long.").arg(MinPassphraseLength),
            QStringLiteral("passphrase"));
    }
    if (!initSodium())
        return Status::failure(tr("The encryption library could not be started."));
    for (const QString &path : {plainPath, outPath}) {
        if (Status s = OpenDatabases::refuse(path); !s)
            return s;
    }
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return Status::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(plainPath), in.errorString()));
    }
    const quint64 ops = cost.opslimit ? cost.opslimit : crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 mem = cost.memlimit ? cost.memlimit : crypto_pwhash_MEMLIMIT_MODERATE;

    Secrets secrets;
    secrets.passphrase = passphrase.toUtf8();
    QByteArray header(HeaderSize, '\0');
    auto *h = reinterpret_cast<unsigned char *>(header.data());
    std::copy(Magic, Magic + sizeof Magic, header.data());
    h[8] = FormatVersion;
    h[9] = AlgorithmArgon2id;
    qToLittleEndian<quint64>(ops, h + OpsAt);
    qToLittleEndian<quint64>(mem, h + MemAt);
    randombytes_buf(h + SaltAt, SaltSize);
    if (!deriveKey(secrets, h + SaltAt, ops, mem))
        return Status::failure(tr("Not enough memory to derive the key from the passphrase."));
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, h + StreamAt, secrets.key.data());
    const auto check = keyCheck(secrets.key, header);
    std::copy(check.begin(), check.end(), h + CheckAt);

    const QString partial = PrivateFile::partialPath(outPath);
    auto out = PrivateFile::create(partial);
    if (!out)
        return out.error();
    auto fail = [&](const QString &message) {
        (*out)->close();
        QFile::remove(partial);
        return Status::failure(message);
    };
    if ((*out)->write(header) != header.size())
        return fail(tr("Cannot write %1: %2").arg(shownOut, (*out)->errorString()));

    QByteArray chunk = in.read(ChunkSize);
    bool first = true;
    QByteArray cipher(ChunkSize + ABytes, '\0');
    for (;;) {
        if (in.error() != QFileDevice::NoError)
            return fail(tr("Cannot read %1: %2")
                            .arg(QDir::toNativeSeparators(plainPath), in.errorString()));
        const QByteArray next = in.atEnd() ? QByteArray() : in.read(ChunkSize);
        const bool last = next.isEmpty();
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &cipherLength, bytes(chunk),
            quint64(chunk.size()), first ? bytes(header) : nullptr,
            first ? quint64(header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        unsigned char length[4];
        qToLittleEndian<quint32>(quint32(cipherLength), length);
        if ((*out)->write(reinterpret_cast<const char *>(length), 4) != 4 ||
            (*out)->write(cipher.constData(), qint64(cipherLength)) != qint64(cipherLength))
            return fail(tr("Cannot write %1: %2").arg(shownOut, (*out)->errorString()));
        first = false;
        if (last)
            break;
        chunk = next;
    }
    sodium_memzero(&state, sizeof state);
    if (Status s = PrivateFile::syncAndClose(**out); !s) {
        QFile::remove(partial);
        return s;
    }
    if (Status s = PrivateFile::replace(partial, outPath); !s) {
        QFile::remove(partial);
        return s;
    }
    return {};
}

Status EncryptedBackup::decrypt(QIODevice &in, const QString &passphrase, const Sink &sink,
                                const QString &shownName)
{
    const QString shown = shownName;
    const auto damaged = [&shown](const QString &why) {
        return Status::failure(
            tr("%1 cannot be restored: the encrypted backup is damaged or has been changed (%2). "
               "Nothing was changed.")
                .arg(shown, why));
    };
    const auto truncated = [&shown] {
        return Status::failure(
            tr("%1 cannot be restored: the encrypted backup is incomplete (the file ends too "
               "soon; was the copy interrupted?). Nothing was changed.")
                .arg(shown));
    };
    if (!initSodium())
        return Status::failure(tr("The encryption library could not be started."));

    const QByteArray header = in.read(HeaderSize);
    if (!looksEncrypted(header)) {
        return Status::failure(tr("%1 is not an encrypted Encompass Tracker backup.").arg(shown));
    }
    if (header.size() < HeaderSize)
        return truncated();
    const auto *h = bytes(header);
    if (h[8] != FormatVersion || h[9] != AlgorithmArgon2id) {
        return Status::failure(tr("%1 was encrypted by a newer version of Encompass Tracker "
                                  "(format %2). Install the newer version to restore it.")
                                   .arg(shown)
                                   .arg(int(h[8])));
    }
    for (qsizetype i = 10; i < OpsAt; ++i) {
        if (h[i] != 0)
            return damaged(tr("unknown header flags"));
    }
    const quint64 ops = qFromLittleEndian<quint64>(h + OpsAt);
    const quint64 mem = qFromLittleEndian<quint64>(h + MemAt);
    // Settings read from the file are bounded before they are used.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > MaxOpslimit || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > MaxMemlimit)
        return damaged(tr("key settings out of range"));

    Secrets secrets;
    secrets.passphrase = passphrase.toUtf8();
    if (!deriveKey(secrets, h + SaltAt, ops, mem))
        return Status::failure(tr("Not enough memory to derive the key from the passphrase."));
    const auto check = keyCheck(secrets.key, header);
    if (sodium_memcmp(check.data(), h + CheckAt, CheckSize) != 0) {
        return Status::failure(
            tr("%1 cannot be restored: the passphrase is wrong (or the file's header has been "
               "changed). Nothing was changed.")
                .arg(shown),
            QStringLiteral("passphrase"));
    }
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, h + StreamAt, secrets.key.data()) !=
        0)
        return damaged(tr("stream header"));

    QByteArray plain(ChunkSize, '\0');
    for (int index = 1;; ++index) {
        const QByteArray lengthBytes = in.read(4);
        if (lengthBytes.size() < 4)
            return truncated();
        const quint32 length = qFromLittleEndian<quint32>(bytes(lengthBytes));
        if (length < ABytes || length > quint32(ChunkSize + ABytes))
            return damaged(tr("chunk %1 has an impossible length").arg(index));
        const QByteArray cipher = in.read(length);
        if (cipher.size() < qsizetype(length))
            return truncated();
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        const bool first = index == 1;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &plainLength, &tag,
                bytes(cipher), quint64(cipher.size()), first ? bytes(header) : nullptr,
                first ? quint64(header.size()) : 0) != 0)
            return damaged(tr("chunk %1 fails its check").arg(index));
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE &&
            tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return damaged(tr("chunk %1 has an unknown tag").arg(index));
        if (!sink(QByteArray(plain.constData(), qsizetype(plainLength))))
            return Status::failure(tr("Cannot write the decrypted copy of %1.").arg(shown));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!in.read(1).isEmpty())
                return damaged(tr("data after the end"));
            return {};
        }
    }
}

Status EncryptedBackup::decryptFile(const QString &inPath, const QString &outPath,
                                    const QString &passphrase)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(inPath).absoluteFilePath());
    for (const QString &path : {inPath, outPath}) {
        if (Status s = OpenDatabases::refuse(path); !s)
            return s;
    }
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(shown, in.errorString()));
    const QString partial = PrivateFile::partialPath(outPath);
    auto out = PrivateFile::create(partial);
    if (!out)
        return out.error();
    Status s = decrypt(
        in, passphrase,
        [&out](const QByteArray &chunk) { return (*out)->write(chunk) == chunk.size(); }, shown);
    if (s)
        s = PrivateFile::syncAndClose(**out);
    if (s)
        s = PrivateFile::replace(partial, outPath);
    if (!s) {
        (*out)->close();
        QFile::remove(partial);
    }
    return s;
}

} // namespace enc
