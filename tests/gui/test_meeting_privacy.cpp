// Privacy that holds: names on the projector are asked for once per meeting and audited, and
// never reach the minutes; a child's full name in the chair's rationale is offered as initials.

#include "FileDialog.h"
#include "MeetingScreen.h"
#include "MessageBox.h"
#include "meeting/PresenterWindow.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QProcess>
#include <QStandardPaths>

using namespace enc;
using namespace enc::test;
using namespace enc::ui;

class TestMeetingPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesOnTheProjectorAreAskedOnceAndAudited();
    void minutesAfterPNameNoChild();

private:
    MeetingScreen s;
};

void TestMeetingPrivacy::init()
{
    QVERIFY(s.open());
    QVERIFY(s.show());
}

void TestMeetingPrivacy::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::setNextAnswers({});
    s.close();
}

void TestMeetingPrivacy::namesOnTheProjectorAreAskedOnceAndAudited()
{
    PresenterWindow *p = s.page->showPresenter();
    QVERIFY(p->privacy());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(p->privacy()); // refused: nothing shown
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("once per meeting")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(!p->privacy());
    p->setHousehold(1);
    QVERIFY(p->shownText().contains(QStringLiteral("Amy Example")));
    auto audited = Sql::scalar(s.db->db->sql(),
                               QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                              "'show-names' AND entity = 'meeting' AND "
                                              "entity_id = :m"),
                               {{QStringLiteral("m"), s.meeting}});
    QCOMPARE(audited->toInt(), 1);
    // Back to initials, and names again: not asked a second time at this meeting.
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(p->privacy());
    MessageBox::setNextAnswer(QMessageBox::No); // would refuse, if asked
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(!p->privacy());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    // The meeting opened again (another day's, or the same later): initials, and asked again.
    s.page->openMeeting(s.meeting);
    QVERIFY(p->privacy());
}

// Found in use: P on the projector was saved on the meeting, and the minutes then named the
// children in full. The chair presses P, confirms, records a decision whose rationale names
// the child, and closes the meeting: the minutes as written (the .odt's text and the PDF's)
// name no child in full.
void TestMeetingPrivacy::minutesAfterPNameNoChild()
{
    PresenterWindow *p = s.page->showPresenter();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(p, Qt::Key_P);
    QVERIFY(!p->privacy());
    QTest::keyClick(p, Qt::Key_Right); // Amy and Ben's household
    const Id child = s.highlighted();
    QVERIFY(child == s.h.amy || child == s.h.ben);
    const QString name =
        child == s.h.amy ? QStringLiteral("Amy Example") : QStringLiteral("Ben Example");
    QApplication::setActiveWindow(s.page.get());
    auto *outcome = s.page->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
    outcome->setFocus();
    QTest::keyClicks(outcome, QStringLiteral("Proforma"));
    s.rationale()->setFocus();
    QTest::keyClicks(s.rationale(), name.toUpper() + QStringLiteral(" was asleep"));
    QTest::keyClick(s.rationale(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(s.decisionsFor(child), 1);

    QTemporaryDir out;
    // Close the meeting? Yes. A rationale names a child: write initials? Yes.
    MessageBox::setNextAnswers({QMessageBox::Yes, QMessageBox::Yes});
    FileDialog::setNextFileName(out.path());
    QVERIFY(s.page->closeMeeting());
    QVERIFY(MessageBox::lastText().contains(name));

    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), out.filePath(QStringLiteral("minutes-2026-04-08.odt")),
                 QStringLiteral("content.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY2(xml.contains(QStringLiteral("(id %1)").arg(child)), qPrintable(xml));
    QVERIFY(xml.contains(QStringLiteral("was asleep")));
    for (const QString &secret : {QStringLiteral("Amy Example"), QStringLiteral("Ben Example"),
                                  QStringLiteral("Cal Sample"), QStringLiteral("AMY EXAMPLE"),
                                  QStringLiteral("BEN EXAMPLE")})
        QVERIFY2(!xml.contains(secret), qPrintable(secret));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (apt-get install poppler-utils)");
    QProcess pdf;
    pdf.start(QStringLiteral("pdftotext"),
              {out.filePath(QStringLiteral("minutes-2026-04-08.pdf")), QStringLiteral("-")});
    QVERIFY(pdf.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdf.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("was asleep")));
    for (const QString &secret : {QStringLiteral("Amy Example"), QStringLiteral("Ben Example")})
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(text));
    // The stored rationale is the chair's words, unchanged.
    QVERIFY(Decisions(**s.db).forChild(child)->first().rationale.startsWith(name.toUpper()));
}

QTEST_MAIN(TestMeetingPrivacy)
#include "test_meeting_privacy.moc"
