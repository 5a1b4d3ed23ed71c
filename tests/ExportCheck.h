#pragma once

// What the CSV-injection tests share: names a police file can carry that a spreadsheet would
// run as formulas, the daily file that carries them, and the checks made on what came out.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace enc::test::exports {

// Each is a formula (or starts like one) in Excel or LibreOffice when a cell begins with it.
inline QStringList hostileNames()
{
    return {QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"), QStringLiteral("+SUM(1+1)"),
            QStringLiteral("=cmd|'/c calc'!A0"), QStringLiteral("-2+3"), QStringLiteral("@SUM(1)")};
}

// One member of a zip archive (an .xlsx), by the unzip program; empty when it is not there.
inline QByteArray unzip(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// A text as one field of a CSV file the police could send.
inline QByteArray csvQuoted(const QString &text)
{
    return '"' + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
}

// A police daily file with one child per hostile name (as forename and, shifted by one, as
// surname), none at a known setting; school names the setting of every row when not empty.
inline QByteArray hostileDailyFile(const QString &school = {})
{
    const QStringList names = hostileNames();
    QByteArray out = "Occurrence Number,Incident Date,Time,Forename,Surname,DOB,School,"
                     "DASH Risk,Presence\r\n";
    for (int i = 0; i < names.size(); ++i) {
        out += "HX" + QByteArray::number(i) + ",0" + QByteArray::number(i + 1) + "/03/2025,10:00," +
               csvQuoted(names.at(i)) + ',' + csvQuoted(names.at((i + 1) % names.size())) + ",0" +
               QByteArray::number(i + 1) + "/04/2022," +
               (school.isEmpty() ? QByteArray() : csvQuoted(school)) + ",Standard,Present\r\n";
    }
    return out;
}

// The cells of CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF), BOM skipped.
inline QList<QStringList> parseCsv(QByteArray bytes, QChar separator = QLatin1Char(','))
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            row << cell, cell.clear();
        } else if (c == QLatin1Char('\n')) {
            if (cell.endsWith(QLatin1Char('\r')))
                cell.chop(1);
            row << cell, cell.clear();
            rows << row, row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

// True when a spreadsheet would read the cell as a formula: it begins (after any spaces)
// with =, +, -, @, a tab or a carriage return.
inline bool formulaLike(const QString &cell)
{
    for (const QChar c : cell) {
        if (QStringLiteral("=+-@\t\r").contains(c))
            return true;
        if (c != QLatin1Char(' ') && c != QLatin1Char('\n'))
            return false;
    }
    return false;
}

// The cells that a spreadsheet would run, as "row:column: text" (empty when none).
inline QStringList formulaCells(const QList<QStringList> &rows)
{
    QStringList found;
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (qsizetype c = 0; c < rows.at(r).size(); ++c)
            if (formulaLike(rows.at(r).at(c)))
                found << QStringLiteral("%1:%2: %3").arg(r + 1).arg(c + 1).arg(rows.at(r).at(c));
    return found;
}

// How many cells hold one of the hostile names, shown as text (after the ' that keeps it so;
// the import may change the names' case).
inline int hostileCells(const QList<QStringList> &rows)
{
    int n = 0;
    for (const QStringList &row : rows)
        for (const QString &cell : row)
            for (const QString &name : hostileNames())
                if (cell.contains(name, Qt::CaseInsensitive))
                    ++n;
    return n;
}

} // namespace enc::test::exports
