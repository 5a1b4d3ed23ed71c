#include "AuditChain.h"

#include "Dialect.h"
#include "ServerConnection.h"
#include "Sha256.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace enc::AuditChain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::AuditChain", text);
}

const char SelectAll[] = "SELECT id, at, user_name, action, entity, entity_id, child_id, before, "
                         "after, hash FROM audit ORDER BY id";

QJsonValue idValue(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toLongLong());
}

QJsonValue textValue(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

Content contentOf(const QSqlQuery &q)
{
    Content c;
    c.id = q.value(0).toLongLong();
    c.at = q.value(1).toString();
    c.user = q.value(2).toString();
    c.action = q.value(3).toString();
    c.entity = q.value(4).toString();
    c.entityId = q.value(5);
    c.childId = q.value(6);
    c.before = q.value(7);
    c.after = q.value(8);
    return c;
}

// What QJsonDocument's compact form writes for the array below, built in one pass: the
// canonical text of an audit entry is hashed for every entry written (an import reopening
// 1,500 children writes 1,500) and checked, and going through QJsonArray copied and converted
// each snapshot three times. The bytes must be exactly Qt's, or every stored hash breaks:
// strings as UTF-8 with '"', '\\' and the control characters escaped as Qt escapes them.
// A lone surrogate (which Qt escapes in its own way) makes appendString return false, and
// canonical() then asks QJsonDocument itself.
bool appendString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    // Written straight into room for the longest form (6 bytes for a control character, at
    // most 3 per UTF-16 unit otherwise), then cut to what was written: appending byte by byte
    // checked the capacity each time, and a snapshot's JSON escapes a quote every few bytes.
    const qsizetype at = out.size();
    out.resize(at + 2 + 6 * s.size());
    char *dst = out.data() + at;
    *dst++ = '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *dst++ = char(u);
        } else if (u < 0x80) {
            *dst++ = '\\';
            switch (u) {
            case u'"':
                *dst++ = '"';
                break;
            case u'\\':
                *dst++ = '\\';
                break;
            case u'\b':
                *dst++ = 'b';
                break;
            case u'\f':
                *dst++ = 'f';
                break;
            case u'\n':
                *dst++ = 'n';
                break;
            case u'\r':
                *dst++ = 'r';
                break;
            case u'\t':
                *dst++ = 't';
                break;
            default:
                *dst++ = 'u';
                *dst++ = '0';
                *dst++ = '0';
                *dst++ = hex[u >> 4];
                *dst++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *dst++ = char(0xc0 | (u >> 6));
            *dst++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *dst++ = char(0xe0 | (u >> 12));
            *dst++ = char(0x80 | ((u >> 6) & 0x3f));
            *dst++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && p != end && *p >= 0xdc00 && *p <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (*p++ - 0xdc00);
            *dst++ = char(0xf0 | (c >> 18));
            *dst++ = char(0x80 | ((c >> 12) & 0x3f));
            *dst++ = char(0x80 | ((c >> 6) & 0x3f));
            *dst++ = char(0x80 | (c & 0x3f));
        } else {
            out.resize(at);
            return false; // a lone surrogate
        }
    }
    *dst++ = '"';
    out.resize(dst - out.constData());
    return true;
}

void appendId(QByteArray &out, const QVariant &v)
{
    if (v.isNull())
        out += "null";
    else
        out += QByteArray::number(v.toLongLong());
}

bool appendText(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "null";
        return true;
    }
    return appendString(out, v.toString()); // a QString is shared, not copied
}

QByteArray canonicalByQt(const Content &c)
{
    const QJsonArray a{c.id,
                       c.at,
                       c.user,
                       c.action,
                       c.entity,
                       idValue(c.entityId),
                       idValue(c.childId),
                       textValue(c.before),
                       textValue(c.after)};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

namespace {

// The canonical text of c appended to out; false where only Qt writes it (a lone surrogate).
bool appendCanonical(QByteArray &out, const Content &c)
{
    qsizetype size =
        out.size() + 64 + c.at.size() + c.user.size() + c.action.size() + c.entity.size();
    for (const QVariant *text : {&c.before, &c.after}) {
        if (text->typeId() == QMetaType::QString)
            size += text->toString().size() * 5 / 4;
    }
    out.reserve(size);
    out += '[';
    out += QByteArray::number(c.id);
    for (const QString *s : {&c.at, &c.user, &c.action, &c.entity}) {
        out += ',';
        if (!appendString(out, *s))
            return false;
    }
    out += ',';
    appendId(out, c.entityId);
    out += ',';
    appendId(out, c.childId);
    out += ',';
    if (!appendText(out, c.before))
        return false;
    out += ',';
    if (!appendText(out, c.after))
        return false;
    out += ']';
    return true;
}

} // namespace

QByteArray canonical(const Content &c)
{
    QByteArray out;
    return appendCanonical(out, c) ? out : canonicalByQt(c);
}

QByteArray canonicalByQtForTests(const Content &c)
{
    return canonicalByQt(c);
}

QString hash(const QString &previousHash, const Content &content)
{
    // One hasher and one buffer per thread, kept between entries: an import hashes thousands
    // of entries in a row, and each new hasher and buffer was a round of allocations.
    thread_local Sha256 h;
    thread_local QByteArray text;
    text.resize(0); // keeps the capacity
    for (QChar ch : previousHash)
        text += ch.unicode() < 0x100 ? char(ch.unicode()) : '?'; // as toLatin1()
    text += '\n';
    if (!appendCanonical(text, content)) {
        text.resize(0);
        text += previousHash.toLatin1();
        text += '\n';
        text += canonicalByQt(content);
    }
    h.addData(text);
    return QString::fromLatin1(h.result().toHex());
}

Result<QPair<QString, Id>> tail(const QSqlDatabase &db)
{
    // On a server, two desks reading the same tail would both append after it: the second
    // waits here until the first commits (or rolls back), then reads the first's entry.
    if (Dialect::of(db) == Backend::PostgreSQL) {
        if (Status s = Sql::exec(db, ServerConnection::writerLockStatement()); !s)
            return s.error();
    }
    auto q = Sql::run(db, QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return QPair<QString, Id>(genesis(), 1);
    const QString last = q->value(1).toString();
    return QPair<QString, Id>(last.isEmpty() ? genesis() : last, q->value(0).toLongLong() + 1);
}

Check verify(const QSqlDatabase &db)
{
    Check check;
    auto q = Sql::run(db, QString::fromLatin1(SelectAll));
    if (!q) {
        check.ok = false;
        check.reason = q.errorText();
        return check;
    }
    QString previous = genesis();
    Id previousId = 0;
    while (q->next()) {
        const Content c = contentOf(*q);
        const QString stored = q->value(9).toString();
        ++check.checked;
        QString reason;
        if (stored.isEmpty()) {
            reason = tr("entry %1 has no hash: it was added outside Encompass Tracker.").arg(c.id);
        } else if (hash(previous, c) != stored) {
            if (c.id != previousId + 1 && previousId > 0) {
                reason = c.id == previousId + 2
                             ? tr("entry %1 was removed from the log.").arg(previousId + 1)
                             : tr("entries %1 to %2 were removed from the log.")
                                   .arg(previousId + 1)
                                   .arg(c.id - 1);
            } else if (hash(previous, c) != stored && previousId > 0) {
                // Either this entry was changed, or the one before it was changed and its
                // hash recomputed: the content decides which message fits.
                reason = tr("entry %1 does not match its hash: it was changed after it was "
                            "written (or entry %2 before it was).")
                             .arg(c.id)
                             .arg(previousId);
            } else {
                reason = tr("entry %1 does not match its hash: it was changed after it was "
                            "written.")
                             .arg(c.id);
            }
        }
        if (!reason.isEmpty()) {
            check.ok = false;
            check.brokenId = c.id;
            check.reason = reason;
            return check;
        }
        previous = stored;
        previousId = c.id;
    }
    return check;
}

Status chainAll(const QSqlDatabase &db)
{
    auto q = Sql::run(db, QString::fromLatin1(SelectAll));
    if (!q)
        return q.error();
    QList<QPair<Id, QString>> hashes;
    QString previous = genesis();
    while (q->next()) {
        previous = hash(previous, contentOf(*q));
        hashes.append({q->value(0).toLongLong(), previous});
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit SET hash = :hash WHERE id = :id"));
    for (const auto &[id, h] : hashes) {
        update.bindValue(QStringLiteral(":hash"), h);
        update.bindValue(QStringLiteral(":id"), id);
        if (!update.exec())
            return Status::failure(Sql::errorText(update));
    }
    return {};
}

} // namespace enc::AuditChain
