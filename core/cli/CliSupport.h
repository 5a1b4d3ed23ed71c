#pragma once

// What every encompass-cli subcommand shares: its parsed command line, one-line errors,
// text tables, JSON on stdout, dates and opening the database.

#include "Result.h"
#include "cli/CliApp.h"
#include "domain/Records.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonValue>
#include <QStringList>

#include <memory>
#include <optional>

namespace enc::cli {

// The global options, as read before the subcommand.
struct Context
{
    QString dbPath;        // --db, or the default file
    bool dbDefault = true; // true when --db was not given
    // Why the database was refused, when it was (set by openDatabase: the exit status).
    mutable Database::Refusal refused = Database::Refusal::None;
};

// One subcommand's parser: its own options plus --db, --help and (when it reads) --json.
class Command
{
public:
    Command(QString name, const QString &description, bool json);

    QCommandLineParser &parser() { return m_parser; }
    // Parses args (args[0] is the subcommand); nullopt to go on, else the exit code
    // (help printed: Ok; bad usage reported: Usage).
    std::optional<int> parse(const QStringList &args, Context &context);
    bool json() const { return m_json && m_parser.isSet(QStringLiteral("json")); }
    QString value(const QString &option) const { return m_parser.value(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString helpText() const;

private:
    QString m_name;
    bool m_json = false;
    QCommandLineParser m_parser;
};

// Prints "encompass-cli: message" as one line on stderr.
void printError(const QString &message);
// "--option: message" for an error about the value of an option (its field, or option when
// given); the message alone when the error names no field or a condition that no option gives
// (a stale "version", a lost "connection" to the server).
QString fieldMessage(const Error &error, const QString &option = {});
// Writes text to stdout as UTF-8 (a newline is added when missing).
void printOut(const QString &text);
// Writes a JSON object or array to stdout, indented.
void printJson(const QJsonValue &value);
// Writes JSON already written as text (QJsonDocument's) to stdout, as printJson does.
void printJsonText(const QByteArray &json);
// True when stderr is a terminal (progress lines go there only then).
bool stderrIsTerminal();

// Text columns aligned with spaces; numeric columns aligned to the right.
class Table
{
public:
    explicit Table(QStringList headers, QList<int> rightAligned = {});
    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }
    QString render() const;

private:
    QStringList m_headers;
    QList<int> m_right;
    QList<QStringList> m_rows;
};

// dd/MM/yyyy for text, empty when not known.
QString textDate(QDate date);
// yyyy-MM-dd for JSON, null when not known.
QJsonValue jsonDate(QDate date);

// Reads a date option (yyyy-MM-dd or dd/MM/yyyy); fallback when the option is absent.
Result<QDate> dateOption(const Command &command, const QString &option, QDate fallback);
// Reads a whole-number option in min..max; fallback when the option is absent.
Result<qint64> numberOption(const Command &command, const QString &option, qint64 fallback,
                            qint64 min, qint64 max);

// Opens the database named by the context; prints the error (one line) and returns null
// when it cannot be used. The default file's folder is created only for Mode::OpenOrCreate.
std::unique_ptr<Database> openDatabase(const Context &context, Database::Mode mode);
// The same for a command that only reads: a read-only file (or one in a read-only folder) is
// opened for reading, with a note on stderr, instead of being refused.
std::unique_ptr<Database> openForReading(const Context &context);

// True when r holds a value; else prints its error (one line) and is false:
// "if (!usable(child)) return Usage;".
template <typename T> bool usable(const Result<T> &r)
{
    if (!r)
        printError(r.errorText());
    return bool(r);
}

// Reads --child ID (required).
Result<Id> childOption(const Command &command);
// Runs "NAME VERB ..." by its verb (args[0] is NAME): usage for no verb or an unknown one.
int dispatch(Context &context, const QStringList &args, const QString &name,
             const QList<QPair<QString, int (*)(Context &, const QStringList &)>> &subs);

} // namespace enc::cli
