#pragma once

#include "Result.h"

#include <QDate>

#include <functional>

namespace enc {

class Database;

struct DemoOptions
{
    int children = 300;
    quint64 seed = 1;
    QDate today = QDate::currentDate();
    // Called about 100 times; return false to cancel (nothing is then written).
    std::function<bool(int done, int total)> progress;
};

struct DemoStats
{
    int children = 0;
    int households = 0;
    int settings = 0;
    int ppns = 0;
    int meetings = 0;
    int decisions = 0;
    int actions = 0;
    int proformas = 0;
    int escalations = 0;
    int members = 0;
    qint64 elapsedMs = 0;
};

// Fills an empty tracker with synthetic, invented records (children, households,
// settings, members, PPNs, meetings, decisions, actions, proformas, escalations) for
// demonstrations, training and benchmarks. The same seed and today give the same data.
class DemoGenerator
{
public:
    DemoGenerator() = delete;

    // Generates in one transaction; refused when the database already holds children.
    static Result<DemoStats> generate(Database &db, const DemoOptions &options);
};

} // namespace enc
