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
#include "storage/StagedFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
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
// of this batch or of a batch still staged (taken: file names; files are written after all are
// laid out).
QString freePath(const QDir &dir, const QString &stem, const QString &ext, QSet<QString> &taken)
{
    QString name = stem + QLatin1Char('.') + ext;
    for (int n = 2; QFileInfo::exists(dir.filePath(name)) || taken.contains(name); ++n)
        name = QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(ext);
    taken.insert(name);
    return dir.filePath(name);
}
// The setting's name as a file name can carry it on any system: letters and digits kept
// (accents too), every run of anything else one hyphen, at most 60 characters. A file is
// found by its setting in a folder of letters; no child's name is ever part of it.
QString settingPart(const Setting &setting)
{
    QString out;
    for (const QChar c : setting.name) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    out = out.left(60);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("setting-%1").arg(setting.id) : out;
}

QString pathFor(const LetterRequest &request, const PlannedLetter &letter, int sequence,
                QSet<QString> &taken)
{
    const QDir dir(QFileInfo(request.folder).absoluteFilePath());
    QString stem = QStringLiteral("%1-%2-%3")
                       .arg(LetterKinds::code(request.kind), request.today.toString(Qt::ISODate),
                            settingPart(letter.setting));
    if (request.perChild)
        stem += QStringLiteral("-letter-%1").arg(sequence);
    return freePath(dir, stem, extension(request.format), taken);
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

Status LetterExporter::logAll(LetterRun &run, const LetterRequest &request, StagedFiles &staging)
{
    return m_db.transaction([&]() -> Status {
        // The default template is stored as version 1 only by a batch that is logged: a failed
        // or stopped one leaves no template and no audit entry behind.
        if (run.usedTemplate.id == 0) {
            auto stored = LetterTemplates(m_db).current(request.kind);
            if (!stored)
                return stored.error();
            if (stored->body != run.usedTemplate.body)
                return Status::failure(
                    tr("The letter template was changed at another desk while these letters "
                       "were being written: nothing was logged. Write them again."));
            run.usedTemplate = *stored;
        }
        for (WrittenLetter &w : run.written) {
            Disclosure d;
            d.kind = LetterKinds::disclosureKind(request.kind);
            d.recipient = w.recipient;
            d.settingId = w.settingId;
            d.fields = w.fields;
            d.fileName = w.path;
            d.sha256 = w.sha256;
            d.childIds = w.childIds;
            d.templateId = run.usedTemplate.id;
            auto logged = Disclosures(m_db).record(d);
            if (!logged)
                return logged.error();
            w.disclosureId = *logged;
            if (request.kind == LetterKind::ProformaRequest ||
                request.kind == LetterKind::ProformaChase)
                if (Status s =
                        Proformas(m_db).noteLetters(request.kind == LetterKind::ProformaChase,
                                                    *logged, w.childIds, request.today);
                    !s)
                    return s;
        }
        return staging.markLogged();
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
    // A batch another program (encompass-cli killed, say) left since this database was opened.
    run.notes = StagedFiles::recover(m_db);
    auto current = LetterTemplates(m_db).latestOrDefault(request.kind);
    if (!current)
        return current.error();
    run.usedTemplate = *current;
    const Options optionStore(m_db.sql());
    const LetterFieldOptions options = LetterFieldOptions::fromOptions(optionStore);
    const OfficeDetails office = OfficeDetails::fromOptions(optionStore);

    const FilteredEntries chosen = LetterFilters::apply(entries, request.filter, request.kind);
    run.leftOut = chosen.leftOut;
    auto plan = LetterSelection(m_db).plan(chosen.kept, request.perChild);
    if (!plan)
        return plan.error();
    run.skipped = chosen.highRisk + plan->skipped;

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
    // Names that a batch still staged in the folder (another desk's, or one a stop left) takes.
    QSet<QString> taken = StagedFiles::pendingNames(request.folder);
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

    if (total == 0) {
        if (request.progress)
            request.progress(0, 0);
        return run;
    }
    // A letter that is not in the disclosure log must not leave the office, so none is in the
    // folder before the log holds it: the batch is written into a hidden folder inside it (its
    // record in the database comes first), logged in one transaction that also marks the batch
    // logged, and only then moved in. A stop at any point is finished or undone by the next
    // start of the window or encompass-cli, or the next batch (StagedFiles::recover).
    // What each letter disclosed: its wording's condition decides (a missing child's, both).
    QHash<QString, QStringList> fieldsFor;
    for (const PlannedLetter &letter : batch) {
        const QString condition = LetterContent::condition(letter);
        if (!fieldsFor.contains(condition))
            fieldsFor.insert(condition, Placeholders::disclosedFields(used.body, request.kind,
                                                                      options, condition));
    }
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    const QString folderPath = QFileInfo(request.folder).absoluteFilePath();
    qint64 stillToWrite = 0;
    for (const RenderedLetter &r : rendered)
        stillToWrite += r.bytes.size();
    auto staging = StagedFiles::begin(m_db, folderPath, names);
    if (!staging) {
        const FileWriteError failure{QFileDevice::OpenError, staging.errorText()};
        return Result<LetterRun>::failure(LetterFiles::failureText(
            failure, folderPath, total, LetterFiles::isDiskFull({}, folderPath, stillToWrite)));
    }
    const FileWriter writeFile = request.writeFile ? request.writeFile : LetterFiles::save;
    for (int i = 0; i < total; ++i) {
        const QByteArray &bytes = rendered.at(i).bytes;
        const FileWriteError failure = writeFile((*staging)->stagedPath(i), bytes);
        if (!failure.ok()) {
            (*staging)->discard();
            return Result<LetterRun>::failure(LetterFiles::failureText(
                failure, paths.at(i), total,
                LetterFiles::isDiskFull(failure, folderPath, stillToWrite)));
        }
        stillToWrite -= bytes.size();
        WrittenLetter w;
        w.path = paths.at(i);
        w.settingId = batch.at(i).setting.id;
        w.settingName = batch.at(i).setting.name;
        w.recipient = recipientText(batch.at(i).setting);
        w.childIds = childIdsOf(batch.at(i));
        w.fields = fieldsFor.value(LetterContent::condition(batch.at(i)));
        w.sha256 = rendered.at(i).sha256;
        run.written.append(w);
        rendered[i].bytes.clear(); // written: no need to hold it any longer
    }
    if (Status logged = logAll(run, request, **staging); !logged) {
        (*staging)->discard();
        return logged.error();
    }
    if (Status moved = (*staging)->finish(); !moved)
        return moved.error();
    if (request.progress)
        request.progress(total, total);
    return run;
}

} // namespace enc
