// The letters page as the coordinator uses it: write a batch, see who got no letter; edit a
// template and be told which placeholder is not allowed.

#include "../test_letters_fixture.h"

#include "MessageBox.h"
#include "Mnemonics.h"
#include "letters/LetterTemplates.h"
#include "letters/LettersNames.h"
#include "letters/LettersPage.h"
#include "letters/TemplateEditor.h"
#include "letters/TemplateRenderer.h"
#include "storage/Sql.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

using namespace enc;

namespace {
// The page on the fixture's database, for the PPNs it received, writing into folder.
void choose(ui::LettersPage &page, test::LettersFixture &f, const QString &folder)
{
    page.setDatabase(f.db.db.get());
    page.findChild<QLineEdit *>(QLatin1String(ui::names::LettersFolder))->setText(folder);
    page.findChild<ui::DateField *>()->setDate(f.received);
}
// The page shown, and the date typed as the coordinator types it (the high-risk flag follows
// what is typed).
void showAndTypeDate(ui::LettersPage &page, const QString &text)
{
    if (!page.isVisible()) {
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }
    auto *date = page.findChild<ui::DateField *>()->findChild<QLineEdit *>();
    date->selectAll();
    QTest::keyClicks(date, text);
}
} // namespace

class TestLettersPage : public QObject
{
    Q_OBJECT

private slots:
    void writesBatchAndListsSkipped();
    void secondCopyAsksFirst();
    void templateRejectsPlaceholder();
    void templateDesignView();
    void labelsShowNoAmpersand();
    void insertOffersWhatSaveTakes();
    void designEditKeepsConditionalRows();
    void highRiskFlaggedAndTickedDeliberately();
    void riskTypePresenceTicks();
    void manyHighRiskChildrenFlaggedShort();
    void flagReadAgainWhenThePageIsShown();
};

void TestLettersPage::writesBatchAndListsSkipped()
{
    test::LettersFixture f;
    QTemporaryDir out;
    ui::LettersPage page;
    choose(page, f, out.path());
    page.findChild<QPushButton *>(QLatin1String(ui::names::LettersWrite))->click();
    const QString result =
        page.findChild<QPlainTextEdit *>(QLatin1String(ui::names::LettersResult))->toPlainText();
    QVERIFY2(result.contains(QLatin1String("2 files written")), qPrintable(result));
    QVERIFY(result.contains(QLatin1String("Leo Stone: Not in a setting.")));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);
}

// Writing the same letters again shows what the log says went already and asks; "Do not write"
// writes and logs nothing, "Write again" writes and logs the second copy.
void TestLettersPage::secondCopyAsksFirst()
{
    test::LettersFixture f;
    QTemporaryDir out;
    ui::LettersPage page;
    choose(page, f, out.path());
    auto *write = page.findChild<QPushButton *>(QLatin1String(ui::names::LettersWrite));
    auto *result = page.findChild<QPlainTextEdit *>(QLatin1String(ui::names::LettersResult));
    auto disclosures = [&f]() {
        return Sql::scalar(f.db->sql(), QStringLiteral("SELECT count(*) FROM disclosure"))->toInt();
    };
    write->click();
    QCOMPARE(disclosures(), 2);

    ui::MessageBox::setNextAnswer(QMessageBox::No);
    write->click();
    const QString asked = ui::MessageBox::lastText();
    QVERIFY2(asked.contains(QLatin1String("shows 2 letters of this kind already sent")),
             qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("Little Acorns Nursery")), qPrintable(asked));
    QVERIFY2(result->toPlainText().startsWith(QLatin1String("Nothing was written")),
             qPrintable(result->toPlainText()));
    QVERIFY(result->toPlainText().contains(QLatin1String("Brook Childminding")));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);
    QCOMPARE(disclosures(), 2);

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    write->click();
    QVERIFY2(result->toPlainText().contains(QLatin1String("2 files written")),
             qPrintable(result->toPlainText()));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 4);
    QCOMPARE(disclosures(), 4);
}

void TestLettersPage::templateRejectsPlaceholder()
{
    test::LettersFixture f;
    ui::LettersPage page;
    page.setDatabase(f.db.db.get());
    ui::TemplateEditor *editor = page.templateEditor();
    QVERIFY(editor->source()->toPlainText().contains(QLatin1String("{children}")));
    editor->source()->setPlainText(QStringLiteral("{children}{child.name} {ppn.risk}{/children}"));
    const QString error = editor->save();
    QVERIFY(error.startsWith(QLatin1String("{ppn.risk} is not a field a letter may show")));
    auto *message = editor->findChild<QLabel *>(QLatin1String(ui::names::TemplateMessage));
    QVERIFY(!message->isHidden());
    QCOMPARE(LetterTemplates(*f.db).versions(LetterKind::Notification)->size(), 1);
    editor->source()->setPlainText(QStringLiteral("<p>{children}{child.name}{/children}</p>"));
    QVERIFY(editor->save().isEmpty());
    QCOMPARE(LetterTemplates(*f.db).current(LetterKind::Notification)->version, 2);
}

// The design view: formatted text and placeholders become the stored HTML, and a template
// only viewed is saved as written.
void TestLettersPage::templateDesignView()
{
    test::LettersFixture f;
    ui::LettersPage page;
    page.setDatabase(f.db.db.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ui::TemplateEditor *editor = page.templateEditor();
    auto *tabs = qobject_cast<QTabWidget *>(editor->parentWidget()->parentWidget());
    QVERIFY(tabs);
    tabs->setCurrentWidget(editor);
    QTRY_VERIFY(editor->design()->isVisible());
    const QString stored = LetterTemplates(*f.db).current(LetterKind::Notification)->body;
    QCOMPARE(editor->source()->toPlainText(), stored); // viewing rewrites nothing
    QVERIFY(editor->design()->toPlainText().contains(QLatin1String("{children}")));

    QTextEdit *design = editor->design();
    design->clear();
    design->setFocus();
    QTRY_VERIFY(design->hasFocus());
    QTest::keyClicks(design, QStringLiteral("Dear "));
    editor->insertPlaceholder(QStringLiteral("setting.dsl"));
    QTest::keyClicks(design, QStringLiteral(", "));
    QTest::keyClick(design, Qt::Key_B, Qt::ControlModifier); // bold on
    QTest::keyClicks(design, QStringLiteral("confidential"));
    QTest::keyClick(design, Qt::Key_B, Qt::ControlModifier); // bold off
    QTest::keyClicks(design, QStringLiteral(" {children}{child.name}{/children}"));
    const QString html = editor->source()->toPlainText();
    QVERIFY2(html.contains(QLatin1String("Dear {setting.dsl}, ")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("font-weight:700;\">confidential</span>")),
             qPrintable(html));
    QVERIFY(editor->save().isEmpty());
    auto saved = LetterTemplates(*f.db).current(LetterKind::Notification);
    QCOMPARE(saved->version, 2);
    QVERIFY(saved->body.contains(QLatin1String("{setting.dsl}")));

    // A field outside the allow-list typed in the design view is refused on save, named.
    QTest::keyClicks(design, QStringLiteral(" {ppn.risk}"));
    QVERIFY(editor->save().startsWith(QLatin1String("{ppn.risk} is not a field")));
    QCOMPARE(LetterTemplates(*f.db).current(LetterKind::Notification)->version, 2);
}

// A high-risk PPN is flagged as soon as its date is chosen; its letters are held back and
// listed with the reason until "Include high-risk PPNs" is ticked (by keyboard, Alt+H), and the
// note then says they will be written.
void TestLettersPage::highRiskFlaggedAndTickedDeliberately()
{
    test::LettersFixture f;
    QVERIFY(Sql::run(f.db->sql(), QStringLiteral("UPDATE ppn SET risk = 'high' WHERE id = :id"),
                     {{QStringLiteral("id"), f.ppn1}}));
    QTemporaryDir out;
    ui::LettersPage page;
    choose(page, f, out.path());
    showAndTypeDate(page, QStringLiteral("25/07/2024"));
    auto *note = page.findChild<QLabel *>(QLatin1String(ui::names::LettersHighRiskNote));
    auto *high = page.findChild<QCheckBox *>(QLatin1String(ui::names::LettersHighRisk));
    auto *result = page.findChild<QPlainTextEdit *>(QLatin1String(ui::names::LettersResult));
    QVERIFY(note && high && note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("TST2400001")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QLatin1String("Ava Brook")));
    QVERIFY(note->text().contains(QLatin1String("MASH/Marac")));
    QVERIFY(!high->isChecked());

    page.writeLetters();
    QVERIFY2(result->toPlainText().contains(
                 QLatin1String("Ava Brook: High-risk PPN TST2400001: Operation Encompass")),
             qPrintable(result->toPlainText()));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 0);

    page.activateWindow();
    QTRY_VERIFY(page.isActiveWindow());
    QTest::keyClick(&page, Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(high->isChecked());
    QVERIFY2(note->text().contains(QLatin1String("Ticked: their letters will be written too.")),
             qPrintable(note->text()));
    page.writeLetters();
    QVERIFY2(result->toPlainText().contains(QLatin1String("2 files written")),
             qPrintable(result->toPlainText()));
    QVERIFY(!result->toPlainText().contains(QLatin1String("High-risk")));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);

    // Another date with no high-risk PPN: the note says why high risk is held back, unflagged.
    showAndTypeDate(page, QStringLiteral("26/07/2024"));
    QVERIFY(!note->text().contains(QLatin1String("TST2400001")));
    QVERIFY(note->text().contains(QLatin1String("No high-risk PPN")));
}

// Unticking a presence leaves those children out (and says how many); a row with no tick is
// refused with a message and writes nothing.
void TestLettersPage::riskTypePresenceTicks()
{
    test::LettersFixture f;
    QTemporaryDir out;
    ui::LettersPage page;
    choose(page, f, out.path());
    auto tick = [&page](const QString &name) {
        auto *box = page.findChild<QCheckBox *>(name);
        if (!box)
            qWarning("no tick %s", qPrintable(name));
        return box;
    };
    const QString presence = QLatin1String(ui::names::LettersPresence);
    tick(presence + QLatin1String("present"))->setChecked(false);
    const QString written = page.writeLetters();
    QVERIFY2(written.contains(QLatin1String("1 file written")), qPrintable(written));
    QVERIFY2(written.contains(QLatin1String("3 children left out")), qPrintable(written));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 1); // Zoë, who witnessed it

    const QString type = QLatin1String(ui::names::LettersType);
    tick(type + QLatin1String("domestic-abuse"))->setChecked(false);
    tick(type + QLatin1String("missing-child"))->setChecked(false);
    QCOMPARE(page.writeLetters(), QStringLiteral("Tick at least one type of PPN."));
    tick(type + QLatin1String("missing-child"))->setChecked(true);
    const QString none = page.writeLetters();
    QVERIFY2(none.startsWith(QLatin1String("No letter to write: the risk, type and presence")),
             qPrintable(none));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 1);

    const QString risk = QLatin1String(ui::names::LettersRisk);
    for (const char *code : {"standard", "medium", "unknown"})
        tick(risk + QLatin1String(code))->setChecked(false);
    QCOMPARE(page.writeLetters(), QStringLiteral("Tick at least one risk."));
}

// Found from outside: a county's day of 214 children on high-risk PPNs filled the page with
// names. The first five are named and the rest counted; all are listed when written.
void TestLettersPage::manyHighRiskChildrenFlaggedShort()
{
    test::LettersFixture f;
    Ppn p;
    p.policeReference = QStringLiteral("TST2400009");
    p.incidentDate = QDate(2024, 7, 24);
    p.receivedOn = f.received;
    p.risk = DashRisk::High;
    for (int i = 1; i <= 7; ++i) {
        Child c;
        c.forename = QStringLiteral("Kid%1").arg(i);
        c.surname = QStringLiteral("Many");
        c.dateOfBirth = QDate(2021, 1, i);
        c.settingId = f.settingB;
        c.settingKnown = SettingKnown::Known;
        p.children.append({Children(*f.db).add(c)->id, Presence::Present});
    }
    QVERIFY(Ppns(*f.db).add(p, f.today));
    QTemporaryDir out;
    ui::LettersPage page;
    choose(page, f, out.path());
    showAndTypeDate(page, QStringLiteral("25/07/2024"));
    const QString note =
        page.findChild<QLabel *>(QLatin1String(ui::names::LettersHighRiskNote))->text();
    QVERIFY2(note.contains(QLatin1String("High risk, 7 children: Kid1 Many, Kid2 Many, Kid3 "
                                         "Many, Kid4 Many, Kid5 Many and 2 more (PPN TST2400009)")),
             qPrintable(note));
    QVERIFY(!note.contains(QLatin1String("Kid6")));
    const QString written = page.writeLetters();
    QVERIFY2(written.contains(QLatin1String("Kid7 Many: High-risk PPN TST2400009")),
             qPrintable(written));
}

// Found from outside: the day's police file imported while the page was hidden; back on the
// page, the flag still listed the day as it was before the import.
void TestLettersPage::flagReadAgainWhenThePageIsShown()
{
    test::LettersFixture f;
    QTemporaryDir out;
    ui::LettersPage page;
    choose(page, f, out.path());
    showAndTypeDate(page, QStringLiteral("25/07/2024"));
    auto *note = page.findChild<QLabel *>(QLatin1String(ui::names::LettersHighRiskNote));
    QVERIFY(!note->text().contains(QLatin1String("TST2400008")));
    page.hide(); // another page: the import
    Ppn p;
    p.policeReference = QStringLiteral("TST2400008");
    p.incidentDate = QDate(2024, 7, 24);
    p.receivedOn = f.received;
    p.risk = DashRisk::High;
    Child c;
    c.forename = QStringLiteral("Noah");
    c.surname = QStringLiteral("Sample");
    c.dateOfBirth = QDate(2021, 3, 3);
    c.settingId = f.settingB;
    c.settingKnown = SettingKnown::Known;
    p.children.append({Children(*f.db).add(c)->id, Presence::Present});
    QVERIFY(Ppns(*f.db).add(p, f.today));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY2(note->text().contains(QLatin1String("Noah Sample")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QLatin1String("TST2400008")));
}

QTEST_MAIN(TestLettersPage)
// Found from outside: the Folder label read "F&older:" (a form row whose field is a layout
// gets a label with no buddy).
void TestLettersPage::labelsShowNoAmpersand()
{
    test::LettersFixture f;
    ui::LettersPage page;
    page.setDatabase(f.db.db.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QStringList literal = test::literalAmpersands(&page);
    QVERIFY2(literal.isEmpty(), qPrintable(literal.join(u',')));
    QCOMPARE(test::mnemonicClash(&page), QString());
}

// Found from outside: Insert field offered {proforma.due} in a notification, which Save then
// refused; the preview showed an age and addresses the office's letters leave out.
void TestLettersPage::insertOffersWhatSaveTakes()
{
    test::LettersFixture f;
    ui::LettersPage page;
    page.setDatabase(f.db.db.get());
    ui::TemplateEditor *editor = page.templateEditor();
    auto *insert = editor->findChild<QToolButton *>(QLatin1String(ui::names::TemplateInsert));
    QVERIFY(insert && insert->menu());
    QStringList offered;
    for (QAction *a : insert->menu()->actions())
        if (!a->isSeparator())
            offered << a->text();
    QVERIFY2(!offered.join(u' ').contains(QLatin1String("proforma")),
             qPrintable(offered.join(u' ')));
    // Each field offered, inserted into the letter, is one Save takes.
    int version = 1;
    // Saving reads the kind again and makes the menu anew: each action is found by its text.
    for (const QString &text : std::as_const(offered)) {
        if (text.startsWith(QLatin1String("Each child")))
            continue;
        QAction *a = nullptr;
        for (QAction *candidate : insert->menu()->actions())
            if (candidate->text() == text)
                a = candidate;
        QVERIFY2(a, qPrintable(text));
        editor->source()->setPlainText(QStringLiteral("<p>{children}{/children}</p>"));
        QTextCursor c = editor->design()->textCursor();
        c.movePosition(QTextCursor::Start);
        c.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor,
                       int(QStringLiteral("{children}").size()));
        editor->design()->setTextCursor(c);
        a->trigger();
        // Save makes the menu anew and deletes the action: nothing of it is read after.
        QVERIFY2(editor->save().isEmpty(),
                 qPrintable(text + u' ' + editor->source()->toPlainText()));
        QCOMPARE(LetterTemplates(*f.db).current(LetterKind::Notification)->version, ++version);
    }
    // The preview shows only what a letter would: no age or addresses while the office
    // does not share them.
    editor->source()->setPlainText(
        QStringLiteral("<p>{children}{child.name} age {if child.age}{child.age}{/if} "
                       "{if child.home_address}{child.home_address}{/if}{/children}</p>"));
    auto *preview = editor->findChild<QTextBrowser *>(QLatin1String(ui::names::TemplatePreview));
    QVERIFY(preview->toPlainText().contains(QLatin1String("Sample Child")));
    QVERIFY2(!preview->toPlainText().contains(QLatin1String("Example Road")),
             qPrintable(preview->toPlainText()));
}

// Found from outside: one edit in the formatted view moved the {if} markers of the optional
// rows (age, addresses) into the cells before them, and real letters had blank lines in
// their table rows. After an edit there, a letter without those fields reads as before.
void TestLettersPage::designEditKeepsConditionalRows()
{
    test::LettersFixture f;
    ui::LettersPage page;
    page.setDatabase(f.db.db.get());
    ui::TemplateEditor *editor = page.templateEditor();
    const QString original = editor->source()->toPlainText();
    QVERIFY(original.contains(QLatin1String("{if child.age}<tr>")));
    QTextCursor c = editor->design()->textCursor();
    c.movePosition(QTextCursor::End);
    editor->design()->setTextCursor(c);
    QTest::keyClicks(editor->design(), QStringLiteral(" Thank you."));
    const QString edited = editor->source()->toPlainText();
    QVERIFY(edited.contains(QLatin1String("Thank you.")));

    LetterValues v;
    v.children.append({{QStringLiteral("child.name"), QStringLiteral("Ava Brook")},
                       {QStringLiteral("child.dob"), QStringLiteral("2 May 2020")},
                       {QStringLiteral("police.reference"), QStringLiteral("TST1")}});
    auto text = [&](const QString &body) {
        QTextDocument doc;
        doc.setHtml(TemplateRenderer::render(body, v));
        QStringList lines;
        for (const QString &line : doc.toPlainText().split(u'\n'))
            lines << line.trimmed();
        return lines;
    };
    QStringList before = text(original);
    QStringList after = text(edited);
    QVERIFY2(!after.join(u'|').contains(QLatin1String("Age")), qPrintable(after.join(u'|')));
    // The same letter, line for line, but for the words typed at its end.
    QVERIFY(after.last().endsWith(QLatin1String("Thank you.")));
    after.last() = after.last().chopped(10).trimmed();
    QCOMPARE(after.join(u'|'), before.join(u'|'));
}

#include "test_letters_page.moc"
