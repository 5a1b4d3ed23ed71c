#include "reports/ReportCsv.h"

#include "domain/DateInput.h"
#include "reports/ReportTables.h"
#include "storage/OpenDatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace enc {

namespace {

QString field(const QVariant &value, CellKind kind)
{
    QString text;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'f', 1);
    case QMetaType::QDate:
        return kind == CellKind::Month ? value.toDate().toString(QStringLiteral("yyyy-MM"))
                                       : DateInput::format(value.toDate());
    default:
        text = value.toString();
    }
    // A name that starts like a formula must stay text when a spreadsheet opens the file.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) &&
        !ReportTables::isMarker(value))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QByteArray ReportCsv::render(const Report &report, bool suppress)
{
    QString out;
    const auto line = [&out](const QStringList &cells) {
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line({field(QCoreApplication::translate("enc::ReportCsv", "Encompass Tracker report"),
                CellKind::Text)});
    line({field(ReportTables::subtitle(report, suppress), CellKind::Text)});
    for (const ReportTable &t : ReportTables::build(report, suppress)) {
        out += QStringLiteral("\r\n");
        line({field(t.title, CellKind::Text)});
        QStringList headers;
        for (const ReportColumn &c : t.columns)
            headers << field(c.title, CellKind::Text);
        line(headers);
        for (const QVariantList &row : t.rows) {
            QStringList cells;
            for (int i = 0; i < row.size(); ++i)
                cells << field(row[i], t.columns.value(i).kind);
            line(cells);
        }
    }
    // A byte order mark, so spreadsheet programs read accents (Siân) correctly.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status ReportCsv::write(const QString &path, const Report &report, bool suppress)
{
    if (Status s = OpenDatabases::refuse(path); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(render(report, suppress)) < 0 ||
        !file.commit()) {
        return Status::failure(
            QCoreApplication::translate("enc::ReportCsv", "Cannot write the CSV file %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace enc
