// The letters page as the coordinator uses it: write a batch, see who got no letter; edit a
// template and be told which placeholder is not allowed.

#include "../test_letters_fixture.h"

#include "letters/LetterTemplates.h"
#include "letters/LettersNames.h"
#include "letters/LettersPage.h"
#include "letters/TemplateEditor.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace enc;

class TestLettersPage : public QObject
{
    Q_OBJECT

private slots:
    void writesBatchAndListsSkipped();
    void templateRejectsPlaceholder();
};

void TestLettersPage::writesBatchAndListsSkipped()
{
    test::LettersFixture f;
    QTemporaryDir out;
    ui::LettersPage page;
    page.setDatabase(f.db.db.get());
    page.findChild<QLineEdit *>(QLatin1String(ui::names::LettersFolder))->setText(out.path());
    page.findChild<ui::DateField *>()->setDate(f.received);
    page.findChild<QPushButton *>(QLatin1String(ui::names::LettersWrite))->click();
    const QString result =
        page.findChild<QPlainTextEdit *>(QLatin1String(ui::names::LettersResult))->toPlainText();
    QVERIFY2(result.contains(QLatin1String("2 files written")), qPrintable(result));
    QVERIFY(result.contains(QLatin1String("Leo Stone: Not in a setting.")));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);
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

QTEST_MAIN(TestLettersPage)
#include "test_letters_page.moc"
