// The Import page as the business support officer uses it: choose the police file, see the
// columns mapped over a preview, check the rows and review the counts before anything is
// written; Cancel leaves the tracker as it was, Commit writes it all; past imports can be
// undone; the review queue is worked from the keyboard; the no known setting list goes out
// and comes back.

#include "TestSupport.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "import/ImportBatches.h"
#include "import/ImportBatchesModel.h"
#include "import/ImportNames.h"
#include "import/ImportPage.h"
#include "import/ImportProfiles.h"
#include "import/ImportRowsModel.h"
#include "import/ImportWizard.h"
#include "import/Importer.h"
#include "import/NoSettingPanel.h"
#include "import/ReviewQueueModel.h"
#include "import/ReviewQueuePage.h"
#include "repo/Children.h"
#include "repo/Decisions.h"
#include "storage/Sql.h"
#include "widgets/DateField.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace enc;

namespace {

// Generous: the work runs on its own thread on a machine that may be busy.
constexpr int WorkTimeoutMs = 60000;

qint64 count(Database &db, const QString &sql)
{
    return Sql::scalar(db.sql(), sql)->toLongLong();
}

// The database file itself, without its WAL.
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString ukDate(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

class TestImportPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewReviewCancelCommitUndo();
    void missingColumnSaysWhich();
    void dateReceivedIsEachFilesOwn();
    void undoThatCannotBeDoneIsSaidBeforeAsking();
    void reviewQueueAcceptAndNewFromKeyboard();
    void noSettingListOutAndBack();
    void dropTakesOneSpreadsheet();

private:
    Id addChild(const QString &forename, const QString &surname, QDate dob);
    QString writeFile(const QString &name, const QByteArray &text);
    QByteArray policeFile() const;
    template <typename T> T *find(QWidget *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    void chooseAndWait(ui::ImportPage &page, const QString &path);
    void clickAndWait(ui::ImportWizard *wizard, const char *button);

    std::unique_ptr<test::TempDatabase> m_db;
    QDate m_today;
    Id m_ava = 0;
    Id m_cara = 0;
    Id m_evie = 0;
};

void TestImportPage::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->db);
    m_today = QDate::currentDate();
    m_ava = addChild(QStringLiteral("Ava"), QStringLiteral("Smith"), m_today.addYears(-2));
    m_cara = addChild(QStringLiteral("Cara"), QStringLiteral("Jones"), m_today.addYears(-3));
    m_evie = addChild(QStringLiteral("Evie"), QStringLiteral("Hughs"), m_today.addYears(-1));
    QVERIFY(m_ava > 0 && m_cara > 0 && m_evie > 0);
}

void TestImportPage::cleanup()
{
    m_db.reset();
}

Id TestImportPage::addChild(const QString &forename, const QString &surname, QDate dob)
{
    Child c;
    c.forename = forename;
    c.surname = surname;
    c.dateOfBirth = dob;
    auto saved = Children(**m_db).add(c);
    return saved ? saved->id : 0;
}

QString TestImportPage::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = m_db->dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    return path;
}

// Three incidents and a row with a bad date: Ava matches, Ben is new (and given twice on one
// reference), Cara "Jomes" and Evie "Hughes" are close to children on the tracker.
QByteArray TestImportPage::policeFile() const
{
    const QString day = ukDate(m_today.addDays(-1));
    QStringList lines{QStringLiteral("Occurrence Number,Incident Date,Time,Forename,Surname,DOB,"
                                     "School,DASH Risk,Presence")};
    lines << QStringLiteral("GUI/1,%1,10:00,Ava,Smith,%2,,Standard,Present")
                 .arg(day, ukDate(m_today.addYears(-2)));
    lines << QStringLiteral("GUI/1,%1,10:00,Ben,Smith,%2,,Standard,Present")
                 .arg(day, ukDate(m_today.addYears(-4)));
    lines << QStringLiteral("GUI/1,%1,10:00,Ben,Smith,%2,,Standard,Present")
                 .arg(day, ukDate(m_today.addYears(-4)));
    lines << QStringLiteral("GUI/2,%1,11:30,Cara,Jomes,%2,,Medium,Present")
                 .arg(day, ukDate(m_today.addYears(-3)));
    lines << QStringLiteral("GUI/3,31/02/2025,09:00,Dan,Price,%1,,Standard,Present")
                 .arg(ukDate(m_today.addYears(-2)));
    lines << QStringLiteral("GUI/4,%1,23:10,Evie,Hughes,%2,,High,Present")
                 .arg(day, ukDate(m_today.addYears(-1)));
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

void TestImportPage::chooseAndWait(ui::ImportPage &page, const QString &path)
{
    ui::ImportWizard *wizard = page.wizard();
    QSignalSpy finished(wizard, &ui::ImportWizard::workFinished);
    ui::FileDialog::setNextFileName(path);
    find<QPushButton>(wizard, QLatin1String(ui::names::ImportChooseFile))->click();
    QVERIFY(wizard->isBusy() || finished.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WorkTimeoutMs);
}

void TestImportPage::clickAndWait(ui::ImportWizard *wizard, const char *button)
{
    QSignalSpy finished(wizard, &ui::ImportWizard::workFinished);
    find<QPushButton>(wizard, QLatin1String(button))->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WorkTimeoutMs);
}

void TestImportPage::previewReviewCancelCommitUndo()
{
    Database &db = **m_db;
    const QString path = writeFile(QStringLiteral("daily.csv"), policeFile());
    ui::ImportPage page;
    page.setDatabase(&db);
    page.show();
    ui::ImportWizard *wizard = page.wizard();
    QCOMPARE(wizard->step(), ui::ImportWizard::StartStep);

    // The mapping step: the columns guessed from their headings, over the first rows.
    chooseAndWait(page, path);
    QCOMPARE(wizard->step(), ui::ImportWizard::MappingStep);
    auto *preview = find<QTableWidget>(wizard, QLatin1String(ui::names::ImportPreview));
    QCOMPARE(preview->columnCount(), 9);
    QCOMPARE(preview->rowCount(), 1 + 6); // the field row, then the file's six rows
    QCOMPARE(preview->item(1, 3)->text(), QStringLiteral("Ava"));
    QCOMPARE(preview->item(4, 4)->text(), QStringLiteral("Jomes"));
    auto field = [&](int column) {
        return find<QComboBox>(wizard, QLatin1String(ui::names::ImportColumnPrefix) +
                                           QString::number(column))
            ->currentData()
            .toInt();
    };
    QCOMPARE(field(0), int(ImportField::Reference));
    QCOMPARE(field(3), int(ImportField::Forename));
    QCOMPARE(field(5), int(ImportField::DateOfBirth));
    QVERIFY(find<QLabel>(wizard, QLatin1String(ui::names::ImportProfileLabel))
                ->text()
                .contains(QLatin1String("No saved profile")));
    find<QLineEdit>(wizard, QLatin1String(ui::names::ImportSaveProfile))
        ->setText(QStringLiteral("Test force daily"));

    // The review: the counts and each row, before anything is written.
    clickAndWait(wizard, ui::names::ImportCheck);
    QCOMPARE(wizard->step(), ui::ImportWizard::ReviewStep);
    auto countText = [&](const char *key) {
        return find<QLabel>(wizard,
                            QLatin1String(ui::names::ImportCountPrefix) + QLatin1String(key))
            ->text();
    };
    QCOMPARE(countText("new_ppns"), QStringLiteral("3"));
    QCOMPARE(countText("new_children"), QStringLiteral("1"));
    QCOMPARE(countText("matched_children"), QStringLiteral("1"));
    QCOMPARE(countText("for_review"), QStringLiteral("2"));
    QCOMPARE(countText("duplicates"), QStringLiteral("1"));
    QCOMPARE(countText("errors"), QStringLiteral("1"));
    QAbstractItemModelTester tester(wizard->rowsModel());
    QCOMPARE(wizard->rowsModel()->rowCount(), 6);
    auto *rowsView = find<QTableView>(wizard, QLatin1String(ui::names::ImportRows));
    auto *filter = find<QComboBox>(wizard, QLatin1String(ui::names::ImportStatusFilter));
    filter->setCurrentIndex(filter->findData(QStringLiteral("error")));
    QCOMPARE(rowsView->model()->rowCount(), 1);
    const QString reason =
        rowsView->model()->index(0, ui::ImportRowsModel::ReasonColumn).data().toString();
    QVERIFY2(reason.contains(QLatin1String("31/02/2025")), qPrintable(reason));
    QCOMPARE(rowsView->model()->index(0, ui::ImportRowsModel::RowColumn).data().toInt(), 6);
    filter->setCurrentIndex(filter->findData(QStringLiteral("for_review")));
    QCOMPARE(rowsView->model()->rowCount(), 2);
    filter->setCurrentIndex(0);
    QCOMPARE(rowsView->model()->rowCount(), 6);
    // Back to the columns and checked again: the same review.
    find<QPushButton>(wizard, QLatin1String(ui::names::ImportBack))->click();
    QCOMPARE(wizard->step(), ui::ImportWizard::MappingStep);
    clickAndWait(wizard, ui::names::ImportCheck);
    QCOMPARE(wizard->step(), ui::ImportWizard::ReviewStep);
    QCOMPARE(countText("new_ppns"), QStringLiteral("3"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ppn")), 0);

    // Cancel: nothing written, back to the start.
    find<QPushButton>(wizard, QLatin1String(ui::names::ImportCancel))->click();
    QCOMPARE(wizard->step(), ui::ImportWizard::StartStep);
    QVERIFY(find<QLabel>(wizard, QLatin1String(ui::names::ImportMessage))
                ->text()
                .contains(QLatin1String("nothing was written")));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ppn")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_batch")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM child")), 3);
    QCOMPARE(wizard->batchesModel()->rowCount(), 0);

    // Commit, then Cancel while it is being written: rolled back, nothing written. (The
    // commit checks for a cancel once more before it ends, so the click always lands.)
    chooseAndWait(page, path);
    clickAndWait(wizard, ui::names::ImportCheck);
    {
        QSignalSpy finished(wizard, &ui::ImportWizard::workFinished);
        find<QPushButton>(wizard, QLatin1String(ui::names::ImportCommit))->click();
        QVERIFY(wizard->isBusy());
        find<QPushButton>(wizard, QLatin1String(ui::names::ImportCancel))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WorkTimeoutMs);
    }
    QCOMPARE(wizard->step(), ui::ImportWizard::ReviewStep);
    QVERIFY2(find<QLabel>(wizard, QLatin1String(ui::names::ImportMessage))
                 ->text()
                 .contains(QLatin1String("cancelled")),
             qPrintable(find<QLabel>(wizard, QLatin1String(ui::names::ImportMessage))->text()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ppn")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_batch")), 0);
    find<QPushButton>(wizard, QLatin1String(ui::names::ImportCancel))->click();
    QCOMPARE(wizard->step(), ui::ImportWizard::StartStep);

    // Again, and commit: everything written, the batch listed, the profile saved.
    QSignalSpy imported(wizard, &ui::ImportWizard::imported);
    chooseAndWait(page, path);
    find<QLineEdit>(wizard, QLatin1String(ui::names::ImportSaveProfile))
        ->setText(QStringLiteral("Test force daily"));
    clickAndWait(wizard, ui::names::ImportCheck);
    QCOMPARE(wizard->step(), ui::ImportWizard::ReviewStep);
    // The import is reported once committed; its pages are copied from the WAL into the
    // database file afterwards, off the window's thread.
    const QByteArray fileBefore = fileBytes(db.path());
    QSignalSpy checkpointed(wizard, &ui::ImportWizard::checkpointed);
    clickAndWait(wizard, ui::names::ImportCommit);
    QCOMPARE(wizard->step(), ui::ImportWizard::StartStep);
    QCOMPARE(imported.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(checkpointed.size(), 1, WorkTimeoutMs);
    QCOMPARE(checkpointed.at(0).at(0).toBool(), true);
    QVERIFY(fileBytes(db.path()) != fileBefore);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ppn")), 3);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM child")), 4);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_review WHERE status = "
                                      "'open'")),
             2);
    QCOMPARE(
        count(db, QStringLiteral("SELECT count(*) FROM ppn_child WHERE child_id = %1").arg(m_ava)),
        1);
    QAbstractItemModelTester batchesTester(wizard->batchesModel());
    QCOMPARE(wizard->batchesModel()->rowCount(), 1);
    QCOMPARE(wizard->batchesModel()->index(0, ui::ImportBatchesModel::FileColumn).data(),
             QVariant(QStringLiteral("daily.csv")));
    QCOMPARE(wizard->batchesModel()->index(0, ui::ImportBatchesModel::ByColumn).data(),
             QVariant(QStringLiteral("tester")));
    QCOMPARE(wizard->batchesModel()->index(0, ui::ImportBatchesModel::NewPpnsColumn).data(),
             QVariant(3));
    QVERIFY(ImportProfiles(db).names()->contains(QStringLiteral("Test force daily")));

    // The same file again: the saved profile is chosen, and the review says it is done.
    chooseAndWait(page, path);
    QVERIFY(find<QLabel>(wizard, QLatin1String(ui::names::ImportProfileLabel))
                ->text()
                .contains(QLatin1String("Test force daily")));
    clickAndWait(wizard, ui::names::ImportCheck);
    QVERIFY(find<QLabel>(wizard, QLatin1String(ui::names::ImportNotice))
                ->text()
                .contains(QLatin1String("already imported")));
    QVERIFY(!find<QPushButton>(wizard, QLatin1String(ui::names::ImportCommit))->isEnabled());
    find<QPushButton>(wizard, QLatin1String(ui::names::ImportCancel))->click();

    // Undo the batch: its PPNs are withdrawn.
    wizard->batchesView()->selectRow(0);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    find<QPushButton>(wizard, QLatin1String(ui::names::ImportUndo))->click();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ppn WHERE archived_at IS NULL")), 0);
    QVERIFY(wizard->batchesModel()
                ->index(0, ui::ImportBatchesModel::StateColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("Undone")));
    QCOMPARE(imported.size(), 2);
}

// Found from outside: Date received carried the previous file's date to the next file. Each
// file now takes the date in its name, else today.
void TestImportPage::dateReceivedIsEachFilesOwn()
{
    ui::ImportPage page;
    page.setDatabase(&**m_db);
    ui::ImportWizard *wizard = page.wizard();
    auto *received = find<ui::DateField>(wizard, QLatin1String(ui::names::ImportReceived));
    QVERIFY(received);
    const QDate named = m_today.addDays(-3);
    chooseAndWait(page, writeFile(QStringLiteral("ppn-%1.csv").arg(named.toString(Qt::ISODate)),
                                  policeFile()));
    QCOMPARE(received->date(), named);
    received->setDate(m_today.addDays(-10)); // the person's choice for that file
    chooseAndWait(page, writeFile(QStringLiteral("daily.csv"), policeFile()));
    QCOMPARE(received->date(), m_today);
}

// Found from outside: Undo import asked to confirm and then refused. Now a refusal is said at
// once, and nothing is asked.
void TestImportPage::undoThatCannotBeDoneIsSaidBeforeAsking()
{
    Database &db = **m_db;
    Importer::Request request;
    request.path = writeFile(QStringLiteral("daily.csv"), policeFile());
    auto report = Importer(db).run(request);
    QVERIFY2(report, qPrintable(report.errorText()));
    // A decision recorded since for a child the import touched: the batch stays.
    Id touched = 0;
    for (const RowOutcome &row : report->rows)
        if (!touched && row.childId > 0)
            touched = row.childId;
    QVERIFY(touched > 0);
    Decision d;
    d.childId = touched;
    d.outcomeId =
        Sql::scalar(db.sql(), QStringLiteral("SELECT min(id) FROM outcome"))->toLongLong();
    d.rationale = QStringLiteral("Heard");
    d.decidedOn = m_today;
    QVERIFY(Decisions(db).record(d));
    QVERIFY(!ImportBatches(db).canUndo(report->batchId));

    ui::ImportPage page;
    page.setDatabase(&db);
    page.show();
    ui::ImportWizard *wizard = page.wizard();
    auto *batches = find<QTableView>(wizard, QLatin1String(ui::names::ImportBatches));
    QVERIFY(batches && batches->model()->rowCount() == 1);
    batches->setCurrentIndex(batches->model()->index(0, 0));
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ui::MessageBox::information(nullptr, QString(), QStringLiteral("before the click"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes); // were it asked, it would be answered
    find<QPushButton>(wizard, QLatin1String(ui::names::ImportUndo))->click();
    const QString message = find<QLabel>(wizard, QLatin1String(ui::names::ImportMessage))->text();
    QVERIFY2(message.contains(QStringLiteral("cannot be undone")), qPrintable(message));
    QCOMPARE(ui::MessageBox::lastText(), QStringLiteral("before the click")); // nothing asked
    ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestImportPage::missingColumnSaysWhich()
{
    Database &db = **m_db;
    const QString path = writeFile(
        QStringLiteral("nodob.csv"),
        QStringLiteral("Ref,Incident Date,Forename,Surname,Geburtsdatum\r\nX/1,%1,Ava,Smith,%2\r\n")
            .arg(ukDate(m_today.addDays(-1)), ukDate(m_today.addYears(-2)))
            .toUtf8());
    ui::ImportPage page;
    page.setDatabase(&db);
    ui::ImportWizard *wizard = page.wizard();
    chooseAndWait(page, path);
    QCOMPARE(wizard->step(), ui::ImportWizard::MappingStep);
    find<QPushButton>(wizard, QLatin1String(ui::names::ImportCheck))->click();
    QVERIFY(!wizard->isBusy());
    const QString message = find<QLabel>(wizard, QLatin1String(ui::names::ImportMessage))->text();
    QVERIFY2(message.contains(QLatin1String("Date of birth")), qPrintable(message));
    QCOMPARE(wizard->step(), ui::ImportWizard::MappingStep);

    // The column the guess did not know, mapped by hand: the check runs and finds Ava.
    auto *combo =
        find<QComboBox>(wizard, QLatin1String(ui::names::ImportColumnPrefix) + QStringLiteral("4"));
    QCOMPARE(combo->currentData().toInt(), -1);
    combo->setCurrentIndex(combo->findData(int(ImportField::DateOfBirth)));
    clickAndWait(wizard, ui::names::ImportCheck);
    QCOMPARE(wizard->step(), ui::ImportWizard::ReviewStep);
    QCOMPARE(find<QLabel>(wizard, QLatin1String(ui::names::ImportCountPrefix) +
                                      QStringLiteral("matched_children"))
                 ->text(),
             QStringLiteral("1"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ppn")), 0);
}

void TestImportPage::reviewQueueAcceptAndNewFromKeyboard()
{
    Database &db = **m_db;
    Importer::Request request;
    request.path = writeFile(QStringLiteral("daily.csv"), policeFile());
    auto report = Importer(db).run(request);
    QVERIFY2(report, qPrintable(report.errorText()));
    QCOMPARE(report->forReview, 2);

    ui::ReviewQueuePage page;
    page.setDatabase(&db);
    page.show();
    QSignalSpy changed(&page, &ui::ReviewQueuePage::changed);
    ui::ReviewQueueModel *model = page.model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 2);
    auto rowOf = [&](const QString &forename) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->item(r).data.forename == forename)
                return r;
        }
        return -1;
    };
    // Side by side: the imported row and the proposed child.
    const int cara = rowOf(QStringLiteral("Cara"));
    QVERIFY(cara >= 0);
    QVERIFY(model->index(cara, ui::ReviewQueueModel::ImportedColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("Cara Jomes")));
    QVERIFY(model->index(cara, ui::ReviewQueueModel::ProposedColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("Cara Jones")));

    // Enter accepts the proposed child: the row's PPN is linked to Cara Jones.
    page.view()->setFocus();
    page.view()->selectRow(cara);
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ppn_child pc JOIN ppn p ON p.id = "
                                      "pc.ppn_id WHERE p.police_ref = 'GUI/2' AND pc.child_id = "
                                      "%1")
                           .arg(m_cara)),
             1);

    // N makes a new child from the row instead of linking Evie Hughs.
    const qint64 children = count(db, QStringLiteral("SELECT count(*) FROM child"));
    page.view()->selectRow(rowOf(QStringLiteral("Evie")));
    QTest::keyClick(page.view(), Qt::Key_N);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM child")), children + 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM child WHERE surname = 'Hughes'")), 1);
    QCOMPARE(
        count(db, QStringLiteral("SELECT count(*) FROM ppn_child WHERE child_id = %1").arg(m_evie)),
        0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_review WHERE status = "
                                      "'open'")),
             0);
}

void TestImportPage::noSettingListOutAndBack()
{
    Database &db = **m_db;
    ui::NoSettingPanel panel;
    panel.setDatabase(&db);
    panel.show();
    QCOMPARE(panel.view()->rowCount(), 3); // the three children have no known setting

    const QString out = m_db->dir.filePath(QStringLiteral("list.csv"));
    ui::FileDialog::setNextFileName(out);
    find<QPushButton>(&panel, QLatin1String(ui::names::NoSettingExportCsv))->click();
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = exported.readAll().split('\n');
    QVERIFY2(lines.first().contains("Child id,Forename,Surname"), lines.first().constData());
    QCOMPARE(lines.size(), 1 + 3 + 1); // heading, three children, the final line break

    // Children's services fill in the setting column for one child.
    for (QByteArray &line : lines) {
        if (line.contains("Ava"))
            line = line.trimmed() + "home educated\r";
    }
    const QString filled = writeFile(QStringLiteral("filled.csv"), lines.join('\n'));
    const QString xlsx = m_db->dir.filePath(QStringLiteral("list.xlsx"));
    ui::FileDialog::setNextFileName(xlsx);
    find<QPushButton>(&panel, QLatin1String(ui::names::NoSettingExportXlsx))->click();
    QVERIFY(QFile::exists(xlsx));

    QSignalSpy changed(&panel, &ui::NoSettingPanel::changed);
    ui::FileDialog::setNextFileName(filled);
    find<QPushButton>(&panel, QLatin1String(ui::names::NoSettingImport))->click();
    const QString message =
        find<QLabel>(&panel, QLatin1String(ui::names::NoSettingMessage))->text();
    QVERIFY2(message.contains(QLatin1String("Settings set: 1.")), qPrintable(message));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(panel.view()->rowCount(), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM child WHERE setting_known = "
                                      "'unknown'")),
             2);
}

void TestImportPage::dropTakesOneSpreadsheet()
{
    QMimeData csv;
    csv.setUrls({QUrl::fromLocalFile(QStringLiteral("/data/daily.CSV"))});
    QCOMPARE(ui::ImportWizard::droppedFile(&csv), QStringLiteral("/data/daily.CSV"));
    QMimeData xlsx;
    xlsx.setUrls({QUrl::fromLocalFile(QStringLiteral("/data/daily.xlsx"))});
    QCOMPARE(ui::ImportWizard::droppedFile(&xlsx), QStringLiteral("/data/daily.xlsx"));
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(QStringLiteral("/data/notes.txt"))});
    QVERIFY(ui::ImportWizard::droppedFile(&text).isEmpty());
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(QStringLiteral("/data/a.csv")),
                 QUrl::fromLocalFile(QStringLiteral("/data/b.csv"))});
    QVERIFY(ui::ImportWizard::droppedFile(&two).isEmpty());
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.invalid/daily.csv"))});
    QVERIFY(ui::ImportWizard::droppedFile(&web).isEmpty());

    // Dropped on the page: read and shown in the mapping step.
    const QString path = writeFile(QStringLiteral("dropped.csv"), policeFile());
    ui::ImportPage page;
    page.setDatabase(m_db->db.get());
    QSignalSpy finished(page.wizard(), &ui::ImportWizard::workFinished);
    page.openFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WorkTimeoutMs);
    QCOMPARE(page.wizard()->step(), ui::ImportWizard::MappingStep);
}

QTEST_MAIN(TestImportPage)
#include "test_importpage.moc"
