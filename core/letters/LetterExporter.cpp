#include "LetterExporter.h"
#include "storage/Sha256.h"

#include "EmlDraft.h"
#include "LetterContent.h"
#include "LetterDocument.h"
#include "LetterSelection.h"
#include "PdfProtector.h"
#include "RenderQueue.h"
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
#include <QSet>
#include <QTextDocument>
#include <QThread>

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

// A file name that carries no child's name and overwrites neither an earlier letter nor one
// of this batch (taken: the batch's paths so far; files are written after all are laid out).
QString freePath(const QDir &dir, const QString &stem, const QString &ext, QSet<QString> &taken)
{
    QString path = dir.filePath(stem + QLatin1Char('.') + ext);
    for (int n = 2; QFileInfo::exists(path) || taken.contains(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(ext));
    taken.insert(path);
    return path;
}
QString pathFor(const LetterRequest &request, const PlannedLetter &letter, int sequence,
                QSet<QString> &taken)
{
    const QDir dir(QFileInfo(request.folder).absoluteFilePath());
    QString stem = QStringLiteral("%1-%2-setting-%3")
                       .arg(LetterKinds::code(request.kind), request.today.toString(Qt::ISODate))
                       .arg(letter.setting.id);
    if (request.perChild)
        stem += QStringLiteral("-letter-%1").arg(sequence);
    return freePath(dir, stem, extension(request.format), taken);
}

void removeAll(const QList<WrittenLetter> &written)
{
    for (const WrittenLetter &w : written)
        QFile::remove(w.path);
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
                                          const QImage &logo, const LetterFieldOptions &options,
                                          const LetterRequest &request, const QString &baseName)
{
    auto doc = LetterDocument::build(html(letterTemplate, letter, office, options, request.today),
                                     office, logo);
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

Status LetterExporter::logAll(QList<WrittenLetter> &written, const LetterTemplate &letterTemplate,
                              const LetterRequest &request)
{
    return m_db.transaction([&]() -> Status {
        for (WrittenLetter &w : written) {
            Disclosure d;
            d.kind = LetterKinds::disclosureKind(request.kind);
            d.recipient = w.recipient;
            d.settingId = w.settingId;
            d.fields = w.fields;
            d.fileName = w.path;
            d.sha256 = w.sha256;
            d.childIds = w.childIds;
            d.templateId = letterTemplate.id;
            auto logged = Disclosures(m_db).record(d);
            if (!logged)
                return logged.error();
            w.disclosureId = *logged;
        }
        return {};
    });
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
    const QList<PlannedLetter> &batch = letters; // read, never changed, by the workers
    QSet<QString> taken;
    QStringList paths;
    for (int i = 0; i < total; ++i)
        paths << pathFor(request, batch.at(i), i + 1, taken);
    const QImage logo = LetterDocument::logo(office);
    const LetterTemplate &used = run.usedTemplate;
    const int threads = request.threads > 0 ? request.threads : QThread::idealThreadCount();
    // Workers lay out letters and make their files' bytes; only this thread touches the
    // database and the folder.
    RenderQueue queue(total, threads, [&](int i) -> Result<RenderedLetter> {
        auto bytes = render(used, batch.at(i), office, logo, options, request,
                            QFileInfo(paths.at(i)).completeBaseName());
        if (!bytes)
            return bytes.error();
        const QByteArray sha = Sha256::hash(*bytes);
        return RenderedLetter{*bytes, QString::fromLatin1(sha.toHex())};
    });

    QList<RenderedLetter> rendered;
    rendered.reserve(total);
    for (int i = 0; i < total; ++i) {
        if (request.progress && !request.progress(i, total)) {
            run.cancelled = true; // nothing written, nothing logged
            return run;
        }
        auto letter = queue.take(i);
        if (!letter)
            return letter.error();
        rendered.append(std::move(*letter));
    }

    // The batch is written and logged as one: a letter that is not in the disclosure log
    // must not leave the office, so every file is removed when any step fails.
    const QStringList fields = Placeholders::disclosedFields(used.body, request.kind, options);
    for (int i = 0; i < total; ++i) {
        const QString &path = paths.at(i);
        const QByteArray &bytes = rendered.at(i).bytes;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            removeAll(run.written);
            return Result<LetterRun>::failure(
                tr("Could not write %1: %2. No letter was written.")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        WrittenLetter w;
        w.path = path;
        w.settingId = batch.at(i).setting.id;
        w.settingName = batch.at(i).setting.name;
        w.recipient = recipientText(batch.at(i).setting);
        w.childIds = childIdsOf(batch.at(i));
        w.fields = fields;
        w.sha256 = rendered.at(i).sha256;
        run.written.append(w);
        rendered[i].bytes.clear(); // written: no need to hold it any longer
    }
    if (Status logged = logAll(run.written, used, request); !logged) {
        removeAll(run.written);
        return logged.error();
    }
    if (request.progress)
        request.progress(total, total);
    return run;
}

} // namespace enc
