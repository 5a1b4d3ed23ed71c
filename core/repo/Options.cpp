#include "Options.h"

#include "OptionCatalog.h"
#include "storage/Access.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Options", text);
}
} // namespace

QString Options::value(const QString &key, const QString &fallback) const
{
    auto v = Sql::scalar(m_db, QStringLiteral("SELECT value FROM config WHERE key = :key"),
                         {{QStringLiteral("key"), key}});
    if (!v || v->isNull())
        return fallback;
    return v->toString();
}

Status Options::setValue(const QString &key, const QString &value)
{
    if (Status s =
            Access::require(m_db, Access::Right::Options, tr("changing the office's settings"));
        !s)
        return s;
    const QString before = this->value(key);
    if (Status s =
            Sql::exec(m_db,
                      QStringLiteral("INSERT INTO config (key, value) VALUES (:key, :value) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
        !s)
        return s;
    return Audit::record(m_db, QStringLiteral("set-option"), QStringLiteral("config"), 0, 0,
                         {{key, before}}, {{key, value}});
}

QHash<QString, QString> Options::catalogValues() const
{
    QHash<QString, QString> values;
    for (const OptionSpec &spec : OptionCatalog::all())
        values.insert(spec.key, value(spec.key, spec.fallback));
    return values;
}

Status Options::change(Database &db, const QHash<QString, QString> &changes, QStringList *changed)
{
    if (Status s =
            Access::require(db.sql(), Access::Right::Options, tr("changing the office's settings"));
        !s)
        return s;
    QHash<QString, QString> normal;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const OptionSpec *spec = OptionCatalog::find(it.key());
        if (!spec)
            return Status::failure(
                tr("There is no option \"%1\" (\"encompass-cli options list\" lists them).")
                    .arg(it.key()),
                it.key());
        auto v = OptionCatalog::normalise(*spec, it.value());
        if (!v)
            return v.error();
        normal.insert(spec->key, *v);
    }
    QStringList done;
    const Status result = db.transaction([&]() -> Status {
        done.clear(); // a transaction retried starts again
        Options options(db.sql());
        QHash<QString, QString> together = options.catalogValues();
        for (auto it = normal.begin(); it != normal.end(); ++it)
            together.insert(it.key(), it.value());
        if (Status s = OptionCatalog::consistent(together); !s)
            return s;
        QStringList keys = normal.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            if (options.value(key, OptionCatalog::find(key)->fallback) == normal.value(key))
                continue;
            if (Status s = options.setValue(key, normal.value(key)); !s)
                return s;
            done.append(key);
        }
        return {};
    });
    if (result && changed)
        *changed = done;
    return result;
}

EscalationConfig Options::escalation() const
{
    EscalationConfig c;
    c.threshold = value(QStringLiteral("escalation.threshold"), QStringLiteral("3")).toInt();
    c.windowMonths = value(QStringLiteral("escalation.window_months"), QStringLiteral("3")).toInt();
    c.perHousehold = value(QStringLiteral("escalation.per_household"), QStringLiteral("0")) ==
                     QLatin1String("1");
    c.countMissing = value(QStringLiteral("escalation.count_missing"), QStringLiteral("0")) ==
                     QLatin1String("1");
    return c;
}

Status Options::setEscalation(const EscalationConfig &c)
{
    if (c.threshold < 2 || c.threshold > 20)
        return Status::failure(tr("The escalation count must be between 2 and 20."),
                               QStringLiteral("escalation.threshold"));
    if (c.windowMonths < 1 || c.windowMonths > 24)
        return Status::failure(tr("The escalation window must be between 1 and 24 months."),
                               QStringLiteral("escalation.window_months"));
    if (Status s = setValue(QStringLiteral("escalation.threshold"), QString::number(c.threshold));
        !s)
        return s;
    if (Status s =
            setValue(QStringLiteral("escalation.window_months"), QString::number(c.windowMonths));
        !s)
        return s;
    if (Status s = setValue(QStringLiteral("escalation.per_household"),
                            c.perHousehold ? QStringLiteral("1") : QStringLiteral("0"));
        !s)
        return s;
    return setValue(QStringLiteral("escalation.count_missing"),
                    c.countMissing ? QStringLiteral("1") : QStringLiteral("0"));
}

ScheduleConfig Options::schedule() const
{
    ScheduleConfig c;
    const QString days = value(QStringLiteral("schedule.days"));
    if (!days.isEmpty()) {
        c.days.clear();
        for (const QString &d : days.split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.days.append(d.toInt());
    }
    c.start = QTime::fromString(value(QStringLiteral("schedule.start"), QStringLiteral("11:00")),
                                QStringLiteral("HH:mm"));
    c.end = QTime::fromString(value(QStringLiteral("schedule.end"), QStringLiteral("12:00")),
                              QStringLiteral("HH:mm"));
    c.reviewDay = value(QStringLiteral("schedule.review_day"), QStringLiteral("5")).toInt();
    c.dayTimes = OptionCatalog::dayTimes(value(QStringLiteral("schedule.day_times")));
    return c;
}

Status Options::setSchedule(const ScheduleConfig &c)
{
    if (c.days.isEmpty())
        return Status::failure(tr("Choose at least one meeting day."),
                               QStringLiteral("schedule.days"));
    if (!c.start.isValid() || !c.end.isValid() || c.end <= c.start)
        return Status::failure(tr("The meeting must end after it starts."),
                               QStringLiteral("schedule.end"));
    QStringList days;
    for (int d : c.days)
        days << QString::number(d);
    for (const auto &[key, v] :
         {std::pair{QStringLiteral("schedule.days"), days.join(QLatin1Char(','))},
          std::pair{QStringLiteral("schedule.start"), c.start.toString(QStringLiteral("HH:mm"))},
          std::pair{QStringLiteral("schedule.end"), c.end.toString(QStringLiteral("HH:mm"))},
          std::pair{QStringLiteral("schedule.review_day"), QString::number(c.reviewDay)}}) {
        if (Status s = setValue(key, v); !s)
            return s;
    }
    return {};
}

int Options::ageMin() const
{
    return value(QStringLiteral("age.min"), QStringLiteral("0")).toInt();
}

int Options::ageMax() const
{
    return value(QStringLiteral("age.max"), QStringLiteral("5")).toInt();
}

Status Options::setAgeBand(int minYears, int maxYears)
{
    if (minYears < 0 || maxYears > 25 || minYears > maxYears)
        return Status::failure(tr("The age band must run from a lower to a higher age, 0 to 25."),
                               QStringLiteral("age.max"));
    if (Status s = setValue(QStringLiteral("age.min"), QString::number(minYears)); !s)
        return s;
    return setValue(QStringLiteral("age.max"), QString::number(maxYears));
}

int Options::quorumPercent() const
{
    return value(QStringLiteral("quorum.percent"), QStringLiteral("75")).toInt();
}

Status Options::setQuorumPercent(int percent)
{
    if (percent < 1 || percent > 100)
        return Status::failure(tr("The quorum must be between 1% and 100%."),
                               QStringLiteral("quorum.percent"));
    return setValue(QStringLiteral("quorum.percent"), QString::number(percent));
}

QString Options::officeName() const
{
    return value(QStringLiteral("office.name"), tr("Early Help Office"));
}

} // namespace enc

namespace enc {

bool Options::minutesNameChildren() const
{
    return value(QStringLiteral("minutes.name_children"), QStringLiteral("0")) ==
           QLatin1String("1");
}

Status Options::setMinutesNameChildren(bool full)
{
    return setValue(QStringLiteral("minutes.name_children"),
                    full ? QStringLiteral("1") : QStringLiteral("0"));
}

int Options::idleLockMinutes() const
{
    const int minutes = value(QStringLiteral("lock.idle_minutes"), QStringLiteral("10")).toInt();
    return minutes >= 1 && minutes <= 120 ? minutes : 10;
}

Status Options::setIdleLockMinutes(int minutes)
{
    if (minutes < 1 || minutes > 120)
        return Status::failure(tr("The idle lock must be between 1 and 120 minutes."),
                               QStringLiteral("lock.idle_minutes"));
    return setValue(QStringLiteral("lock.idle_minutes"), QString::number(minutes));
}

} // namespace enc
