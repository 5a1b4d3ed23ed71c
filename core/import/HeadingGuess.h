#pragma once

// Which column of a police spreadsheet holds which field, guessed as a person would: by the
// words of its heading in any order, with punctuation and abbreviations ("Date/Time of Occ",
// "Child's D.O.B.", "Occ No"), then confirmed or decided by what the column holds (a column
// of dates, of date-times, of police reference shapes).

#include "import/ColumnMapping.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace enc {

class HeadingGuess
{
public:
    // header: the heading row; rows: data rows under it (a sample is read); today: for
    // telling recent dates.
    HeadingGuess(const QStringList &header, const QList<QStringList> &rows,
                 QDate today = QDate::currentDate());

    // The columns taken with confidence, each field at most once and each column once.
    ColumnMapping mapping() const { return m_mapping; }

    // The columns that could hold field, best first (heading words or contents), for the
    // message when a field is not found or the guess is unsure.
    QList<int> candidates(ImportField field) const;

    // Fields read from a column while another column scored nearly as well (the guess is
    // unsure): a line each, naming the columns, for the import report.
    // Fields the person chose otherwise in chosen (--map) are not doubted.
    QStringList doubts(const ColumnMapping *chosen = nullptr) const;

    // For a missing field: "Incident date: could be C "When", F "Logged"" (empty when no
    // column could be it).
    QString candidatesText(ImportField field) const;

    // The heading's words: lower case, accents and punctuation gone, camel case and
    // "D.O.B." joined, common abbreviations spelt out ("occ" -> "occurrence").
    static QStringList words(const QString &heading);

    // "C" for the third column, "AA" for the 27th, as a spreadsheet shows it.
    static QString columnLetters(int column);

private:
    struct ColumnFacts
    {
        int filled = 0;       // cells read
        int dates = 0;        // that read as a date (with or without time)
        int dateTimes = 0;    // that read as a date with a time
        int recent = 0;       // dates in the past 20 years
        int times = 0;        // that read as a time only
        int references = 0;   // shaped like a police reference
        int postcodes = 0;    // shaped like a UK postcode
        int smallNumbers = 0; // whole numbers 0-19 (ages)
        int typeWords = 0;    // that read as a notification type (domestic abuse, missing)
    };
    ColumnFacts factsOf(int column, const QList<QStringList> &rows, QDate today) const;
    // How well the heading's words name field (0: not at all); facts decide for headings
    // that say nothing.
    int score(ImportField field, const QSet<QString> &w, const ColumnFacts &facts) const;
    // What the column's contents add to (or take from) the heading's score.
    static int evidence(ImportField field, const ColumnFacts &facts);

    QStringList m_header;
    QHash<ImportField, QList<QPair<int, int>>> m_scores; // field -> (score, column), best first
    ColumnMapping m_mapping;
};

} // namespace enc
