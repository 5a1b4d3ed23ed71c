#pragma once

// Reading the cells of a police spreadsheet: dates in every form forces use, times, names,
// risk grades. Each parse returns a value or a message a person can act on; the caller
// adds the row and column.

#include "Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QTime>

namespace enc {

struct DateTimeCell
{
    QDate date;
    QTime time; // invalid when the cell held no time
};

struct PersonName
{
    QString forename;
    QString surname;
};

class CellParser
{
public:
    CellParser() = delete;

    // dd/mm/yyyy, d/m/yy, yyyy-mm-dd, dd-mm-yyyy, dd.mm.yyyy, "5 Jan 2024", an Excel serial
    // number, each optionally followed by a time. A two-digit year is 20yy, and an error
    // when that is after today. Empty text gives an invalid date.
    static Result<DateTimeCell> dateTime(const QString &text, QDate today);
    // HH:mm, HH:mm:ss, HHmm, H.mm, or an Excel day fraction (0.5 = 12:00).
    static Result<QTime> time(const QString &text);
    // The date of an Excel serial day number (1900 date system); invalid when out of range.
    static QDate fromExcelSerial(double serial, QTime *time = nullptr);
    // "SURNAME, Forename" or "Forename [Middle] Surname".
    static PersonName splitName(const QString &text);
    // Upper-case names from police systems in title case ("O'BRIEN" -> "O'Brien");
    // names already in mixed case are kept as written.
    static QString tidyName(const QString &text);
    // Removes control characters (NUL, BEL, DEL, C1) and whole terminal escape sequences
    // ("\x1b[31m") from text, tabs and line breaks becoming spaces; true when any was found.
    static bool stripControls(QString *text);
    // Standard/low, medium, high (or S/M/H), or a force's level: "Level 1"/"1" is standard,
    // 2 medium, 3 high; Unknown when empty; ok false when unrecognised.
    static DashRisk risk(const QString &text, bool *ok);
    // The office's own words for its grades, from the office setting RiskWordsKey
    // ("Amber=medium; Red=high; Level 2=high"), by folded word; read before the usual words.
    // An entry that is not word=grade is left out and named in *error.
    static QHash<QString, DashRisk> riskWords(const QString &setting, QString *error = nullptr);
    static constexpr const char *RiskWordsKey = "import.risk_words";
    // An age as police systems write it, in whole years: "3", "3 yrs", "3 years",
    // "18 months", "9 mths", "2y 4m"; -1 when the cell is empty or not an age.
    static int age(const QString &text);
    // What a setting cell means when it names no setting ("Not in setting", "None", "Home
    // educated", "EHE", "Out of area"); Unknown for a setting's name or URN.
    static SettingKnown settingWord(const QString &text);
    // Domestic abuse ("DA", "Domestic incident", "Domestic Abuse - Non Crime") or a missing
    // child ("Missing person", "MFH", "MISPER - Child"); empty is domestic abuse, the usual
    // PPN; ok false for any other type of incident, or one whose words say both.
    static PpnType ppnType(const QString &text, bool *ok);
    static CrimeKind crime(const QString &text, bool *ok);
    static Presence presence(const QString &text, bool *ok);
};

} // namespace enc
