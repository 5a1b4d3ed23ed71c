// report: the planning report for a period, as text or JSON, and exported to files.

#include "cli/Commands.h"

#include "storage/Audit.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportCsv.h"
#include "reports/ReportPdf.h"
#include "reports/ReportTables.h"
#include "reports/ReportXlsx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace enc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::cli", text);
}

QJsonValue jsonCell(const QVariant &v, CellKind kind)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QDate:
        return kind == CellKind::Month ? QJsonValue(v.toDate().toString(QStringLiteral("yyyy-MM")))
                                       : jsonDate(v.toDate());
    default:
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    }
}

// Each child's PPN by when its setting was told: on time (the same day or by the next working
// day), late, not sent. Suppressed whole when any count is small (1 to 4): a total less the
// parts shown would give a hidden one back.
QJsonObject timelinessJson(const Timeliness &t, bool suppress)
{
    const QList<qint64> parts{t.sameDay, t.nextWorkingDay, t.later, t.notYet};
    const bool hidden = suppress && std::any_of(parts.begin(), parts.end(),
                                                [](qint64 n) { return n >= 1 && n <= 4; });
    auto count = [hidden](qint64 n) {
        return hidden ? QJsonValue() : QJsonValue(n);
    };
    return {{QStringLiteral("on_time"), count(t.onTime())},
            {QStringLiteral("same_day"), count(t.sameDay)},
            {QStringLiteral("next_working_day"), count(t.nextWorkingDay)},
            {QStringLiteral("late"), count(t.later)},
            {QStringLiteral("not_sent"), count(t.notYet)},
            {QStringLiteral("total"), count(t.total())}};
}

// The period's PPNs by type; both hidden when either is small (the total gives one back).
QJsonObject typesJson(const Report &r, bool suppress)
{
    const auto small = [](qint64 n) {
        return n >= 1 && n <= 4;
    };
    const bool hidden = suppress && (small(r.ppnsDomesticAbuse) || small(r.ppnsMissingChild));
    auto count = [hidden](qint64 n) {
        return hidden ? QJsonValue() : QJsonValue(n);
    };
    return {{QStringLiteral("domestic_abuse"), count(r.ppnsDomesticAbuse)},
            {QStringLiteral("missing_child"), count(r.ppnsMissingChild)}};
}

QJsonObject toJson(const Report &report, const QList<ReportTable> &tables, bool suppress)
{
    QJsonArray list;
    for (const ReportTable &t : tables) {
        QJsonArray columns;
        for (const ReportColumn &c : t.columns)
            columns.append(c.title);
        QJsonArray rows;
        for (const QVariantList &row : t.rows) {
            QJsonArray cells;
            for (int i = 0; i < row.size(); ++i)
                cells.append(jsonCell(row[i], t.columns.value(i).kind));
            rows.append(cells);
        }
        list.append(QJsonObject{{QStringLiteral("key"), t.key},
                                {QStringLiteral("title"), t.title},
                                {QStringLiteral("columns"), columns},
                                {QStringLiteral("rows"), rows}});
    }
    return {{QStringLiteral("from"), jsonDate(report.from)},
            {QStringLiteral("to"), jsonDate(report.to)},
            {QStringLiteral("suppressed"), suppress},
            {QStringLiteral("ppns_by_type"), typesJson(report, suppress)},
            {QStringLiteral("timeliness"), timelinessJson(report.timeliness, suppress)},
            {QStringLiteral("tables"), list}};
}

QString toText(const Report &report, const QList<ReportTable> &tables, bool suppress)
{
    QString text =
        tr("Encompass Tracker report: %1\n").arg(ReportTables::subtitle(report, suppress));
    for (const ReportTable &t : tables) {
        QStringList headers;
        QList<int> right;
        for (int i = 0; i < t.columns.size(); ++i) {
            headers << t.columns[i].title;
            if (t.columns[i].kind != CellKind::Text)
                right << i;
        }
        Table table(headers, right);
        for (const QVariantList &row : t.rows) {
            QStringList cells;
            for (int i = 0; i < row.size(); ++i)
                cells << ReportTables::display(row[i], t.columns.value(i).kind);
            table.addRow(cells);
        }
        text += QLatin1Char('\n') + t.title + QLatin1Char('\n') + table.render();
    }
    return text;
}

} // namespace

int runReport(Context &context, const QStringList &args)
{
    Command command(QStringLiteral("report"),
                    tr("The planning report for a period: PPNs per month, by area and setting, "
                       "repeat PPNs, escalations, triage outcomes, proformas, notification "
                       "timeliness, meetings and attendance. Prints the tables, and exports "
                       "them to Excel, PDF or CSV."),
                    true);
    auto &p = command.parser();
    const auto option = [&p](const QString &name, const QString &help, const QString &value) {
        p.addOption(QCommandLineOption(name, help, value));
    };
    option(QStringLiteral("from"),
           tr("First day of the period, yyyy-mm-dd or dd/mm/yyyy (required)."), tr("date"));
    option(QStringLiteral("to"), tr("Last day of the period, yyyy-mm-dd or dd/mm/yyyy (required)."),
           tr("date"));
    option(QStringLiteral("xlsx"), tr("Also write the report to this Excel file."), tr("file"));
    option(QStringLiteral("pdf"), tr("Also write the report to this PDF file."), tr("file"));
    option(QStringLiteral("csv"), tr("Also write the report to this CSV file."), tr("file"));
    option(QStringLiteral("top"), tr("Areas and settings listed (default 20)."), tr("n"));
    p.addOption(QCommandLineOption(
        QStringLiteral("suppress-small"),
        tr("Show counts of 1 to 4 as \"<5\" (and hide figures that could reveal them), for "
           "sharing outside the office.")));
    if (auto done = command.parse(args, context))
        return *done;
    for (const QString &required : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!command.isSet(required)) {
            printError(tr("report: give --%1. See \"encompass-cli report --help\".").arg(required));
            return Usage;
        }
    }
    auto from = dateOption(command, QStringLiteral("from"), {});
    auto to = from ? dateOption(command, QStringLiteral("to"), {}) : from;
    auto top = numberOption(command, QStringLiteral("top"), 20, 1, 1000);
    if (!from || !to || !top) {
        printError(!from ? from.errorText() : !to ? to.errorText() : top.errorText());
        return Usage;
    }
    const bool suppress = command.isSet(QStringLiteral("suppress-small"));

    // Each export is logged in the database: only a report on screen can do with reading.
    const bool exports = command.isSet(QStringLiteral("xlsx")) ||
                         command.isSet(QStringLiteral("pdf")) ||
                         command.isSet(QStringLiteral("csv"));
    auto db =
        exports ? openDatabase(context, Database::Mode::OpenExisting) : openForReading(context);
    if (!db)
        return Usage;
    auto report = ReportBuilder::build(db->sql(), *from, *to, int(*top));
    if (!report) {
        printError(report.errorText());
        return Usage;
    }

    QStringList written;
    const auto exportTo = [&](const QString &name, auto writer) {
        if (!command.isSet(name))
            return true;
        const QString path = command.value(name);
        if (Status s = writer(path, *report, suppress); !s) {
            printError(s.errorText());
            return false;
        }
        if (Status s = Audit::recordExport(
                db->sql(), QStringLiteral("report-") + name, QFileInfo(path).absoluteFilePath(), {},
                {{QStringLiteral("from"), report->from.toString(Qt::ISODate)},
                 {QStringLiteral("to"), report->to.toString(Qt::ISODate)},
                 {QStringLiteral("suppressed"), suppress}});
            !s) {
            printError(s.errorText());
            return false;
        }
        written << QDir::toNativeSeparators(path);
        return true;
    };
    const bool ok = exportTo(QStringLiteral("xlsx"), &ReportXlsx::write) &&
                    exportTo(QStringLiteral("pdf"), &ReportPdf::write) &&
                    exportTo(QStringLiteral("csv"), &ReportCsv::write);

    const QList<ReportTable> tables = ReportTables::build(*report, suppress);
    if (command.json()) {
        QJsonObject o = toJson(*report, tables, suppress);
        o.insert(QStringLiteral("written"), QJsonArray::fromStringList(written));
        printJson(o);
    } else {
        QString text = toText(*report, tables, suppress);
        for (const QString &file : written)
            text += tr("Written: %1\n").arg(file);
        printOut(text);
    }
    return ok ? Ok : Problems;
}

} // namespace enc::cli
