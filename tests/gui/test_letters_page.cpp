// The letters page as the coordinator uses it: write a batch, see who got no letter; edit a
// template and be told which placeholder is not allowed.

#include "../test_letters_fixture.h"

#include "MessageBox.h"
#include "Mnemonics.h"
#include "letters/LetterTemplates.h"
#include "letters/LettersNames.h"
#include "letters/LettersPage.h"
#include "letters/TemplateEditor.h"
#include "storage/Sql.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>

using namespace enc;

namespace {
// The page on the fixture's database, for the PPNs it received, writing into folder.
void choose(ui::LettersPage &page, test::LettersFixture &f, const QString &folder)
{
    page.setDatabase(f.db.db.get());
    page.findChild<QLineEdit *>(QLatin1String(ui::names::LettersFolder))->setText(folder);
    page.findChild<ui::DateField *>()->setDate(f.received);
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

#include "test_letters_page.moc"
