#include "cli/CliSupport.h"

#include "domain/DateInput.h"
#include "storage/StagedFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace enc::cli {

namespace {

// Text from a file (a heading, a cell in a message) may hold control characters: a
// terminal would act on an escape sequence, so each is shown as \xNN instead.
QString visible(const QString &text)
{
    const auto control = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return control(c.unicode()); }))
        return text;
    QString out;
    for (const QChar c : text) {
        if (control(c.unicode()))
            out += QStringLiteral("\\x") +
                   QString::number(c.unicode(), 16).rightJustified(2, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = visible(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Qt prints a command's description as given: wrap it for an 80-column terminal.
QString wrapped(const QString &text, int width = 79)
{
    QString out;
    int column = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > 0 && column + 1 + word.size() > width) {
            out += QLatin1Char('\n');
            column = 0;
        } else if (column > 0) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += int(word.size());
    }
    return out;
}

} // namespace

Command::Command(QString name, const QString &description, bool json)
    : m_name(std::move(name)), m_json(json)
{
    m_parser.setApplicationDescription(wrapped(description));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("enc::cli", "Show the options of this command.")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("enc::cli", "The tracker database file (default: %1).")
            .arg(QDir::toNativeSeparators(Database::defaultPath())),
        QCoreApplication::translate("enc::cli", "path")));
    if (json) {
        m_parser.addOption(QCommandLineOption(
            QStringLiteral("json"),
            QCoreApplication::translate("enc::cli", "Print JSON instead of text.")));
    }
}

std::optional<int> Command::parse(const QStringList &args, Context &context)
{
    QStringList full = args;
    full.prepend(QStringLiteral("encompass-cli"));
    if (!m_parser.parse(full)) {
        printError(
            QCoreApplication::translate("enc::cli", "%1: %2 See \"encompass-cli %1 --help\".")
                .arg(m_name, m_parser.errorText()));
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(helpText());
        return Ok;
    }
    const QStringList extra = m_parser.positionalArguments().mid(1);
    if (!extra.isEmpty()) {
        printError(
            QCoreApplication::translate(
                "enc::cli", "%1: unexpected argument \"%2\". See \"encompass-cli %1 --help\".")
                .arg(m_name, extra.first()));
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("db"))) {
        context.dbPath = m_parser.value(QStringLiteral("db"));
        context.dbDefault = false;
    }
    return std::nullopt;
}

QString Command::helpText() const
{
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString usage =
        QCoreApplication::translate("enc::cli", "Usage: encompass-cli %1 [options]").arg(m_name);
    return firstLineEnd < 0 ? usage : usage + text.mid(firstLineEnd);
}

QString fieldMessage(const Error &error, const QString &option)
{
    if (error.field.isEmpty() || error.field == QLatin1String("version") ||
        error.field == QLatin1String("connection"))
        return error.message;
    return QCoreApplication::translate("enc::cli", "--%1: %2")
        .arg(option.isEmpty() ? error.field : option, error.message);
}

void printError(const QString &message)
{
    QString line = message.trimmed();
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    write(stderr, QStringLiteral("encompass-cli: ") + line + QLatin1Char('\n'));
}

void printOut(const QString &text)
{
    write(stdout, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printJsonText(doc.toJson(QJsonDocument::Indented));
}

void printJsonText(const QByteArray &json)
{
    // JSON escapes every C0 control character in its strings; DEL and the C1 controls (U+0080
    // to U+009F: 0xC2 0x80-0x9F in UTF-8) it leaves, and only those need visible(). An
    // import's report is megabytes: written as it stands, not converted to text and back.
    bool plain = true;
    for (qsizetype i = 0; plain && i < json.size(); ++i) {
        const uchar c = uchar(json.at(i));
        plain = c != 0x7F &&
                !(c == 0xC2 && i + 1 < json.size() && (uchar(json.at(i + 1)) & 0xE0) == 0x80);
    }
    if (!plain) {
        write(stdout, QString::fromUtf8(json));
        return;
    }
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

Table::Table(QStringList headers, QList<int> rightAligned)
    : m_headers(std::move(headers)), m_right(std::move(rightAligned))
{}

void Table::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString Table::render() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            const bool last = i == widths.size() - 1;
            if (i > 0)
                out += QStringLiteral("  ");
            if (m_right.contains(int(i)))
                out += cell.rightJustified(widths[i]);
            else
                out += last ? cell : cell.leftJustified(widths[i]);
        }
        // Trailing spaces would only make the output harder to diff.
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

QString textDate(QDate date)
{
    return DateInput::format(date);
}

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

Result<QDate> dateOption(const Command &command, const QString &option, QDate fallback)
{
    if (!command.isSet(option))
        return fallback;
    return DateInput::parse(command.value(option), QStringLiteral("--") + option);
}

Result<qint64> numberOption(const Command &command, const QString &option, qint64 fallback,
                            qint64 min, qint64 max)
{
    if (!command.isSet(option))
        return fallback;
    const QString text = command.value(option).trimmed();
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max) {
        return Result<qint64>::failure(
            QCoreApplication::translate("enc::cli",
                                        "--%1 \"%2\" is not a whole number from %3 to %4.")
                .arg(option, text)
                .arg(min)
                .arg(max),
            option);
    }
    return n;
}

namespace {

std::unique_ptr<Database> open(const Context &context, Database::Mode mode, bool readOnlyOk)
{
    if (context.dbDefault && mode == Database::Mode::OpenOrCreate) {
        const QString folder = QFileInfo(context.dbPath).absolutePath();
        if (!QDir().mkpath(folder)) {
            printError(QCoreApplication::translate("enc::cli", "Cannot create the folder %1.")
                           .arg(QDir::toNativeSeparators(folder)));
            return nullptr;
        }
    }
    const bool server = Database::isServerAddress(context.dbPath);
    const QString shown = QDir::toNativeSeparators(QFileInfo(context.dbPath).absoluteFilePath());
    if (mode == Database::Mode::OpenExisting && !server && !QFileInfo::exists(context.dbPath)) {
        printError(QCoreApplication::translate("enc::cli",
                                               "There is no database at %1. Create one with "
                                               "\"encompass-cli init\", or name another with --db.")
                       .arg(shown));
        return nullptr;
    }
    auto db = Database::open(context.dbPath, mode);
    context.refused = db ? Database::Refusal::None : Database::refusalOf(db.error());
    if (!db && readOnlyOk && context.refused == Database::Refusal::ReadOnly) {
        auto reading = Database::open(context.dbPath, Database::Mode::ReadOnly);
        if (reading) {
            context.refused = Database::Refusal::None;
            printError(QCoreApplication::translate(
                           "enc::cli", "%1 is read-only: it was opened for reading only.")
                           .arg(shown));
            return std::move(*reading);
        }
    }
    if (!db) {
        QString message = db.errorText();
        if (context.refused == Database::Refusal::Empty && !server) {
            message += QLatin1Char(' ') +
                       QCoreApplication::translate("enc::cli", "For example: encompass-cli --db "
                                                               "NEW-FILE.sqlite init");
        }
        printError(message);
        return nullptr;
    }
    // Every command, first: letters a stop (a kill, a crash) left between the disclosure log
    // and their folder are finished (logged) or removed (not logged), and the user told.
    for (const QString &note : StagedFiles::recover(**db))
        printError(note);
    return std::move(*db);
}

} // namespace

std::unique_ptr<Database> openDatabase(const Context &context, Database::Mode mode)
{
    return open(context, mode, false);
}

std::unique_ptr<Database> openForReading(const Context &context)
{
    return open(context, Database::Mode::OpenExisting, true);
}

Result<Id> childOption(const Command &command)
{
    if (!command.isSet(QStringLiteral("child")))
        return Result<Id>::failure(QCoreApplication::translate(
            "enc::cli", "give --child ID (the number from \"children\")."));
    auto id = numberOption(command, QStringLiteral("child"), 0, 1, 1LL << 62);
    if (!id)
        return id.error();
    return Id(*id);
}

int dispatch(Context &context, const QStringList &args, const QString &name,
             const QList<QPair<QString, int (*)(Context &, const QStringList &)>> &subs)
{
    QStringList names;
    for (const auto &s : subs)
        names << s.first;
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h")) {
        const QString usage =
            QCoreApplication::translate(
                "enc::cli", "Usage: encompass-cli %1 %2 [options]; see \"encompass-cli %1 "
                            "%3 --help\".")
                .arg(name, names.join(QLatin1Char('|')), names.first());
        if (args.size() < 2) {
            printError(usage);
            return Usage;
        }
        printOut(usage);
        return Ok;
    }
    for (const auto &s : subs) {
        if (args.at(1) == s.first)
            return s.second(context, args.mid(1));
    }
    printError(
        QCoreApplication::translate("enc::cli", "unknown %1 command \"%2\": use %3.")
            .arg(name, args.at(1), names.join(QCoreApplication::translate("enc::cli", " or "))));
    return Usage;
}

} // namespace enc::cli
