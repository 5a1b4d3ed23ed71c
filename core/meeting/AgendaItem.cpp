#include "AgendaItem.h"

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

} // namespace

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
