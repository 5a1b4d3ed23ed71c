#include "cli/ImportReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace enc::cli {

namespace {

// A JSON string as QJsonDocument writes it. Text with nothing to escape (no quote, backslash,
// control character or lone surrogate) is its UTF-8 between quotes; anything else is left to
// Qt's own writer, so that the escapes are Qt's exactly.
void appendString(QByteArray &out, const QString &text)
{
    bool plain = true;
    bool ascii = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || (u >= 0xD800 && u <= 0xDFFF)) {
            plain = false;
            break;
        }
        ascii = ascii && u < 0x80;
    }
    if (plain && ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size() + 2);
        char *to = out.data() + at;
        *to++ = '"';
        for (const QChar c : text)
            *to++ = char(c.unicode());
        *to = '"';
        return;
    }
    if (plain) {
        out += '"';
        out += text.toUtf8();
        out += '"';
        return;
    }
    const QByteArray one = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(one).sliced(1, one.size() - 2); // without the array's brackets
}

// One member of a row's object: 12 spaces in, as the rows' objects sit 8 in.
void appendKey(QByteArray &out, const char *key)
{
    out += "            \"";
    out += key;
    out += "\": ";
}

// The rows' objects, each with its keys in QJsonObject's (sorted) order, added to out.
void appendRows(QByteArray &out, const QList<RowOutcome> &rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RowOutcome &row = rows.at(i);
        out += "        {\n";
        appendKey(out, "child");
        appendString(out, row.child);
        out += ",\n";
        appendKey(out, "child_id");
        out += row.childId > 0 ? QByteArray::number(row.childId) : QByteArray("null");
        out += ",\n";
        appendKey(out, "reason");
        appendString(out, row.reason);
        out += ",\n";
        appendKey(out, "reference");
        appendString(out, row.reference);
        out += ",\n";
        appendKey(out, "row");
        out += QByteArray::number(row.row);
        out += ",\n";
        appendKey(out, "status");
        appendString(out, ImportReport::statusKey(row.status));
        out += ",\n";
        appendKey(out, "warnings");
        out += "[\n";
        for (qsizetype w = 0; w < row.warnings.size(); ++w) {
            out += "                ";
            appendString(out, row.warnings.at(w));
            out += w + 1 < row.warnings.size() ? ",\n" : "\n";
        }
        out += "            ]\n";
        out += i + 1 < rows.size() ? "        },\n" : "        }\n";
    }
}

} // namespace

QByteArray importReportJson(const ImportReport &r, bool dryRun, const QJsonObject &extra)
{
    QJsonObject o = r.countsJson();
    o.insert(QStringLiteral("file"), r.fileName);
    o.insert(QStringLiteral("sha256"), r.sha256);
    if (!r.sheet.isEmpty())
        o.insert(QStringLiteral("sheet"), r.sheet);
    o.insert(QStringLiteral("sheet_chosen_by_contents"), r.sheetChosen);
    o.insert(QStringLiteral("header_row"), r.headerRow);
    o.insert(QStringLiteral("profile"), r.profile);
    o.insert(QStringLiteral("dry_run"), dryRun);
    o.insert(QStringLiteral("committed"), r.committed);
    o.insert(QStringLiteral("batch_id"), r.batchId > 0 ? QJsonValue(r.batchId) : QJsonValue());
    o.insert(QStringLiteral("notice"), r.notice);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    QJsonArray errors;
    for (const RowOutcome &row : r.rows) {
        if (row.status == RowStatus::Error) {
            errors.append(QJsonObject{{QStringLiteral("row"), row.row},
                                      {QStringLiteral("column"), row.column},
                                      {QStringLiteral("message"), row.reason}});
        }
    }
    QJsonArray missed;
    for (const MissedChild &m : r.missed) {
        missed.append(QJsonObject{{QStringLiteral("reference"), m.reference},
                                  {QStringLiteral("child_id"), m.childId},
                                  {QStringLiteral("child"), m.child},
                                  {QStringLiteral("reason"), m.reason}});
    }
    o.insert(QStringLiteral("missed"), missed);
    o.insert(QStringLiteral("row_errors"), errors);
    // The rows are written into the empty array left for them. Its text cannot appear elsewhere:
    // a key at the top level is the only thing that starts a line with four spaces and a quote.
    o.insert(QStringLiteral("rows"), QJsonArray());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (r.rows.isEmpty())
        return json;
    static constexpr QByteArrayView emptyRows = "\n    \"rows\": [\n    ]";
    const qsizetype at = json.indexOf(emptyRows);
    if (at < 0)
        return json;
    // One buffer, grown seldom: the report is megabytes.
    qsizetype size = json.size();
    for (const RowOutcome &row : r.rows) {
        size += 200 + 2 * (row.child.size() + row.reason.size() + row.reference.size());
        for (const QString &w : row.warnings)
            size += 20 + 2 * w.size();
    }
    QByteArray out;
    out.reserve(size);
    out += QByteArrayView(json).first(at + emptyRows.size() - 5); // up to and with "[\n"
    appendRows(out, r.rows);
    out += QByteArrayView(json).sliced(at + emptyRows.size() - 5);
    return out;
}

} // namespace enc::cli
