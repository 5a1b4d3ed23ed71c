#include "LetterHistory.h"

#include "domain/DateInput.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::LetterHistory", text);
}
} // namespace

Result<QList<PriorLetter>> LetterHistory::alreadySent(const QList<LetterEntry> &entries,
                                                      LetterKind kind, QDate today) const
{
    QList<PriorLetter> prior;
    QSet<Id> seen;
    for (const LetterEntry &e : entries) {
        if (e.settingId == 0)
            continue; // gets no letter
        // Without a PPN: the same day. Never later than today: a log entry is stamped with the
        // real time, which a date ahead (letters dated ahead, a PPN dated wrongly) would pass.
        const QDate sinceDay =
            std::min(e.ppn.id != 0 && e.ppn.receivedOn.isValid() ? e.ppn.receivedOn : today,
                     QDate::currentDate());
        // The log's times are UTC ISO text: the local day's start, in UTC, compares as text.
        const QString since = QDateTime(sinceDay, QTime(0, 0)).toUTC().toString(Qt::ISODate);
        auto q = Sql::run(m_db.sql(),
                          QStringLiteral("SELECT d.id, d.setting_id, COALESCE(s.name, ''), d.at, "
                                         "d.file_name FROM disclosure_child dc JOIN disclosure d "
                                         "ON d.id = dc.disclosure_id LEFT JOIN setting s ON "
                                         "s.id = d.setting_id WHERE dc.child_id = :child AND "
                                         "d.setting_id = :setting AND d.kind = :kind AND d.at >= "
                                         ":since"),
                          {{QStringLiteral("child"), e.child.id},
                           {QStringLiteral("setting"), e.settingId},
                           {QStringLiteral("kind"), LetterKinds::disclosureKind(kind)},
                           {QStringLiteral("since"), since}});
        if (!q)
            return q.error();
        while (q->next()) {
            const Id id = q->value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            prior.append({id, q->value(1).toLongLong(), q->value(2).toString(),
                          QDateTime::fromString(q->value(3).toString(), Qt::ISODate),
                          q->value(4).toString()});
        }
    }
    std::sort(prior.begin(), prior.end(), [](const PriorLetter &a, const PriorLetter &b) {
        return a.disclosureId < b.disclosureId;
    });
    return prior;
}

QString LetterHistory::summary(const QList<PriorLetter> &prior)
{
    if (prior.size() == 1)
        return tr("The disclosure log shows a letter of this kind already sent to this setting "
                  "about these children.");
    return tr("The disclosure log shows %1 letters of this kind already sent to these settings "
              "about these children.")
        .arg(prior.size());
}

QString LetterHistory::describe(const QList<PriorLetter> &prior, int limit)
{
    QString text;
    for (int i = 0; i < prior.size() && i < limit; ++i) {
        const PriorLetter &p = prior.at(i);
        text += tr("  %1 %2 to %3: %4\n")
                    .arg(DateInput::format(p.at.toLocalTime().date()),
                         p.at.toLocalTime().time().toString(QStringLiteral("HH:mm")), p.settingName,
                         QFileInfo(p.fileName).fileName());
    }
    if (prior.size() > limit)
        text += tr("  and %1 more\n").arg(prior.size() - limit);
    return text;
}

} // namespace enc
