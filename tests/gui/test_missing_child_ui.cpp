// A missing-child notification entered by hand, as the business support officer does it: Type
// chosen by keyboard in New PPN, saved as a missing child, shown as one on the child's record
// and the agenda, and not counted towards the child's escalation; the template editor
// previews the notification letter as a missing child's setting would read it.

#include "MainWindow.h"
#include "TestSupport.h"
#include "child/ChildRecordPage.h"
#include "commands/Editor.h"
#include "dialogs/PpnDialog.h"
#include "letters/LettersNames.h"
#include "letters/LettersPage.h"
#include "letters/TemplateEditor.h"
#include "meeting/AgendaBuilder.h"
#include "repo/Children.h"
#include "repo/Ppns.h"
#include "storage/Sql.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace enc;
using namespace enc::ui;

class TestMissingChildUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
    Id m_child = 0;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EncompassTrackerTests"));
    }

    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        Child c;
        c.forename = QStringLiteral("Hattie");
        c.surname = QStringLiteral("Quiller");
        c.dateOfBirth = QDate::currentDate().addYears(-3);
        auto added = Children(**m_temp).add(c);
        QVERIFY(added);
        m_child = added->id;
        // Two domestic abuse PPNs in the last two months: a third PPN of that kind escalates.
        for (int i : {1, 2}) {
            Ppn p;
            p.policeReference = QStringLiteral("UI/%1").arg(i);
            p.incidentDate = QDate::currentDate().addDays(-20 * i);
            p.receivedOn = p.incidentDate;
            p.children = {{m_child, Presence::Present}};
            QVERIFY(Ppns(**m_temp).add(p, QDate::currentDate()));
        }
        m_window = std::make_unique<MainWindow>(m_temp->path());
        QVERIFY(m_window->openDatabase());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void typeChosenByKeyboardIsKept()
    {
        PpnDialog dialog(*m_window->database(), *m_window->editor(), m_child);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(dialog.referenceEdit(), QStringLiteral("UI/3"));
        QTest::keyClicks(dialog.incidentDateField()->lineEdit(),
                         QDate::currentDate().addDays(-1).toString(u"dd/MM/yyyy"));
        // Alt+Y goes to Type; Down chooses the missing child.
        QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier);
        auto *type = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(type);
        QCOMPARE(type->accessibleName(), QStringLiteral("Type"));
        QTest::keyClick(type, Qt::Key_Down);
        QCOMPARE(type->currentText(), QStringLiteral("Missing child"));
        // DASH grades domestic abuse: none is given for a missing child unless chosen.
        const auto combo = [&dialog](const char *name) {
            for (QComboBox *c : dialog.findChildren<QComboBox *>())
                if (c->accessibleName() == QLatin1String(name))
                    return c->currentText();
            return QString();
        };
        QCOMPARE(combo("DASH risk"), QStringLiteral("Unknown"));
        QCOMPARE(combo("Crime or non-crime"), QStringLiteral("Not known"));
        QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));

        auto saved = Ppns(**m_temp).byReference(QStringLiteral("UI/3"));
        QVERIFY2(saved, qPrintable(saved.errorText()));
        QCOMPARE(toString(saved->type), QStringLiteral("missing_child"));
        // Three PPNs in three months, one of them a missing child: not escalated (the office
        // option escalation.count_missing is off).
        auto escalated = Sql::scalar((*m_temp)->sql(),
                                     QStringLiteral("SELECT escalated FROM child WHERE id = :c"),
                                     {{QStringLiteral("c"), m_child}});
        QVERIFY(escalated);
        QCOMPARE(escalated->toInt(), 0);

        // The child's record says which it was.
        m_window->openChild(m_child);
        QTreeWidget *timeline = m_window->childPage()->timeline();
        bool shown = false;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            const QString title = timeline->topLevelItem(i)->text(1);
            if (title.contains(QLatin1String("UI/3")))
                shown = title.contains(QLatin1String("missing child"));
        }
        QVERIFY(shown);
        // So does the agenda (operator and projector show the item's reason).
        auto agenda = AgendaBuilder(**m_temp).build(QDate::currentDate().addDays(7));
        QVERIFY2(agenda, qPrintable(agenda.errorText()));
        bool onAgenda = false;
        for (const AgendaItem &item : agenda->items)
            if (item.childId == m_child && item.section == AgendaSection::NewPpns)
                onAgenda = item.reason().contains(QLatin1String("missing child"));
        QVERIFY(onAgenda);
    }

    void templatePreviewAsAMissingChild()
    {
        LettersPage page;
        page.setDatabase(m_window->database());
        TemplateEditor *editor = page.templateEditor();
        auto *type = editor->findChild<QComboBox *>(QLatin1String(names::TemplatePreviewType));
        QVERIFY(type);
        auto *preview = editor->findChild<QTextBrowser *>(QLatin1String(names::TemplatePreview));
        QVERIFY(preview->toPlainText().contains(QLatin1String("domestic abuse incident")));
        type->setCurrentIndex(type->findData(int(PpnType::MissingChild)));
        const QString text = preview->toPlainText();
        QVERIFY2(text.contains(QLatin1String("missing child episode")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("domestic abuse"), Qt::CaseInsensitive),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestMissingChildUi)
#include "test_missing_child_ui.moc"
