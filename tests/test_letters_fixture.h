#pragma once

// Synthetic records for the letters tests: two settings, a sibling at another setting, a
// child with no setting, and data a letter must never show (risk, other parties, what
// happened) put where a careless letter could pick it up.

#include "TestSupport.h"
#include "repo/Children.h"
#include "repo/Decisions.h"
#include "repo/Directory.h"
#include "repo/Meetings.h"
#include "repo/Options.h"
#include "repo/Ppns.h"
#include "repo/Proformas.h"

#include <QProcess>

namespace enc::test {

struct LettersFixture
{
    TempDatabase db;
    Id settingA = 0; // DSL and deputy e-mail addresses
    Id settingB = 0; // no e-mail addresses
    Id zoe = 0;      // awkward name, setting A
    Id ava = 0;      // sibling, setting A
    Id noah = 0;     // sibling, setting B: must not appear in setting A's letter
    Id leo = 0;      // not in a setting
    Id meeting = 0;
    Id ppn1 = 0;
    QDate received{2024, 7, 25};
    QDate today{2024, 7, 25};

    static QString awkwardName() { return QStringLiteral("Zoë <b>O'Neil & {child.name}"); }
    // Text that must never appear in a letter.
    static QStringList forbidden()
    {
        return {QStringLiteral("Garth"),         QStringLiteral("Vexley"),
                QStringLiteral("Mara"),          QStringLiteral("Quill"),
                QStringLiteral("knife"),         QStringLiteral("punched"),
                QStringLiteral("High"),          QStringLiteral("Medium"),
                QStringLiteral("DASH"),          QStringLiteral("Hidden Close"),
                QStringLiteral("Secret Worker"), QStringLiteral("EHM-"),
                QStringLiteral("Noah"),          QStringLiteral("Leo")};
    }

    LettersFixture()
    {
        Directory dir(*db);
        Setting a;
        a.name = QStringLiteral("Little Acorns Nursery");
        a.dslName = QStringLiteral("Pat Lead");
        a.dslEmail = QStringLiteral("dsl@acorns.example.org");
        a.deputyName = QStringLiteral("Sam Deputy");
        a.deputyEmail = QStringLiteral("deputy@acorns.example.org");
        settingA = dir.addSetting(a)->id;
        Setting b;
        b.name = QStringLiteral("Brook Childminding");
        settingB = dir.addSetting(b)->id;

        Children children(*db);
        Household h;
        h.address = QStringLiteral("1 Test Row");
        h.postcode = QStringLiteral("TE1 1ST");
        const Id household = children.addHousehold(h)->id;
        auto child = [&](const QString &fore, const QString &sur, QDate dob, Id setting) {
            Child c;
            c.forename = fore;
            c.surname = sur;
            c.dateOfBirth = dob;
            c.address = QStringLiteral("1 Test Row");
            c.postcode = QStringLiteral("TE1 1ST");
            c.householdId = household;
            c.settingId = setting;
            c.settingKnown = setting ? SettingKnown::Known : SettingKnown::NotInSetting;
            c.caseReference = QStringLiteral("EHM-77");
            c.openToSocialCare = true;
            c.socialWorker = QStringLiteral("Secret Worker");
            auto saved = children.add(c);
            if (!saved)
                qWarning("%s", qPrintable(saved.errorText()));
            return saved ? saved->id : 0;
        };
        zoe = child(QStringLiteral("Zoë"), QStringLiteral("<b>O'Neil & {child.name}"),
                    QDate(2021, 3, 14), settingA);
        ava = child(QStringLiteral("Ava"), QStringLiteral("Brook"), QDate(2020, 5, 2), settingA);
        noah = child(QStringLiteral("Noah"), QStringLiteral("Hill"), QDate(2022, 1, 9), settingB);
        leo = child(QStringLiteral("Leo"), QStringLiteral("Stone"), QDate(2021, 8, 30), 0);

        Ppns ppns(*db);
        Ppn p;
        p.policeReference = QStringLiteral("TST2400001");
        p.incidentDate = QDate(2024, 7, 24);
        p.incidentTime = QTime(22, 15);
        p.receivedOn = received;
        p.risk = DashRisk::Medium; // a high-risk PPN's letter is written only when chosen
        p.dashScore = 12;
        p.crime = CrimeKind::Crime;
        p.incidentAddress = QStringLiteral("99 Hidden Close");
        p.homeAddress = QStringLiteral("1 Test Row");
        p.source = QStringLiteral("Garth Vexley punched Mara Quill");
        p.children = {
            {zoe, Presence::Witnessed}, {ava, Presence::Present}, {noah, Presence::Present}};
        auto saved = ppns.add(p, today);
        if (!saved)
            qWarning("%s", qPrintable(saved.errorText()));
        ppn1 = saved ? saved->id : 0;
        Ppn p2;
        p2.policeReference = QStringLiteral("TST2400002");
        p2.incidentDate = QDate(2024, 7, 23);
        p2.receivedOn = received;
        p2.risk = DashRisk::Medium;
        p2.children = {{leo, Presence::Present}};
        if (auto s2 = ppns.add(p2, today); !s2)
            qWarning("%s", qPrintable(s2.errorText()));

        Meeting m;
        m.date = QDate(2024, 7, 26);
        m.starts = QTime(11, 0);
        m.ends = QTime(12, 0);
        meeting = Meetings(*db).create(m)->id;
        Decisions decisions(*db);
        const Id outcome = decisions.outcomes()->first().id;
        for (Id c : {zoe, noah}) {
            Decision d;
            d.childId = c;
            d.meetingId = meeting;
            d.outcomeId = outcome;
            d.rationale = QStringLiteral("Garth Vexley threatened Mara Quill with a knife");
            d.decidedBy = QStringLiteral("Chair");
            d.decidedOn = m.date;
            if (auto s = decisions.record(d); !s)
                qWarning("%s", qPrintable(s.errorText()));
        }
        Proforma pf;
        pf.childId = ava;
        pf.settingId = settingA;
        pf.sentOn = QDate(2024, 7, 1);
        pf.dueOn = QDate(2024, 7, 15);
        if (auto s = Proformas(*db).send(pf); !s)
            qWarning("%s", qPrintable(s.errorText()));
    }
};

// The text of a PDF by pdftotext (poppler); password given with -upw when not empty.
// Returns {exit code, text}.
inline QPair<int, QString> pdfText(const QString &path, const QByteArray &password = {})
{
    QProcess p;
    QStringList args;
    if (!password.isEmpty())
        args << QStringLiteral("-upw") << QString::fromUtf8(password);
    args << QStringLiteral("-layout") << path << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000))
        return {-1, {}};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

// Text with runs of white space made single spaces (pdftotext lays columns out).
inline QString squeezed(const QString &text)
{
    return text.simplified();
}

} // namespace enc::test
