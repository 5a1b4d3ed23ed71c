#pragma once

// Internal to core/demo: the in-memory plan of the demo data, built before anything is
// written so that the whole of it follows from one random stream.

#include "Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QTime>

#include <functional>
#include <initializer_list>
#include <vector>

namespace enc::demo {

// A seeded stream with the helpers the generator needs.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        const quint32 words[2] = {quint32(seed & 0xffffffffu), quint32(seed >> 32)};
        m_gen = QRandomGenerator(words, 2);
    }
    // lo..hi inclusive.
    int between(int lo, int hi)
    {
        return hi <= lo ? lo : lo + int(m_gen.bounded(quint32(hi - lo + 1)));
    }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    // An index chosen with the given relative weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = between(0, total - 1);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }
    const QString &pick(const QStringList &list) { return list[between(0, int(list.size()) - 1)]; }

private:
    QRandomGenerator m_gen;
};

struct PlanArea
{
    QString name;
    int districtBase = 1; // postcode districts districtBase..districtBase+3
    int weight = 1;
    int children = 0;
    Id id = 0;
};

struct PlanSetting
{
    QString name;
    QString type;
    QString urn;
    QString dslName;
    QString dslEmail;
    QString deputyName;
    QString deputyEmail;
    QString phone;
    QDate verifiedOn;
    int area = 0;
    Id id = 0;
};

struct PlanChild
{
    QString forename;
    QString surname;
    QString gender;
    QString caseReference;
    QString socialWorker;
    QDate dob;
    int household = 0;
    int setting = -1; // index into settings, -1 when settingKnown is not "known"
    QString settingKnown;
    bool socialCare = false;
    Id id = 0;
    // Filled while hearings are written.
    int heard = 0;
    int openActions = 0;
    QDate lastActivity;
    bool awaitingHearing = false;
    Id lastMeeting = 0;
};

struct PlanHousehold
{
    QString address; // street line and town
    QString postcode;
    int area = 0;
    int firstChild = 0;
    int childCount = 0;
    Id id = 0;
};

enum class Risk : quint8
{
    Standard,
    Medium,
    High,
    Unknown
};

struct PlanPpn
{
    QDate incident;
    QTime time; // invalid when not known
    QDate received;
    int household = 0;
    Risk risk = Risk::Standard;
    quint8 crime = 0; // 0 crime, 1 non-crime, 2 unknown
    bool missingChild = false;
    bool elsewhere = false; // incident away from home
    int dash = -1;
    QString reference;
    Id id = 0;
};

struct Plan
{
    QDate today;
    QDate periodStart;
    std::vector<PlanArea> areas;
    std::vector<PlanSetting> settings;
    std::vector<PlanHousehold> households;
    std::vector<PlanChild> children;
    std::vector<PlanPpn> ppns; // in incident order
};

struct PlanMember
{
    QString name;
    QString role;
    QString agency;
    QString email;
    QString commitment;
    QString key; // what the generator uses the member for
    Id id = 0;
};

// Builds areas, settings, households, children and PPNs (names from DemoNames).
Plan makePlan(Random &rng, int children, QDate today);
// The partnership's members, modelled on a terms of reference (invented names).
std::vector<PlanMember> makeMembers();

// Name pools and text fragments (DemoNames.cpp).
namespace names {
const QStringList &girls();
const QStringList &boys();
const QStringList &surnames();
const QStringList &adultForenames();
const QStringList &streets();
const QStringList &streetKinds();
const QStringList &localities();
const QStringList &settingWords();
QString person(Random &rng);
QString asciiKey(const QString &text);
} // namespace names

// A statement prepared once and run many times.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    Status status() const { return m_status; }
    // Binds values in order and runs; returns the new row's id for inserts.
    Result<Id> run(std::initializer_list<QVariant> values);

private:
    QSqlQuery m_query;
    QString m_sql;
    QStringList m_names;
    Status m_status;
};

// Reports progress in steps of about 1%; false once the caller has cancelled.
class Progress
{
public:
    explicit Progress(std::function<bool(int, int)> callback) : m_callback(std::move(callback)) {}
    // done of total within the phase spanning [from, to] percent.
    bool report(int from, int to, qint64 done, qint64 total);
    bool cancelled() const { return m_cancelled; }

private:
    std::function<bool(int, int)> m_callback;
    int m_last = -1;
    bool m_cancelled = false;
};

QVariant isoDate(QDate d);
// An ISO 8601 UTC date-time on d at minuteOfDay (deterministic: never the clock).
QVariant stamp(QDate d, int minuteOfDay);
QString tr(const char *text);

struct HearingCounts
{
    int meetings = 0;
    int decisions = 0;
    int actions = 0;
    int proformas = 0;
};

// DemoWriter.cpp: the records that come straight from the plan.
Status writePlaces(const QSqlDatabase &db, Plan &plan, Progress &progress);
Status writeMembers(const QSqlDatabase &db, std::vector<PlanMember> &members);
Status writePpns(const QSqlDatabase &db, Plan &plan, Random &rng, Progress &progress);
// Status and last update of each child, once hearings are written.
Status writeChildStatus(const QSqlDatabase &db, const Plan &plan, Progress &progress);
// DemoEscalations.cpp: every escalation of the demo's history, at its stage of follow-up.
Status writeEscalations(const QSqlDatabase &db, QDate today, Random &rng);
// DemoHearings.cpp: meetings, attendance, decisions, actions and proformas.
Result<HearingCounts> writeHearings(const QSqlDatabase &db, Plan &plan,
                                    const std::vector<PlanMember> &members, Random &rng,
                                    Progress &progress);

} // namespace enc::demo
