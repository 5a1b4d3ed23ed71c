#pragma once

#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace enc {

// One data row of the police spreadsheet, read and checked: one child at one incident.
struct ImportRow
{
    int row = 0; // the row number in the file
    QString reference;
    QDate incidentDate;
    QTime incidentTime;
    QString forename;
    QString surname;
    QDate dateOfBirth; // invalid when the file gave only an age
    int age = -1;      // in years, when the file gives one
    QString gender;
    QString setting; // name or URN as written
    QString homeAddress;
    QString incidentAddress;
    QString postcode;
    PpnType type = PpnType::DomesticAbuse;
    bool typeWritten = false; // the file said the type (not an empty cell or no column)
    DashRisk risk = DashRisk::Unknown;
    QString riskText; // the risk as the force wrote it ("Level 2", "M")
    CrimeKind crime = CrimeKind::Unknown;
    Presence presence = Presence::Unknown;
    QStringList warnings;
};

// A row that cannot be imported: which row, which column (its heading), and why.
struct RowError
{
    int row = 0;
    QString column;
    QString message;
    QString reference; // as written, when the row has one
};

} // namespace enc
