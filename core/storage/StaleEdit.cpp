#include "StaleEdit.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace enc {

Status StaleEdit::refuse(const QSqlDatabase &db, const QString &entity, Id id)
{
    auto q = Sql::run(db,
                      QStringLiteral("SELECT user_name, at FROM audit WHERE entity = :entity AND "
                                     "entity_id = :id ORDER BY id DESC LIMIT 1"),
                      {{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}});
    if (q && q->next()) {
        const QDateTime at =
            QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs).toLocalTime();
        return Status::failure(
            QCoreApplication::translate("enc::StaleEdit",
                                        "This record was changed by %1 at %2 while you were "
                                        "editing it. Reload it and make your change again.")
                .arg(q->value(0).toString(), at.toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
            QStringLiteral("version"));
    }
    return Status::failure(
        QCoreApplication::translate("enc::StaleEdit",
                                    "This record was changed or removed elsewhere while you "
                                    "were editing it. Reload it and make your change again."),
        QStringLiteral("version"));
}

} // namespace enc
