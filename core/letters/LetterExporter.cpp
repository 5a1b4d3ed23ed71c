#include "LetterExporter.h"

#include "EmlDraft.h"
#include "LetterContent.h"
#include "LetterDocument.h"
#include "LetterSelection.h"
#include "PdfProtector.h"
#include "TemplateRenderer.h"
#include "domain/DateInput.h"
#include "repo/Options.h"
#include "repo/Proformas.h"
#include "storage/Access.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextDocument>

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::LetterExporter", text);
}

QString extension(LetterFormat format)
{
    switch (format) {
    case LetterFormat::Pdf:
        return QStringLiteral("pdf");
    case LetterFormat::Odt:
        return QStringLiteral("odt");
    case LetterFormat::Eml:
        return QStringLiteral("eml");
    }
    return {};
}

QString recipientText(const Setting &s)
{
    QStringList to;
    if (!s.dslEmail.trimmed().isEmpty())
        to << s.dslEmail.trimmed();
    if (!s.deputyEmail.trimmed().isEmpty())
        to << s.deputyEmail.trimmed();
    if (to.isEmpty())
        return s.name;
    return QStringLiteral("%1 (%2)").arg(s.name, to.join(QStringLiteral(", ")));
}

QList<Id> childIdsOf(const PlannedLetter &letter)
{
    QList<Id> ids;
    for (const LetterEntry &e : letter.entries) {
        if (!ids.contains(e.child.id))
            ids.append(e.child.id);
    }
    return ids;
}

// A file name that carries no child's name and does not overwrite an earlier letter.
QString freePath(const QDir &dir, const QString &stem, const QString &ext)
{
    QString path = dir.filePath(stem + QLatin1Char('.') + ext);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(ext));
    return path;
}
QString pathFor(const LetterRequest &request, const PlannedLetter &letter, int sequence)
{
    const QDir dir(QFileInfo(request.folder).absoluteFilePath());
    QString stem = QStringLiteral("%1-%2-setting-%3")
                       .arg(LetterKinds::code(request.kind), request.today.toString(Qt::ISODate))
                       .arg(letter.setting.id);
    if (request.perChild)
        stem += QStringLiteral("-letter-%1").arg(sequence);
    return freePath(dir, stem, extension(request.format));
}

} // namespace

QString formatCode(LetterFormat format)
{
    return extension(format);
}

std::optional<LetterFormat> formatFromCode(const QString &code)
{
    for (LetterFormat f : {LetterFormat::Pdf, LetterFormat::Odt, LetterFormat::Eml}) {
        if (extension(f) == code.trimmed().toLower())
            return f;
    }
    return std::nullopt;
}

QString LetterExporter::html(const LetterTemplate &letterTemplate, const PlannedLetter &letter,
                             const OfficeDetails &office, const LetterFieldOptions &options,
                             QDate today)
{
    return TemplateRenderer::render(letterTemplate.body,
                                    LetterContent::valuesFor(letter, office, options, today));
}

Result<QByteArray> LetterExporter::render(const LetterTemplate &letterTemplate,
                                          const PlannedLetter &letter, const OfficeDetails &office,
                                          const LetterFieldOptions &options,
                                          const LetterRequest &request, const QString &baseName)
{
    auto doc =
        LetterDocument::build(html(letterTemplate, letter, office, options, request.today), office);
    const QString title =
        QStringLiteral("%1: %2").arg(LetterKinds::label(request.kind), letter.setting.name);
    if (request.format == LetterFormat::Odt)
        return LetterDocument::toOdt(*doc);
    QByteArray pdf = LetterDocument::toPdf(*doc, title);
    if (!request.password.isEmpty()) {
        auto protectedPdf = PdfProtector::protect(pdf, request.password);
        if (!protectedPdf)
            return protectedPdf.error();
        pdf = *protectedPdf;
    }
    if (request.format == LetterFormat::Pdf)
        return pdf;

    EmlDraft mail;
    mail.from = {office.name, office.email};
    mail.to = {letter.setting.dslName, letter.setting.dslEmail};
    mail.cc = {letter.setting.deputyName, letter.setting.deputyEmail};
    // No child's name in the subject: subjects show in inboxes and logs.
    mail.subject = tr("Operation Encompass: %1 for %2 (%3)")
                       .arg(LetterKinds::label(request.kind), letter.setting.name,
                            DateInput::longFormat(request.today));
    QString text =
        tr("Dear Designated Safeguarding Lead,\n\nPlease find attached a confidential Operation "
           "Encompass document for %1. It is for the Designated Safeguarding Lead and deputy "
           "only, and is not to be discussed with the parents. It does not replace your "
           "setting's safeguarding procedures.\n\nIf a child named in it no longer attends "
           "your setting, please delete it and tell us.\n")
            .arg(letter.setting.name);
    if (!request.password.isEmpty())
        text += tr("\nThe attachment is password protected: we will send you the password "
                   "separately.\n");
    text += QStringLiteral("\n%1\n").arg(office.name);
    mail.text = text;
    mail.attachmentName = baseName + QStringLiteral(".pdf");
    mail.attachment = pdf;
    return mail.toBytes();
}

Result<WrittenLetter> LetterExporter::saveAndLog(const LetterTemplate &letterTemplate,
                                                 const PlannedLetter &letter,
                                                 const LetterFieldOptions &options,
                                                 const LetterRequest &request, const QString &path,
                                                 const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<WrittenLetter>::failure(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));

    WrittenLetter w;
    w.path = path;
    w.settingId = letter.setting.id;
    w.settingName = letter.setting.name;
    w.recipient = recipientText(letter.setting);
    w.childIds = childIdsOf(letter);
    w.fields = Placeholders::disclosedFields(letterTemplate.body, request.kind, options);
    w.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    Disclosure d;
    d.kind = LetterKinds::disclosureKind(request.kind);
    d.recipient = w.recipient;
    d.settingId = w.settingId;
    d.fields = w.fields;
    d.fileName = path;
    d.sha256 = w.sha256;
    d.childIds = w.childIds;
    d.templateId = letterTemplate.id;
    auto logged = Disclosures(m_db).record(d);
    if (!logged) {
        // A letter that is not in the disclosure log must not leave the office.
        QFile::remove(path);
        return logged.error();
    }
    w.disclosureId = *logged;
    return w;
}

Result<LetterRun> LetterExporter::write(const QList<LetterEntry> &entries,
                                        const LetterRequest &request)
{
    // Laying out text needs fonts, which need a QGuiApplication (offscreen will do).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<LetterRun>::failure(
            tr("Letters cannot be laid out in this program: it has no QGuiApplication."));
    const QFileInfo folder(request.folder);
    if (request.folder.isEmpty() || !folder.isDir())
        return Result<LetterRun>::failure(
            tr("The folder \"%1\" does not exist: choose a folder for the letters.")
                .arg(QDir::toNativeSeparators(request.folder)),
            QStringLiteral("out"));
    if (!request.password.isEmpty() && request.format == LetterFormat::Odt)
        return Result<LetterRun>::failure(
            tr("Password protection applies to PDF letters and e-mail drafts, not to .odt."),
            QStringLiteral("password"));

    // Before any file is written: a letter the log would refuse must not be left behind.
    if (Status s = Access::require(m_db.sql(), Access::Right::Letters, tr("writing letters")); !s)
        return s.error();

    LetterRun run;
    auto current = LetterTemplates(m_db).current(request.kind);
    if (!current)
        return current.error();
    run.usedTemplate = *current;
    const Options optionStore(m_db.sql());
    const LetterFieldOptions options = LetterFieldOptions::fromOptions(optionStore);
    const OfficeDetails office = OfficeDetails::fromOptions(optionStore);

    auto plan = LetterSelection(m_db).plan(entries, request.perChild);
    if (!plan)
        return plan.error();
    run.skipped = plan->skipped;

    QList<PlannedLetter> letters;
    for (const PlannedLetter &letter : plan->letters) {
        if (request.format == LetterFormat::Eml && !EmlDraft::isAddress(letter.setting.dslEmail)) {
            const QString reason =
                tr("%1 has no e-mail address for its Designated Safeguarding Lead: add it to the "
                   "setting, or write the letter as PDF.")
                    .arg(letter.setting.name);
            for (Id child : childIdsOf(letter))
                run.skipped.append({child, reason});
            continue;
        }
        letters.append(letter);
    }

    const int total = int(letters.size());
    for (int i = 0; i < total; ++i) {
        if (request.progress && !request.progress(i, total)) {
            run.cancelled = true;
            break;
        }
        // Layout and PDF run on this thread: QTextDocument's layout needs a QThread with
        // an event loop, and letters in worker threads were no faster on a busy machine.
        const QString path = pathFor(request, letters.at(i), i + 1);
        auto bytes = render(*current, letters.at(i), office, options, request,
                            QFileInfo(path).completeBaseName());
        if (!bytes)
            return bytes.error();
        auto written = saveAndLog(*current, letters.at(i), options, request, path, *bytes);
        if (!written)
            return written.error();
        run.written.append(*written);
    }
    if (request.progress && !run.cancelled)
        request.progress(int(letters.size()), int(letters.size()));
    return run;
}

} // namespace enc
