// Letter templates: only allow-listed placeholders can be saved, versions are kept, and
// values print literally.

#include "TestSupport.h"
#include "letters/LetterTemplates.h"
#include "letters/Placeholders.h"
#include "letters/TemplateRenderer.h"
#include "letters/TemplateRows.h"
#include "repo/Options.h"

#include <QTextDocument>

using namespace enc;

class TestLettersTemplates : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreValid();
    void unknownPlaceholderRejectedOnSave();
    void childFieldOutsideListRejected();
    void optionalFieldNeedsOfficeSetting();
    void unbalancedBlocksRejected();
    void savingAddsVersion();
    void awkwardNamePrintsLiterally();
    void conditionalBlockDropsWhenEmpty();
    void rowConditionsAsTheEditorKeepsThem();
    void disclosedFieldsFollowTemplate();
    void nestedChildrenListDoesNotMultiply();
    void deeplyNestedBlocksRenderWithoutCrashing();
};

void TestLettersTemplates::defaultsAreValid()
{
    for (LetterKind k : LetterKinds::all()) {
        auto body = LetterTemplates::defaultBody(k);
        QVERIFY2(body.ok(), qPrintable(body.errorText()));
        Status s = Placeholders::validate(*body, k, LetterFieldOptions{});
        QVERIFY2(s.ok(), qPrintable(LetterKinds::code(k) + QLatin1Char(' ') + s.errorText()));
        QVERIFY(body->contains(QLatin1String("{children}")));
    }
}

void TestLettersTemplates::unknownPlaceholderRejectedOnSave()
{
    test::TempDatabase db;
    LetterTemplates templates(*db);
    auto saved =
        templates.save(LetterKind::Notification, QStringLiteral("Bad"),
                       QStringLiteral("<p>{children}{child.name} {ppn.risk}{/children}</p>"));
    QVERIFY(!saved.ok());
    QVERIFY2(
        saved.errorText().startsWith(QLatin1String("{ppn.risk} is not a field a letter may show")),
        qPrintable(saved.errorText()));
    QCOMPARE(saved.error().field, QStringLiteral("ppn.risk"));
    for (const char *bad : {"{incident.description}", "{other.parties}", "{child.social_worker}",
                            "{ppn.dash_score}"}) {
        const QString body = QStringLiteral("{children}%1{/children}").arg(QLatin1String(bad));
        auto r = templates.save(LetterKind::Notification, QStringLiteral("Bad"), body);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QLatin1String(bad)), qPrintable(r.errorText()));
    }
    QCOMPARE(templates.versions(LetterKind::Notification)->size(), 0);
}

void TestLettersTemplates::childFieldOutsideListRejected()
{
    auto s =
        Placeholders::validate(QStringLiteral("<p>{child.name}</p>"), LetterKind::Notification, {});
    QVERIFY(!s.ok());
    QVERIFY(s.errorText().contains(QLatin1String("{child.name}")));
    QVERIFY(Placeholders::validate(QStringLiteral("{setting.name} {today} {office.name}"),
                                   LetterKind::Notification, {})
                .ok());
}

void TestLettersTemplates::optionalFieldNeedsOfficeSetting()
{
    const QString bare = QStringLiteral("{children}{child.home_address}{/children}");
    auto off = Placeholders::validate(bare, LetterKind::Notification, {});
    QVERIFY(!off.ok());
    QVERIFY(off.errorText().startsWith(
        QLatin1String("{child.home_address} is not a field a letter may show")));
    QVERIFY(off.errorText().contains(QLatin1String("letters.include_home_address")));
    LetterFieldOptions on;
    on.includeHomeAddress = true;
    QVERIFY(Placeholders::validate(bare, LetterKind::Notification, on).ok());
    QVERIFY(Placeholders::validate(
                QStringLiteral("{children}{if child.age}{child.age}{/if}{/children}"),
                LetterKind::Notification, {})
                .ok());

    // Saving reads the office's settings.
    test::TempDatabase db;
    LetterTemplates templates(*db);
    QVERIFY(!templates.save(LetterKind::Notification, QStringLiteral("T"), bare).ok());
    QVERIFY(Options(db->sql()).setValue(QStringLiteral("letters.include_home_address"),
                                        QStringLiteral("1")));
    QVERIFY(templates.save(LetterKind::Notification, QStringLiteral("T"), bare).ok());
}

void TestLettersTemplates::unbalancedBlocksRejected()
{
    for (const char *body : {"{children}{child.name}", "{child.name}{/children}",
                             "{children}{children}{/children}{/children}",
                             "{children}{if child.age}{/children}", "{if ppn.risk}x{/if}"}) {
        auto s = Placeholders::validate(QString::fromUtf8(body), LetterKind::Notification, {});
        QVERIFY2(!s.ok(), body);
    }
    // CSS and prose braces are not placeholders.
    QVERIFY(Placeholders::validate(QStringLiteral("<style>p { margin: 0 }</style>"),
                                   LetterKind::Notification, {})
                .ok());
}

void TestLettersTemplates::savingAddsVersion()
{
    test::TempDatabase db;
    LetterTemplates templates(*db);
    auto first = templates.current(LetterKind::Notification);
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
    QCOMPARE(first->version, 1);
    QCOMPARE(first->createdBy, QStringLiteral("tester"));
    auto second = templates.save(LetterKind::Notification, QStringLiteral("Shorter"),
                                 QStringLiteral("<p>{children}{child.name}{/children}</p>"));
    QVERIFY2(second.ok(), qPrintable(second.errorText()));
    QCOMPARE(second->version, 2);
    QCOMPARE(templates.current(LetterKind::Notification)->id, second->id);
    auto all = templates.versions(LetterKind::Notification);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->last().body, first->body);
    QCOMPARE(templates.byId(first->id)->version, 1);
    // Other kinds keep their own numbering.
    QCOMPARE(templates.current(LetterKind::ProformaChase)->version, 1);
}

void TestLettersTemplates::awkwardNamePrintsLiterally()
{
    const QString name = QStringLiteral("Zoë <b>O'Neil & {child.name} {/children}{today}");
    LetterValues v;
    v.letter.insert(QStringLiteral("today"), QStringLiteral("25 July 2024"));
    v.children.append({{QStringLiteral("child.name"), name}});
    const QString html = TemplateRenderer::render(
        QStringLiteral("<p>{today}</p>{children}<p>{child.name}</p>{/children}"), v);
    QVERIFY(!html.contains(QLatin1String("<b>O'Neil")));
    QTextDocument doc;
    doc.setHtml(html);
    QCOMPARE(doc.toPlainText(), QStringLiteral("25 July 2024\n") + name);
    QVERIFY(!doc.toHtml().contains(QLatin1String("font-weight:700"))); // no <b> took effect
}

void TestLettersTemplates::conditionalBlockDropsWhenEmpty()
{
    const QString body =
        QStringLiteral("{children}[{if child.age}Age {child.age}{/if}]{/children}");
    LetterValues v;
    v.children.append({{QStringLiteral("child.age"), QStringLiteral("3")}});
    v.children.append(QHash<QString, QString>{});
    QCOMPARE(TemplateRenderer::render(body, v), QStringLiteral("[Age 3][]"));
}

// A row shown only with a value is given to the formatted editor with its markers inside
// its cells (the editor cannot keep text between rows), and rendered as the whole row.
void TestLettersTemplates::rowConditionsAsTheEditorKeepsThem()
{
    const QString written = QStringLiteral(
        "<table><tr><td>Name</td></tr>\n{if child.age}<tr><td>Age</td><td>{child.age}</td></tr>"
        "{/if}\n</table>");
    const QString inCells = TemplateRows::intoCells(written);
    QCOMPARE(inCells, QStringLiteral("<table><tr><td>Name</td></tr>\n<tr><td>{if child.age}Age"
                                     "</td><td>{child.age}{/if}</td></tr>\n</table>"));
    LetterValues none;
    none.letter.insert(QStringLiteral("x"), QStringLiteral("x"));
    LetterValues aged;
    aged.letter.insert(QStringLiteral("child.age"), QStringLiteral("3"));
    QCOMPARE(TemplateRenderer::render(inCells, none), TemplateRenderer::render(written, none));
    QCOMPARE(TemplateRenderer::render(inCells, aged), TemplateRenderer::render(written, aged));
    // Two conditions of their own in one row are not the row's: each keeps to its cell.
    const QString own =
        QStringLiteral("<tr><td>{if child.age}A{/if}</td><td>{if child.dob}B{/if}</td></tr>");
    aged.letter.insert(QStringLiteral("child.dob"), QStringLiteral("1 May 2021"));
    QCOMPARE(TemplateRenderer::render(own, none), QStringLiteral("<tr><td></td><td></td></tr>"));
    QCOMPARE(TemplateRenderer::render(own, aged), QStringLiteral("<tr><td>A</td><td>B</td></tr>"));
    // A paragraph holding only a block's marker, as the editor writes one, adds no line.
    QCOMPARE(TemplateRenderer::render(QStringLiteral("<p>{if child.age}</p><p>Age</p><p>{/if}</p>"),
                                      none),
             QString());
}

void TestLettersTemplates::disclosedFieldsFollowTemplate()
{
    auto body = LetterTemplates::defaultBody(LetterKind::Notification);
    const QString usual = QStringLiteral("notification.domestic_abuse");
    QStringList fields = Placeholders::disclosedFields(*body, LetterKind::Notification, {}, usual);
    QCOMPARE(fields, (QStringList{QStringLiteral("child.name"), QStringLiteral("child.dob"),
                                  QStringLiteral("incident.date"), QStringLiteral("incident.time"),
                                  QStringLiteral("police.reference")}));
    // A letter about a missing child and a domestic abuse incident says which each child's was.
    QVERIFY(Placeholders::disclosedFields(*body, LetterKind::Notification, {},
                                          QStringLiteral("notification.mixed"))
                .contains(QStringLiteral("notification.type")));
    LetterFieldOptions all{true, true, true};
    fields = Placeholders::disclosedFields(*body, LetterKind::Notification, all, usual);
    QVERIFY(fields.contains(QStringLiteral("child.age")));
    QVERIFY(fields.contains(QStringLiteral("incident.address")));
}

void TestLettersTemplates::nestedChildrenListDoesNotMultiply()
{
    // Found by fuzz_template: the editor's preview renders what is typed before it is
    // checked, and each nested {children} repeated every child again (3^n copies).
    QString body;
    for (int i = 0; i < 12; ++i)
        body += QStringLiteral("{children}");
    body += QStringLiteral("[{child.name}]");
    for (int i = 0; i < 12; ++i)
        body += QStringLiteral("{/children}");
    QVERIFY(!Placeholders::validate(body, LetterKind::Notification, {}));
    LetterValues v;
    for (const char *name : {"Amir", "Sara", "Zoe"})
        v.children.append({{QStringLiteral("child.name"), QString::fromLatin1(name)}});
    QCOMPARE(TemplateRenderer::render(body, v), QStringLiteral("[Amir][Sara][Zoe]"));
}

void TestLettersTemplates::deeplyNestedBlocksRenderWithoutCrashing()
{
    // Thousands of nested blocks: no stack overflow; past any sensible depth, nothing prints.
    QString body = QStringLiteral("<p>{today}</p>");
    for (int i = 0; i < 100000; ++i)
        body += QStringLiteral("{if today}");
    body += QStringLiteral("deep");
    LetterValues v;
    v.letter.insert(QStringLiteral("today"), QStringLiteral("25 July 2024"));
    QCOMPARE(TemplateRenderer::render(body, v), QStringLiteral("<p>25 July 2024</p>"));
}

QTEST_MAIN(TestLettersTemplates)
#include "test_letters_templates.moc"
