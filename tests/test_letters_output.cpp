// Letters as a setting receives them: PDF, .odt and e-mail drafts hold the proportionate
// fields and nothing else; every file is in the disclosure log.

#include "test_letters_fixture.h"

#include "letters/LetterExporter.h"
#include "letters/LetterSelection.h"
#include "letters/PdfProtector.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace enc;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Headers of a message (unfolded) and the decoded attachment.
struct ParsedEml
{
    QHash<QByteArray, QByteArray> headers;
    QByteArray attachment;
    QByteArray attachmentType;
    QByteArray text;
};

ParsedEml parseEml(const QByteArray &bytes)
{
    ParsedEml out;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    for (const QByteArray &line : bytes.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        out.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray type = out.headers.value("content-type");
    const QByteArray boundary = "--" + type.mid(type.indexOf("boundary=\"") + 10).chopped(1);
    const QByteArray joined = bytes.mid(end);
    qsizetype at = joined.indexOf(boundary);
    while (at >= 0) {
        const qsizetype next = joined.indexOf(boundary, at + boundary.size());
        if (next < 0)
            break;
        const QByteArray part = joined.mid(at + boundary.size(), next - at - boundary.size());
        const qsizetype body = part.indexOf("\r\n\r\n");
        const QByteArray head = part.left(body).toLower();
        const QByteArray data =
            QByteArray::fromBase64(part.mid(body + 4).replace("\r\n", QByteArray()));
        if (head.contains("attachment")) {
            out.attachment = data;
            out.attachmentType = head;
        } else {
            out.text = data;
        }
        at = next;
    }
    return out;
}

} // namespace

class TestLettersOutput : public QObject
{
    Q_OBJECT

private slots:
    void pdfHoldsOnlyProportionateFields();
    void optionalFieldsWhenSwitchedOn();
    void largeLogoEmbeddedAtPageResolution();
    void childrenWithoutSettingAreListed();
    void perChildLetters();
    void meetingSelection();
    void encryptedPdfNeedsPassword();
    void emlDraftHeadersAndAttachment();
    void odtWritten();
    void disclosureLogged();
    void proformaChase();
    void missingFolderRefused();
    void signOffKeptWithText();
    void officeContactOnLetter();

private:
    Result<LetterRun> write(test::LettersFixture &f, LetterRequest request,
                            const QList<LetterEntry> *entries = nullptr);
    QTemporaryDir m_out;
};

Result<LetterRun> TestLettersOutput::write(test::LettersFixture &f, LetterRequest request,
                                           const QList<LetterEntry> *entries)
{
    if (request.folder.isEmpty()) {
        const QString sub = QString::number(QDateTime::currentMSecsSinceEpoch()) +
                            QString::number(quintptr(&request));
        QDir(m_out.path()).mkpath(sub);
        request.folder = m_out.filePath(sub);
    }
    request.today = f.today;
    auto selected = LetterSelection(*f.db).receivedOn(f.received);
    if (!selected)
        return selected.error();
    return LetterExporter(*f.db).write(entries ? *entries : *selected, request);
}

void TestLettersOutput::pdfHoldsOnlyProportionateFields()
{
    test::LettersFixture f;
    auto run = write(f, {});
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    QCOMPARE(run->written.size(), 2); // setting A (Zoë, Ava), setting B (Noah)
    const WrittenLetter &a = run->written.at(0);
    QCOMPARE(a.settingId, f.settingA);
    QCOMPARE(a.childIds, (QList<Id>{f.zoe, f.ava}));
    auto [code, raw] = test::pdfText(a.path);
    QCOMPARE(code, 0);
    const QString text = test::squeezed(raw);
    for (const QString &allowed :
         {test::LettersFixture::awkwardName(), QStringLiteral("Ava Brook"),
          QStringLiteral("14 March 2021"), QStringLiteral("2 May 2020"),
          QStringLiteral("24 July 2024 22:15"), QStringLiteral("TST2400001"),
          QStringLiteral("Little Acorns Nursery"), QStringLiteral("Pat Lead"),
          QStringLiteral("25 July 2024"), QStringLiteral("Page 1 of"),
          QStringLiteral("not to be discussed with the parents"),
          QStringLiteral("does not replace your setting's safeguarding procedures"),
          QStringLiteral("please delete this notification and tell us")})
        QVERIFY2(text.contains(allowed),
                 qPrintable(allowed + QStringLiteral(" missing in: ") + text));
    for (const QString &never : test::LettersFixture::forbidden())
        QVERIFY2(!text.contains(never), qPrintable(never + QStringLiteral(" leaked")));
    // Age and addresses are off unless the office switches them on.
    QVERIFY(!text.contains(QLatin1String("Age")));
    QVERIFY(!text.contains(QLatin1String("1 Test Row")));
    // Files are named by the setting and the date; no child's name in any file name
    // ("Brook" is also setting B's name, Brook Childminding, so it is not a test here).
    QStringList names;
    for (const WrittenLetter &w : run->written) {
        const QString name = QFileInfo(w.path).fileName();
        names << name;
        for (const QString &part :
             {QStringLiteral("Zo"), QStringLiteral("Ava"), QStringLiteral("Noah"),
              QStringLiteral("Hill"), QStringLiteral("O-Neil"), QStringLiteral("Neil")})
            QVERIFY2(!name.contains(part), qPrintable(name));
    }
    QVERIFY2(names.contains(QStringLiteral("notification-2024-07-25-Little-Acorns-Nursery.pdf")),
             qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY2(names.contains(QStringLiteral("notification-2024-07-25-Brook-Childminding.pdf")),
             qPrintable(names.join(QLatin1Char(' '))));
    auto [codeB, rawB] = test::pdfText(run->written.at(1).path);
    QVERIFY(rawB.contains(QLatin1String("Noah Hill")));
    QVERIFY(!rawB.contains(QLatin1String("Ava")));
}

void TestLettersOutput::optionalFieldsWhenSwitchedOn()
{
    test::LettersFixture f;
    Options o(f.db->sql());
    QVERIFY(o.setValue(QStringLiteral("letters.include_age"), QStringLiteral("1")));
    QVERIFY(o.setValue(QStringLiteral("letters.include_home_address"), QStringLiteral("1")));
    QVERIFY(o.setValue(QStringLiteral("letters.include_incident_address"), QStringLiteral("1")));
    QVERIFY(o.setValue(QStringLiteral("office.name"), QStringLiteral("Early Help Office")));
    QVERIFY(o.setValue(QStringLiteral("office.address"), QStringLiteral("1 Civic Way")));
    QImage logo(64, 32, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    const QString logoPath = m_out.filePath(QStringLiteral("logo.png"));
    QVERIFY(logo.save(logoPath));
    QVERIFY(o.setValue(QStringLiteral("office.logo_path"), logoPath));
    auto run = write(f, {});
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    const QString text = test::squeezed(test::pdfText(run->written.at(0).path).second);
    QVERIFY2(text.contains(QLatin1String("Age 3")), qPrintable(text)); // Zoë on 24/07/2024
    QVERIFY(text.contains(QLatin1String("1 Test Row, TE1 1ST")));
    QVERIFY(text.contains(QLatin1String("99 Hidden Close")));
    QVERIFY(text.contains(QLatin1String("Early Help Office")));
    QVERIFY(text.contains(QLatin1String("1 Civic Way")));
    QVERIFY(run->written.at(0).fields.contains(QStringLiteral("incident.address")));
    QProcess images; // the letterhead's logo is in the PDF
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), run->written.at(0).path});
    QVERIFY(images.waitForFinished(30000));
    QVERIFY2(images.readAllStandardOutput().contains(" image "), "no logo in the PDF");
    for (const QString &never : {QStringLiteral("Garth"), QStringLiteral("High"),
                                 QStringLiteral("knife"), QStringLiteral("Noah")})
        QVERIFY(!text.contains(never));
}

// The images pdfimages lists in a PDF: {width, height} of each.
static QList<QSize> pdfImages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (!p.waitForFinished(30000))
        return {};
    QList<QSize> sizes;
    // page num type width height ...: two header lines, then one line per image.
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines.at(i).simplified().split(' ');
        if (cols.size() > 4)
            sizes << QSize(cols.at(3).toInt(), cols.at(4).toInt());
    }
    return sizes;
}

void TestLettersOutput::largeLogoEmbeddedAtPageResolution()
{
    test::LettersFixture f;
    Options o(f.db->sql());
    // A designer's original, far sharper than the page: 1800 x 600 pixels.
    QImage logo(1800, 600, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    const QString big = m_out.filePath(QStringLiteral("big-logo.png"));
    QVERIFY(logo.save(big));
    QVERIFY(o.setValue(QStringLiteral("office.logo_path"), big));
    auto run = write(f, {});
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    // Printed 60/96 inch high: 188 dots at the PDF's 300 dots per inch, the shape kept.
    QCOMPARE(pdfImages(run->written.at(0).path), QList<QSize>{QSize(564, 188)});

    // A logo no sharper than the page goes in as it is.
    const QString small = m_out.filePath(QStringLiteral("small-logo.png"));
    QVERIFY(logo.scaled(150, 50).save(small));
    QVERIFY(o.setValue(QStringLiteral("office.logo_path"), small));
    auto again = write(f, {});
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(pdfImages(again->written.at(0).path), QList<QSize>{QSize(150, 50)});
}

void TestLettersOutput::childrenWithoutSettingAreListed()
{
    test::LettersFixture f;
    auto run = write(f, {});
    QVERIFY(run.ok());
    QCOMPARE(run->skipped.size(), 1);
    QCOMPARE(run->skipped.first().childId, f.leo);
    QVERIFY(run->skipped.first().reason.contains(QLatin1String("Not in a setting")));
}

void TestLettersOutput::perChildLetters()
{
    test::LettersFixture f;
    LetterRequest r;
    r.perChild = true;
    auto run = write(f, r);
    QVERIFY(run.ok());
    QCOMPARE(run->written.size(), 3);
    for (const WrittenLetter &w : run->written)
        QCOMPARE(w.childIds.size(), 1);
    const QString zoe = test::pdfText(run->written.at(0).path).second;
    QVERIFY(!zoe.contains(QLatin1String("Ava")));
}

void TestLettersOutput::meetingSelection()
{
    test::LettersFixture f;
    auto heard = LetterSelection(*f.db).heardAt(f.meeting);
    QVERIFY(heard.ok());
    QCOMPARE(heard->size(), 2);
    auto run = write(f, {}, &*heard);
    QVERIFY(run.ok());
    QCOMPARE(run->written.size(), 2);
    QCOMPARE(run->written.at(0).childIds, QList<Id>{f.zoe});
    const QString text = test::pdfText(run->written.at(0).path).second;
    QVERIFY(text.contains(QLatin1String("TST2400001")));
    QVERIFY(!text.contains(QLatin1String("knife"))); // the meeting's rationale
    QVERIFY(!LetterSelection(*f.db).heardAt(9999).ok());
}

void TestLettersOutput::encryptedPdfNeedsPassword()
{
    test::LettersFixture f;
    LetterRequest r;
    r.password = "s3cret Pässword";
    auto run = write(f, r);
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    const QString path = run->written.at(0).path;
    const QByteArray pdf = readAll(path);
    QVERIFY(PdfProtector::isEncrypted(pdf));
    QVERIFY(PdfProtector::opensWith(pdf, r.password));
    QVERIFY(!PdfProtector::opensWith(pdf, {}));
    QVERIFY(!PdfProtector::opensWith(pdf, "wrong"));
    QVERIFY(test::pdfText(path).first != 0);
    QVERIFY(test::pdfText(path, "wrong").first != 0);
    auto [code, text] = test::pdfText(path, r.password);
    QCOMPARE(code, 0);
    QVERIFY(test::squeezed(text).contains(test::LettersFixture::awkwardName()));
    QVERIFY(!pdf.contains("TST2400001"));
    // The password is stored nowhere.
    auto found = Sql::scalar(f.db->sql(),
                             QStringLiteral("SELECT count(*) FROM audit WHERE after LIKE :p OR "
                                            "before LIKE :p"),
                             {{QStringLiteral("p"), QStringLiteral("%s3cret%")}});
    QCOMPARE(found->toInt(), 0);
    QVERIFY(!readAll(f.db.path()).contains("s3cret"));
}

void TestLettersOutput::emlDraftHeadersAndAttachment()
{
    test::LettersFixture f;
    LetterRequest r;
    r.format = LetterFormat::Eml;
    auto run = write(f, r);
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    // Setting B has no DSL e-mail: its child is listed, not lost.
    QCOMPARE(run->written.size(), 1);
    QCOMPARE(run->skipped.size(), 2);
    QCOMPARE(run->skipped.at(1).childId, f.noah);
    QVERIFY(run->skipped.at(1).reason.contains(QLatin1String("e-mail address")));

    const QString path = run->written.at(0).path;
    QVERIFY(path.endsWith(QLatin1String(".eml")));
    const QByteArray bytes = readAll(path);
    const ParsedEml mail = parseEml(bytes);
    QCOMPARE(mail.headers.value("to"), QByteArray("\"Pat Lead\" <dsl@acorns.example.org>"));
    QCOMPARE(mail.headers.value("cc"), QByteArray("\"Sam Deputy\" <deputy@acorns.example.org>"));
    QCOMPARE(mail.headers.value("x-unsent"), QByteArray("1"));
    QCOMPARE(mail.headers.value("mime-version"), QByteArray("1.0"));
    QVERIFY(mail.headers.value("content-type").startsWith("multipart/mixed"));
    QVERIFY(!mail.headers.value("date").isEmpty());
    const QByteArray subject = mail.headers.value("subject");
    QVERIFY(subject.contains("Little Acorns Nursery"));
    for (const char *name : {"Zo", "Ava", "Brook", "O'Neil"})
        QVERIFY2(!subject.contains(name), subject.constData());
    QVERIFY(!QString::fromUtf8(mail.text).contains(QLatin1String("Ava")));
    QVERIFY(mail.attachmentType.contains("application/pdf"));
    QVERIFY(mail.attachment.startsWith("%PDF-"));
    // The attachment decodes to a PDF a reader opens, with the letter in it.
    const QString pdfPath = QFileInfo(path).absolutePath() + QStringLiteral("/attached.pdf");
    QFile out(pdfPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(mail.attachment);
    out.close();
    const QString text = test::squeezed(test::pdfText(pdfPath).second);
    QVERIFY(text.contains(test::LettersFixture::awkwardName()));
    QVERIFY(!text.contains(QLatin1String("Garth")));
    // Same bytes: the attachment, encoded again, is what the message carries.
    QByteArray flat = bytes;
    flat.replace("\r\n", "");
    QVERIFY(flat.contains(mail.attachment.toBase64()));
}

void TestLettersOutput::odtWritten()
{
    test::LettersFixture f;
    LetterRequest r;
    r.format = LetterFormat::Odt;
    auto run = write(f, r);
    QVERIFY(run.ok());
    const QString path = run->written.at(0).path;
    QVERIFY(path.endsWith(QLatin1String(".odt")));
    QVERIFY(readAll(path).startsWith("PK"));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(xml.contains(QLatin1String("TST2400001")));
    QVERIFY(xml.contains(QLatin1String("&lt;b&gt;O'Neil &amp; {child.name}")) ||
            xml.contains(QLatin1String("&lt;b&gt;O&apos;Neil &amp; {child.name}")));
    QVERIFY(!xml.contains(QLatin1String("Garth")));
    LetterRequest bad;
    bad.format = LetterFormat::Odt;
    bad.password = "x";
    QVERIFY(!write(f, bad).ok());
}

void TestLettersOutput::disclosureLogged()
{
    test::LettersFixture f;
    auto run = write(f, {});
    QVERIFY(run.ok());
    for (const WrittenLetter &w : run->written) {
        auto q = Sql::run(f.db->sql(),
                          QStringLiteral("SELECT user_name, kind, setting_id, fields, file_name, "
                                         "sha256, template_id, recipient FROM disclosure WHERE "
                                         "id = :id"),
                          {{QStringLiteral("id"), w.disclosureId}});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("tester"));
        QCOMPARE(q->value(1).toString(), QStringLiteral("notification letter"));
        QCOMPARE(q->value(2).toLongLong(), w.settingId);
        QCOMPARE(
            q->value(3).toString(),
            QStringLiteral("child.name,child.dob,incident.date,incident.time,police.reference"));
        QCOMPARE(q->value(4).toString(), w.path);
        const QByteArray sha =
            QCryptographicHash::hash(readAll(w.path), QCryptographicHash::Sha256).toHex();
        QCOMPARE(q->value(5).toString(), QString::fromLatin1(sha));
        QCOMPARE(q->value(6).toLongLong(), run->usedTemplate.id);
    }
    QVERIFY(run->written.at(0).recipient.contains(QLatin1String("dsl@acorns.example.org")));
    // The child's timeline shows it.
    auto zoe = Disclosures(*f.db).forChild(f.zoe);
    QVERIFY(zoe.ok());
    QCOMPARE(zoe->size(), 1);
    QCOMPARE(zoe->first().sha256, run->written.at(0).sha256);
    QCOMPARE(Disclosures(*f.db).forChild(f.leo)->size(), 0);
}

void TestLettersOutput::proformaChase()
{
    test::LettersFixture f;
    auto overdue = LetterSelection(*f.db).overdueProformas(f.today);
    QVERIFY(overdue.ok());
    QCOMPARE(overdue->size(), 1);
    LetterRequest r;
    r.kind = LetterKind::ProformaChase;
    auto run = write(f, r, &*overdue);
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    QCOMPARE(run->written.size(), 1);
    const QString text = test::squeezed(test::pdfText(run->written.at(0).path).second);
    QVERIFY(text.contains(QLatin1String("Ava Brook")));
    QVERIFY(text.contains(QLatin1String("15 July 2024")));
    QVERIFY(!text.contains(QLatin1String("Garth")));
    QVERIFY(
        QFileInfo(run->written.at(0).path).fileName().startsWith(QLatin1String("proforma-chase")));
    LetterRequest req;
    req.kind = LetterKind::ProformaRequest;
    auto request = write(f, req);
    QVERIFY(request.ok());
    const QString offer = test::squeezed(test::pdfText(request->written.at(0).path).second);
    QVERIFY(offer.contains(QLatin1String("Early Help Assessment")));
    QVERIFY(offer.contains(QLatin1String("Reducing Parental Conflict")));
}

void TestLettersOutput::missingFolderRefused()
{
    test::LettersFixture f;
    LetterRequest r;
    r.folder = m_out.filePath(QStringLiteral("no/such/folder"));
    auto run = write(f, r);
    QVERIFY(!run.ok());
    QVERIFY(run.errorText().contains(QLatin1String("does not exist")));
}

QTEST_MAIN(TestLettersOutput)
// Found from outside: a three-child letter put only "Yours faithfully" and the name on
// page 2. For one to six children in one letter, the paragraph before the sign-off is
// whole on the sign-off's page.
void TestLettersOutput::signOffKeptWithText()
{
    test::LettersFixture f;
    Children children(*f.db);
    QList<PpnChild> named;
    for (int k = 1; k <= 6; ++k) {
        Child c;
        c.forename = QStringLiteral("Child%1").arg(QChar(u'A' + k));
        c.surname = QStringLiteral("Longfellow-Threlkeld");
        c.dateOfBirth = QDate(2021, k, 10);
        c.address = QStringLiteral("1 Test Row");
        c.settingId = f.settingA;
        c.settingKnown = SettingKnown::Known;
        auto saved = children.add(c);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        named.append({saved->id, Presence::Present});
        Ppn p;
        p.policeReference = QStringLiteral("TSTSIGN%1").arg(k);
        p.incidentDate = QDate(2024, 9, k);
        p.receivedOn = QDate(2024, 9, k);
        p.children = named;
        QVERIFY(Ppns(*f.db).add(p, p.receivedOn).ok());
        auto selected = LetterSelection(*f.db).receivedOn(p.receivedOn);
        QVERIFY(selected.ok());
        LetterRequest request;
        request.folder = m_out.filePath(QStringLiteral("sign%1").arg(k));
        QVERIFY(QDir().mkpath(request.folder));
        request.today = p.receivedOn;
        auto run = LetterExporter(*f.db).write(*selected, request);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run->written.size(), 1);
        auto [code, text] = test::pdfText(run->written.first().path);
        QCOMPARE(code, 0);
        QStringList pages = text.split(QLatin1Char('\f'));
        while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        const QString last = pages.last();
        const qsizetype at = last.indexOf(QLatin1String("Yours faithfully"));
        QVERIFY2(at >= 0,
                 qPrintable(QStringLiteral("%1 children: sign-off split: %2").arg(k).arg(last)));
        // The paragraph before the sign-off starts on its page: not only the sign-off, nor
        // the sign-off and the tail of a sentence begun on the page before.
        QVERIFY2(test::squeezed(last.left(at)).contains(QLatin1String("Keep a record of this")),
                 qPrintable(QStringLiteral("%1 children: page %2 begins %3")
                                .arg(k)
                                .arg(pages.size())
                                .arg(test::squeezed(last).left(80))));
    }
}

// Item 8 of issue 19: every letter says how the setting reaches the office.
void TestLettersOutput::officeContactOnLetter()
{
    test::LettersFixture f;
    Options options(f.db->sql());
    QVERIFY(options.setValue(QStringLiteral("office.phone"), QStringLiteral("01632 960123")).ok());
    QVERIFY(
        options.setValue(QStringLiteral("office.email"), QStringLiteral("earlyhelp@example.org"))
            .ok());
    auto run = write(f, {});
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    for (const WrittenLetter &w : run->written) {
        auto [code, raw] = test::pdfText(w.path);
        QCOMPARE(code, 0);
        const QString text = test::squeezed(raw);
        QVERIFY2(text.contains(QLatin1String("Telephone 01632 960123")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("E-mail earlyhelp@example.org")), qPrintable(text));
    }
}

#include "test_letters_output.moc"
