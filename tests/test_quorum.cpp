// Whether a meeting is quorate, and how the meeting screen says so.

#include "domain/Quorum.h"

#include <QTest>

using namespace enc;

namespace {

// Attendance for expected members: p present, d deputy, a apologies, x absent, n not expected.
QList<Attendance> roll(const QString &code)
{
    QList<Attendance> list;
    Id id = 1;
    for (const QChar c : code) {
        Attendance a;
        a.memberId = id++;
        switch (c.toLatin1()) {
        case 'p':
            a.status = AttendanceStatus::Present;
            break;
        case 'd':
            a.status = AttendanceStatus::Deputy;
            a.deputyName = QStringLiteral("Deputy %1").arg(a.memberId);
            break;
        case 'a':
            a.status = AttendanceStatus::Apologies;
            break;
        case 'x':
            a.status = AttendanceStatus::Absent;
            break;
        case 'N': // not expected, but came
            a.status = AttendanceStatus::Present;
            a.expected = false;
            break;
        default: // 'n': not expected, did not come
            a.status = AttendanceStatus::Apologies;
            a.expected = false;
            break;
        }
        list << a;
    }
    return list;
}

} // namespace

class TestQuorum : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void describe_data();
    void describe();
};

void TestQuorum::evaluate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("percent");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("attending");
    QTest::addColumn<int>("needed");
    QTest::addColumn<bool>("quorate");

    QTest::newRow("6 of 8") << "ppppppaa" << 75 << 8 << 6 << 6 << true;
    QTest::newRow("5 of 8") << "pppppaax" << 75 << 8 << 5 << 6 << false;
    QTest::newRow("deputies count") << "ppppddaa" << 75 << 8 << 6 << 6 << true;
    QTest::newRow("apologies do not count") << "pppppaaa" << 75 << 8 << 5 << 6 << false;
    QTest::newRow("absent do not count") << "pppppxxx" << 75 << 8 << 5 << 6 << false;
    QTest::newRow("not expected ignored either way") << "ppppppaaNNnn" << 75 << 8 << 6 << 6 << true;
    QTest::newRow("visitors do not make quorum") << "pppppaaaNNN" << 75 << 8 << 5 << 6 << false;
    QTest::newRow("nobody expected") << "" << 75 << 0 << 0 << 0 << false;
    QTest::newRow("only visitors") << "NNn" << 75 << 0 << 0 << 0 << false;
    QTest::newRow("rounded up: 3 of 5 at 75% is not enough")
        << "pppaa" << 75 << 5 << 3 << 4 << false;
    QTest::newRow("80%: 8 of 10") << "ppppppppaa" << 80 << 10 << 8 << 8 << true;
    QTest::newRow("80%: 6 of 8 is not enough") << "ppppppaa" << 80 << 8 << 6 << 7 << false;
    QTest::newRow("80%: 7 of 8") << "pppppppa" << 80 << 8 << 7 << 7 << true;
    QTest::newRow("everyone") << "pppp" << 100 << 4 << 4 << 4 << true;
    QTest::newRow("one member, present") << "p" << 75 << 1 << 1 << 1 << true;
}

void TestQuorum::evaluate()
{
    QFETCH(QString, code);
    QFETCH(int, percent);
    QFETCH(int, expected);
    QFETCH(int, attending);
    QFETCH(int, needed);
    QFETCH(bool, quorate);

    const QuorumResult r = Quorum::evaluate(roll(code), percent);
    QCOMPARE(r.expected, expected);
    QCOMPARE(r.attending, attending);
    QCOMPARE(r.needed, needed);
    QCOMPARE(r.quorate, quorate);
}

void TestQuorum::describe_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QString>("text");
    QTest::newRow("quorate") << "ppppppaa" << 75 << "Quorate: 6 of 8 members (75%)";
    QTest::newRow("not quorate") << "pppppaaa" << 75 << "Not quorate: 5 of 8 members; 6 needed";
    QTest::newRow("percentage rounds down") << "pppppppaa" << 75 << "Quorate: 7 of 9 members (77%)";
    QTest::newRow("one member") << "p" << 75 << "Quorate: 1 of 1 member (100%)";
    QTest::newRow("one member away") << "a" << 75 << "Not quorate: 0 of 1 member; 1 needed";
    QTest::newRow("nobody expected") << "" << 75 << "Not quorate: no members are expected";
}

void TestQuorum::describe()
{
    QFETCH(QString, code);
    QFETCH(int, percent);
    QFETCH(QString, text);
    QCOMPARE(Quorum::describe(Quorum::evaluate(roll(code), percent)), text);
}

QTEST_GUILESS_MAIN(TestQuorum)
#include "test_quorum.moc"
