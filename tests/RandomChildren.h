#pragma once

// Children written straight into a test database with random values in every column the
// tracker sorts or filters on: few distinct values, so that every sort has long runs of equal
// values (and NULLs) where its later columns decide. The same seed gives the same children.

#include "domain/TextKey.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

namespace enc::test {

inline void addRandomChildren(Database &db, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList surnames = {QStringLiteral("Smith"),         QStringLiteral("Smyth"),
                                  QStringLiteral("Patel"),         QStringLiteral("Khan"),
                                  QStringLiteral("Akhtar-Rahman"), QStringLiteral("Jones"),
                                  QStringLiteral("Ó Briain")};
    const QStringList forenames = {QStringLiteral("Amira"), QStringLiteral("Sam"),
                                   QStringLiteral("Jo"), QStringLiteral("Zoë"),
                                   QStringLiteral("Pat")};
    QVERIFY(db.transaction([&]() -> Status {
        for (int i = 0; i < 4; ++i) {
            if (Status s =
                    Sql::exec(db.sql(), QStringLiteral("INSERT INTO area (name) VALUES (:n)"),
                              {{QStringLiteral("n"), QStringLiteral("Area %1").arg(i)}});
                !s)
                return s;
            if (Status s = Sql::exec(
                    db.sql(),
                    QStringLiteral("INSERT INTO setting (name, name_key) VALUES (:n, :n)"),
                    {{QStringLiteral("n"), QStringLiteral("setting %1").arg(i)}});
                !s)
                return s;
        }
        const auto date = [&](int nullOneIn, int days) {
            return random.bounded(nullOneIn) == 0
                       ? QVariant(QMetaType(QMetaType::QString))
                       : QVariant(Sql::isoDate(QDate(2024, 1, 1).addDays(random.bounded(days))));
        };
        const auto idOrNull = [&](int n) {
            const int v = random.bounded(n + 1);
            return v == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(v);
        };
        for (int i = 0; i < count; ++i) {
            const QString surname = surnames[random.bounded(int(surnames.size()))];
            const QString forename = forenames[random.bounded(int(forenames.size()))];
            const bool escalated = random.bounded(5) == 0;
            if (Status s = Sql::exec(
                    db.sql(),
                    QStringLiteral(
                        "INSERT INTO child (forename, surname, forename_key, surname_key, "
                        "date_of_birth, area_id, setting_id, status, ppn_count, "
                        "last_incident_on, next_action_due, escalated, created_at, updated_at, "
                        "archived_at) VALUES (:f, :s, :fk, :sk, :dob, :area, :setting, :status, "
                        ":ppns, :last, :due, :esc, '2026-01-01', '2026-01-01', :archived)"),
                    {{QStringLiteral("f"), forename},
                     {QStringLiteral("s"), surname},
                     {QStringLiteral("fk"), TextKey::name(forename)},
                     {QStringLiteral("sk"), TextKey::name(surname)},
                     {QStringLiteral("dob"), date(20, 30)},
                     {QStringLiteral("area"), idOrNull(4)},
                     {QStringLiteral("setting"), idOrNull(4)},
                     {QStringLiteral("status"), random.bounded(3) == 0
                                                    ? QStringLiteral("greened_off")
                                                    : QStringLiteral("open")},
                     {QStringLiteral("ppns"), random.bounded(4)},
                     {QStringLiteral("last"), date(6, 20)},
                     {QStringLiteral("due"), date(2, 10)},
                     {QStringLiteral("esc"), escalated ? 1 : 0},
                     {QStringLiteral("archived"), random.bounded(10) == 0
                                                      ? QVariant(QStringLiteral("2026-02-01"))
                                                      : QVariant(QMetaType(QMetaType::QString))}});
                !s)
                return s;
        }
        // Not prepared: the server prepares only SELECT, INSERT, UPDATE and DELETE.
        QSqlQuery analyze(db.sql());
        if (!analyze.exec(QStringLiteral("ANALYZE")))
            return Status::failure(Sql::errorText(analyze));
        return {};
    }));
}

} // namespace enc::test
