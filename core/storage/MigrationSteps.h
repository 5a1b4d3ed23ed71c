#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

// The steps of Migrations kept in files of their own (Migrations.cpp holds 1 to 10).
namespace enc::Migrations {
// Runs each statement in order; the first failure names its statement.
Status runAll(QSqlDatabase &db, const QStringList &statements);
Status toVersion11(QSqlDatabase &db);
Status toVersion12(QSqlDatabase &db);
} // namespace enc::Migrations
