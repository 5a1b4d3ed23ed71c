#include "AgendaItem.h"

#include "domain/DateInput.h"

#include <QCoreApplication>

namespace enc {

namespace {

struct SectionCode
{
    AgendaSection section;
    const char *code;
    const char *title;
};

const SectionCode Sections[] = {
    {AgendaSection::NewPpns, "new_ppns", QT_TRANSLATE_NOOP("enc::Agenda", "New PPNs")},
    {AgendaSection::Escalations, "escalations",
     QT_TRANSLATE_NOOP("enc::Agenda", "Escalations awaiting discussion")},
    {AgendaSection::ActionsDue, "actions_due",
     QT_TRANSLATE_NOOP("enc::Agenda", "Actions due or overdue")},
    {AgendaSection::TrackingReview, "tracking_review",
     QT_TRANSLATE_NOOP("enc::Agenda", "Tracking review: proformas")},
    {AgendaSection::CarriedOver, "carried_over", QT_TRANSLATE_NOOP("enc::Agenda", "Carried over")},
    {AgendaSection::Added, "added", QT_TRANSLATE_NOOP("enc::Agenda", "Added by the chair")},
};

// The wording was written by the agenda's builder: its translations are under its name.
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::AgendaBuilder", text);
}

// "New PPN received on 03/12/2026", "2 PPNs not yet heard: waiting since ...".
QString newPpns(const AgendaReason &why, const QString &date)
{
    if (date.isEmpty())
        return why.count == 1 ? tr("New PPN not yet heard")
                              : tr("%1 new PPNs not yet heard").arg(why.count);
    if (why.meetings == 0)
        return why.count == 1
                   ? tr("New PPN received on %1").arg(date)
                   : tr("%1 new PPNs, the first received on %2").arg(why.count).arg(date);
    const QString waited = why.meetings == 1
                               ? tr("waiting since %1, 1 meeting").arg(date)
                               : tr("waiting since %1, %2 meetings").arg(date).arg(why.meetings);
    return why.count == 1 ? tr("PPN not yet heard: %1").arg(waited)
                          : tr("%1 PPNs not yet heard: %2").arg(why.count).arg(waited);
}

} // namespace

QString AgendaItem::reason() const
{
    const QString date = DateInput::format(why.date);
    switch (why.kind) {
    case AgendaReason::Kind::Text:
        break;
    case AgendaReason::Kind::NewPpns:
        if (why.missing == 0)
            return newPpns(why, date);
        // Said at once: a missing child is heard differently from domestic abuse.
        return why.missing == why.count
                   ? tr("Missing child: %1").arg(newPpns(why, date))
                   : tr("%1 (%2 of them missing child)").arg(newPpns(why, date)).arg(why.missing);
    case AgendaReason::Kind::Escalation:
        if (!why.text.isEmpty())
            return tr("Escalation triggered on %1 by %2 PPNs: %3")
                .arg(date)
                .arg(why.count)
                .arg(why.text);
        return tr("Escalation triggered on %1 by %2 PPNs: liaison with the social worker "
                  "or MASH to agree")
            .arg(date)
            .arg(why.count);
    case AgendaReason::Kind::ActionOverdue:
    case AgendaReason::Kind::ActionDue: {
        QString text =
            (why.kind == AgendaReason::Kind::ActionOverdue ? tr("Action overdue since %1: %2")
                                                           : tr("Action due %1: %2"))
                .arg(date, why.text);
        if (why.count > 1)
            text += QLatin1Char(' ') + tr("(and %1 more open actions due)").arg(why.count - 1);
        return text;
    }
    case AgendaReason::Kind::ProformaReturned:
        return tr("Proforma returned on %1, to review").arg(date);
    case AgendaReason::Kind::ProformaOverdue:
        return tr("Proforma overdue: due back on %1").arg(date);
    case AgendaReason::Kind::Deferred:
        return tr("Deferred at the meeting on %1: %2").arg(date, why.text);
    case AgendaReason::Kind::NotReached:
        return tr("Not reached at the meeting on %1: %2").arg(date, why.text);
    case AgendaReason::Kind::Cancelled:
        return tr("The meeting on %1 was cancelled: %2").arg(date, why.text);
    }
    return why.text;
}

void AgendaItem::setReason(const QString &text)
{
    why = AgendaReason();
    why.text = text;
}

QString toString(AgendaSection s)
{
    for (const SectionCode &c : Sections)
        if (c.section == s)
            return QLatin1String(c.code);
    return QStringLiteral("added");
}

AgendaSection agendaSectionFromString(const QString &s)
{
    for (const SectionCode &c : Sections)
        if (s == QLatin1String(c.code))
            return c.section;
    return AgendaSection::Added;
}

QString sectionTitle(AgendaSection s)
{
    for (const SectionCode &c : Sections)
        if (c.section == s)
            return QCoreApplication::translate("enc::Agenda", c.title);
    return {};
}

QString toString(AgendaStatus s)
{
    switch (s) {
    case AgendaStatus::Heard:
        return QStringLiteral("heard");
    case AgendaStatus::Deferred:
        return QStringLiteral("deferred");
    case AgendaStatus::Open:
        break;
    }
    return QStringLiteral("open");
}

AgendaStatus agendaStatusFromString(const QString &s)
{
    if (s == QLatin1String("heard"))
        return AgendaStatus::Heard;
    if (s == QLatin1String("deferred"))
        return AgendaStatus::Deferred;
    return AgendaStatus::Open;
}

} // namespace enc
