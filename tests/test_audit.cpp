// The audit trail: append-only, hash-chained, views and exports recorded, read a page at a time.

#include "BackendDatabase.h"
#include "TestSupport.h"

#include "import/NoSettingList.h"
#include "repo/Children.h"
#include "repo/Directory.h"
#include "storage/Audit.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/Sha256.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

using namespace enc;

namespace {

Id addChild(Database &db, const QString &forename, const QString &surname)
{
    Child c;
    c.forename = forename;
    c.surname = surname;
    c.dateOfBirth = QDate(2023, 4, 1);
    c.postcode = QStringLiteral("ZZ1 1AA");
    auto saved = Children(db).add(c);
    if (!saved)
        qWarning("%s", qPrintable(saved.errorText()));
    return saved ? saved->id : 0;
}

int count(Database &db, const QString &sql, const QVariantMap &v = {})
{
    return Sql::scalar(db.sql(), sql, v)->toInt();
}

// Tampering needs the triggers out of the way, as someone with the file and sqlite3 could do.
void dropTriggers(Database &db)
{
    QVERIFY(Sql::exec(db.sql(), QStringLiteral("DROP TRIGGER audit_no_update")));
    QVERIFY(Sql::exec(db.sql(), QStringLiteral("DROP TRIGGER audit_no_delete")));
}

struct CliRun
{
    int code = -1;
    QByteArray out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENCOMPASS_USER"), QStringLiteral("tester"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ENCOMPASS_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void canonicalTextIsQtsCompactJson()
    {
        // The hash of every stored entry is over this text: one example spelled out, then
        // random entries (every ASCII character, two- and three-byte characters, pairs and
        // lone surrogates, null and large ids) against QJsonDocument, which defines it.
        AuditChain::Content example;
        example.id = 7;
        example.at = QStringLiteral("2026-11-22T10:00:00.000Z");
        example.user = QStringLiteral("bso");
        example.action = QStringLiteral("reopen");
        example.entity = QStringLiteral("child");
        example.entityId = qint64(3);
        example.childId = QVariant();
        example.before = QStringLiteral("{\"n\":\"Siân\tO\\\\B\x01\"}");
        example.after = QVariant(QMetaType(QMetaType::QString));
        QCOMPARE(AuditChain::canonical(example),
                 QByteArray("[7,\"2026-11-22T10:00:00.000Z\",\"bso\",\"reopen\",\"child\",3,"
                            "null,\"{\\\"n\\\":\\\"Si\xc3\xa2n\\tO\\\\\\\\B\\u0001\\\"}\",null]"));
        QCOMPARE(AuditChain::canonical(example), AuditChain::canonicalByQtForTests(example));

        QList<char16_t> units;
        for (char16_t u = 0; u < 0x80; ++u)
            units << u;
        units << 0xe9 << 0xff << 0x100 << 0x7ff << 0x800 << 0x20ac << 0xd7ff << 0xe000 << 0xfffe
              << 0xffff << 0xd83d << 0xde00 << 0xdbff << 0xdfff << 0xdc00 << 0xd800;
        QRandomGenerator rng(2026);
        auto text = [&](int maxLength) {
            QString s;
            const int length = int(rng.bounded(maxLength + 1));
            for (int i = 0; i < length; ++i) {
                const quint32 pick = rng.bounded(10);
                if (pick < 6) // mostly plain text, as snapshots are
                    s += QChar(char16_t(u'a' + rng.bounded(26)));
                else if (pick < 8 && i + 1 < length) { // a valid pair
                    s += QChar(char16_t(0xd800 + rng.bounded(0x400)));
                    s += QChar(char16_t(0xdc00 + rng.bounded(0x400)));
                    ++i;
                } else {
                    s += QChar(units.at(rng.bounded(int(units.size()))));
                }
            }
            return s;
        };
        auto textOrNull = [&](int maxLength) {
            return rng.bounded(4) == 0 ? QVariant() : QVariant(text(maxLength));
        };
        auto idOrNull = [&]() {
            return rng.bounded(3) == 0 ? QVariant() : QVariant(qint64(rng.generate64() >> 1));
        };
        int lone = 0;
        for (int i = 0; i < 3000; ++i) {
            AuditChain::Content c;
            c.id = qint64(rng.bounded(1'000'000));
            c.at = text(8);
            c.user = text(8);
            c.action = text(4);
            c.entity = text(4);
            c.entityId = idOrNull();
            c.childId = idOrNull();
            c.before = textOrNull(60);
            c.after = textOrNull(60);
            const QByteArray qt = AuditChain::canonicalByQtForTests(c);
            QCOMPARE(AuditChain::canonical(c), qt);
            const QByteArray utf16 = c.before.toString().toUtf8();
            lone += QString::fromUtf8(utf16) != c.before.toString();
        }
        QVERIFY(lone > 0); // lone surrogates were among the cases
    }

    void sha256IsTheStandardDigest()
    {
        // The chain's digests (through qpdf's crypto provider) are the standard SHA-256 that
        // any checker computes: the published test vector, and QCryptographicHash's digest
        // at every length around the 64-byte block, whole or in pieces.
        QCOMPARE(Sha256::hash("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Sha256::hash({}).toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QByteArray data;
        for (int i = 0; i < 3000; ++i)
            data.append(char(i * 7 % 251));
        for (int size : {1, 55, 56, 63, 64, 65, 127, 128, 129, 1000, 3000}) {
            const QByteArrayView part(data.constData(), size);
            const QByteArray expected = QCryptographicHash::hash(part, QCryptographicHash::Sha256);
            QCOMPARE(Sha256::hash(part), expected);
            Sha256 pieces;
            pieces.addData(part.first(size / 3));
            pieces.addData(part.sliced(size / 3));
            QCOMPARE(pieces.result(), expected);
            pieces.addData(part); // starts again after result()
            QCOMPARE(pieces.result(), expected);
        }
    }

    void entriesAreChained()
    {
        test::TempDatabase t;
        const Id a = addChild(*t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        addChild(*t, QStringLiteral("Bob"), QStringLiteral("Brown"));
        QVERIFY(Audit::recordView(t->sql(), a));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM audit WHERE hash IS NULL")), 0);
        const AuditChain::Check check = AuditChain::verify(t->sql());
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.checked, 3);
        // Each hash covers the one before: the second entry's hash is not the same when
        // computed from the genesis instead.
        QSqlQuery q(t->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY id")));
        QStringList hashes;
        while (q.next())
            hashes << q.value(0).toString();
        QCOMPARE(hashes.size(), 3);
        QCOMPARE(hashes.at(0).size(), 64);
        QCOMPARE(QSet<QString>(hashes.begin(), hashes.end()).size(), 3);
    }

    // The bulk append (an import reopening or escalating many children) chains each entry as
    // record() would, after entries written one by one, and record() chains after it.
    void bulkEntriesAreChained()
    {
        test::TempDatabase t;
        const Id a = addChild(*t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const Id b = addChild(*t, QStringLiteral("Bob"), QStringLiteral("Brown"));
        QVERIFY(Audit::recordMany(
            t->sql(), {{QStringLiteral("reopen"), QStringLiteral("child"), a, a,
                        QStringLiteral("{\"status\":\"greened_off\"}"),
                        QStringLiteral("{\"status\":\"open\"}")},
                       {QStringLiteral("escalation-triggered"), QStringLiteral("escalation"), 7, b,
                        QString(), QStringLiteral("{\"id\":7}")}}));
        QVERIFY(Audit::recordView(t->sql(), b));
        const AuditChain::Check check = AuditChain::verify(t->sql());
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.checked, 5);
        QCOMPARE(count(*t,
                       QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                      "'escalation-triggered' AND before IS NULL AND "
                                      "entity_id = 7 AND child_id = :b"),
                       {{QStringLiteral("b"), b}}),
                 1);
        QVERIFY(Audit::recordMany(t->sql(), {}));
    }

    // Snapshots of many rows built by SQLite read back as snapshot() gives each row: the same
    // keys and values, NULL as "", quotes, backslashes, control characters and accents intact.
    void bulkSnapshotsAreSnapshots()
    {
        test::TempDatabase t;
        const Id a = addChild(*t, QStringLiteral("Siân \"Jo\""), QStringLiteral("O'Brien\\x"));
        const Id b = addChild(*t, QStringLiteral("Zoë"), QStringLiteral("Line\nbreak\ttab"));
        QVERIFY(Sql::exec(t->sql(),
                          QStringLiteral("UPDATE child SET social_care_open = 1, "
                                         "ppn_count = 12 WHERE id = :id"),
                          {{QStringLiteral("id"), b}}));
        auto json = Audit::snapshotsJson(t->sql(), QStringLiteral("child"), {a, b, 999});
        QVERIFY2(json, qPrintable(json.errorText()));
        QCOMPARE(json->size(), 2);
        for (Id id : {a, b}) {
            const QJsonObject bulk = QJsonDocument::fromJson(json->value(id).toUtf8()).object();
            const QJsonObject one =
                QJsonDocument::fromJson(
                    QJsonDocument(Audit::snapshot(t->sql(), QStringLiteral("child"), id))
                        .toJson(QJsonDocument::Compact))
                    .object();
            QVERIFY(!one.isEmpty());
            QCOMPARE(bulk, one);
        }
        QVERIFY(!Audit::snapshotsJson(t->sql(), QStringLiteral("audit"), {a}));
    }

    void updateAndDeleteAreRefused()
    {
        test::TempDatabase t;
        addChild(*t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        Status update = Sql::exec(t->sql(), QStringLiteral("UPDATE audit SET user_name = 'x'"));
        QVERIFY(!update);
        QVERIFY2(update.errorText().contains(QStringLiteral("audit log is append-only")),
                 qPrintable(update.errorText()));
        Status remove = Sql::exec(t->sql(), QStringLiteral("DELETE FROM audit"));
        QVERIFY(!remove);
        QVERIFY2(remove.errorText().contains(QStringLiteral("audit log is append-only")),
                 qPrintable(remove.errorText()));
        QCOMPARE(count(*t, QStringLiteral("SELECT count(*) FROM audit WHERE user_name = 'tester'")),
                 1);
        QVERIFY(AuditChain::verify(t->sql()).ok);
    }

    void tamperedEntryIsNamed()
    {
        test::TempDatabase t;
        for (const char *name : {"Ada", "Bob", "Cy", "Di"})
            addChild(*t, QString::fromLatin1(name), QStringLiteral("Smith"));
        dropTriggers(*t);
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("UPDATE audit SET user_name = 'someone-else' "
                                                   "WHERE id = 3")));
        const AuditChain::Check check = AuditChain::verify(t->sql());
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenId, 3);
        QVERIFY2(check.reason.contains(QStringLiteral("entry 3")), qPrintable(check.reason));
        QVERIFY2(check.reason.contains(QStringLiteral("changed")), qPrintable(check.reason));
        QCOMPARE(check.checked, 3);
    }

    void removedEntryIsNamed()
    {
        test::TempDatabase t;
        for (const char *name : {"Ada", "Bob", "Cy", "Di"})
            addChild(*t, QString::fromLatin1(name), QStringLiteral("Smith"));
        dropTriggers(*t);
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("DELETE FROM audit WHERE id = 2")));
        const AuditChain::Check check = AuditChain::verify(t->sql());
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenId, 3);
        QVERIFY2(check.reason.contains(QStringLiteral("entry 2 was removed")),
                 qPrintable(check.reason));
    }

    void entryWithRecomputedHashBreaksTheNext()
    {
        // Someone who edits an entry and writes a fresh hash for it still breaks the link
        // from the entry after it.
        test::TempDatabase t;
        for (const char *name : {"Ada", "Bob", "Cy"})
            addChild(*t, QString::fromLatin1(name), QStringLiteral("Smith"));
        dropTriggers(*t);
        QSqlQuery q(t->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT hash FROM audit WHERE id = 1")));
        QVERIFY(q.next());
        const QString first = q.value(0).toString();
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("UPDATE audit SET user_name = 'mallory' "
                                                   "WHERE id = 2")));
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, "
                                      "child_id, before, after FROM audit WHERE id = 2")));
        QVERIFY(q.next());
        AuditChain::Content c{q.value(0).toLongLong(),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).toString(),
                              q.value(5),
                              q.value(6),
                              q.value(7),
                              q.value(8)};
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("UPDATE audit SET hash = :h WHERE id = 2"),
                          {{QStringLiteral("h"), AuditChain::hash(first, c)}}));
        const AuditChain::Check check = AuditChain::verify(t->sql());
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenId, 3);
        QVERIFY2(check.reason.contains(QStringLiteral("entry 2")), qPrintable(check.reason));
    }

    void goldenSchema1EntriesAreChainedOnUpgrade()
    {
        QTemporaryDir dir;
        const QString copy = test::goldenSchema1Copy(dir);
        QVERIFY(!copy.isEmpty());
        qputenv("ENCOMPASS_USER", "upgrader");
        auto db = Database::open(copy);
        QVERIFY2(db, qPrintable(db.errorText()));
        QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
        const AuditChain::Check check = AuditChain::verify((*db)->sql());
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.checked, 1);
        // New entries carry on from the old ones.
        QVERIFY(Audit::recordView((*db)->sql(), 1));
        QVERIFY(AuditChain::verify((*db)->sql()).ok);
        QVERIFY(!Sql::exec((*db)->sql(), QStringLiteral("DELETE FROM audit")));
        qputenv("ENCOMPASS_USER", "tester");
    }

    void viewsAndExportsAreRecorded()
    {
        test::TempDatabase t;
        const Id a = addChild(*t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const Id b = addChild(*t, QStringLiteral("Bob"), QStringLiteral("Brown"));
        QVERIFY(Audit::recordView(t->sql(), a));
        QCOMPARE(count(*t,
                       QStringLiteral("SELECT count(*) FROM audit WHERE action = 'view' AND "
                                      "child_id = :c AND user_name = 'tester'"),
                       {{QStringLiteral("c"), a}}),
                 1);
        // The no-setting list names both children: an export entry under each.
        const QString path = t.dir.filePath(QStringLiteral("no-setting.csv"));
        auto n = NoSettingList(*t).exportTo(path);
        QVERIFY2(n, qPrintable(n.errorText()));
        QCOMPARE(*n, 2);
        for (Id child : {a, b}) {
            QSqlQuery q(t->sql());
            q.prepare(QStringLiteral("SELECT entity, after FROM audit WHERE action = 'export' AND "
                                     "child_id = :c"));
            q.bindValue(QStringLiteral(":c"), child);
            QVERIFY(q.exec());
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("no-setting-list"));
            const QJsonObject after =
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            QCOMPARE(after.value(QStringLiteral("file")).toString(), path);
            QCOMPARE(after.value(QStringLiteral("what")).toString(),
                     QStringLiteral("no-setting-list"));
            QVERIFY(!q.next());
        }
        QVERIFY(AuditChain::verify(t->sql()).ok);
    }

    // The audit trail page's filters and pages, on both databases.
    void logFiltersAndPages_data() { test::backendRows(); }
    void logFiltersAndPages()
    {
        QFETCH(QString, backend);
        test::BackendDatabase t(backend);
        ENC_SKIP_WITHOUT(t);
        const Id a = addChild(*t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const Id b = addChild(*t, QStringLiteral("Bob"), QStringLiteral("Brown"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(Audit::recordView(t->sql(), a));
        // Another user opens b: on a file the desk's name, on a server another login (with a
        // group role given as IT would, so that no audit entry is added for it).
        test::TestUsers users(t);
        const QString other = users.make(QStringLiteral("other"));
        if (t.onServer()) {
            QVERIFY(QSqlQuery(t.adminConnection())
                        .exec(QStringLiteral("GRANT encompass_read_only TO %1").arg(other)));
            auto desk = Database::open(users.addressAs(other), Database::Mode::OpenExisting);
            QVERIFY2(desk, qPrintable(desk.errorText()));
            QVERIFY(Audit::recordView((*desk)->sql(), b));
        } else {
            qputenv("ENCOMPASS_USER", other.toUtf8());
            QVERIFY(Audit::recordView(t->sql(), b));
            qputenv("ENCOMPASS_USER", "tester");
        }

        AuditLog::Filter all;
        QCOMPARE(*AuditLog::count(t->sql(), all), 8);
        AuditLog::Filter child;
        child.childId = a;
        QCOMPARE(*AuditLog::count(t->sql(), child), 6); // its creation and five views
        auto first = AuditLog::page(t->sql(), child, 0, 4);
        QCOMPARE(first->size(), 4);
        QCOMPARE(first->first().childName, QStringLiteral("Ada Lovelace"));
        auto second = AuditLog::page(t->sql(), child, first->last().id, 4);
        QCOMPARE(second->size(), 2);
        QVERIFY(second->first().id < first->last().id);
        QCOMPARE(second->last().action, QStringLiteral("add"));

        AuditLog::Filter user;
        user.user = other.toUpper(); // either case
        auto byOther = AuditLog::page(t->sql(), user, 0, 50);
        QCOMPARE(byOther->size(), 1);
        QCOMPARE(byOther->first().childId, b);

        AuditLog::Filter today;
        today.from = QDate::currentDate();
        today.to = QDate::currentDate();
        QCOMPARE(*AuditLog::count(t->sql(), today), 8);
        AuditLog::Filter past;
        past.from = QDate::currentDate().addDays(-10);
        past.to = QDate::currentDate().addDays(-1);
        QCOMPARE(*AuditLog::count(t->sql(), past), 0);

        // The children whose names matched, and no child.
        AuditLog::Filter named;
        named.childIds = {a, b};
        QCOMPARE(*AuditLog::count(t->sql(), named), 8);
        named.childIds = {b};
        QCOMPARE(AuditLog::page(t->sql(), named, 0, 50)->size(), 2);
        AuditLog::Filter none;
        none.noChild = true;
        QCOMPARE(*AuditLog::count(t->sql(), none), 0);
    }

    void cliVerifiesAndLists()
    {
        test::TempDatabase t;
        const Id a = addChild(*t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        addChild(*t, QStringLiteral("Bob"), QStringLiteral("Brown"));
        QVERIFY(Audit::recordView(t->sql(), a));
        CliRun ok = cli(
            {QStringLiteral("--db"), t.path(), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains("3 entries checked"), ok.out.constData());

        CliRun list =
            cli({QStringLiteral("--db"), t.path(), QStringLiteral("audit"), QStringLiteral("list"),
                 QStringLiteral("--child"), QString::number(a), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("view"));

        CliRun bad =
            cli({QStringLiteral("--db"), t.path(), QStringLiteral("audit"), QStringLiteral("list"),
                 QStringLiteral("--from"), QStringLiteral("31/02/2026")});
        QCOMPARE(bad.code, 2);

        dropTriggers(*t);
        QVERIFY(Sql::exec(t->sql(), QStringLiteral("UPDATE audit SET after = '{}' WHERE id = 2")));
        CliRun broken = cli({QStringLiteral("--db"), t.path(), QStringLiteral("audit"),
                             QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(broken.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(broken.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("first_broken")).toInt(), 2);
        QVERIFY2(broken.err.contains(QStringLiteral("entry 2")), qPrintable(broken.err));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
