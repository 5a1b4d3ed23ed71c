#include "LetterKind.h"

#include <QCoreApplication>

namespace enc {

QList<LetterKind> LetterKinds::all()
{
    return {LetterKind::Notification, LetterKind::ReferralRecord, LetterKind::ProformaRequest,
            LetterKind::ProformaChase};
}

QString LetterKinds::code(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Notification:
        return QStringLiteral("notification");
    case LetterKind::ReferralRecord:
        return QStringLiteral("referral-record");
    case LetterKind::ProformaRequest:
        return QStringLiteral("proforma-request");
    case LetterKind::ProformaChase:
        return QStringLiteral("proforma-chase");
    }
    return {};
}

std::optional<LetterKind> LetterKinds::fromCode(const QString &code)
{
    for (LetterKind k : all()) {
        if (LetterKinds::code(k) == code.trimmed().toLower())
            return k;
    }
    return std::nullopt;
}

QString LetterKinds::label(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Notification:
        return QCoreApplication::translate("enc::LetterKinds", "Notification letter");
    case LetterKind::ReferralRecord:
        return QCoreApplication::translate("enc::LetterKinds", "Record of referral form");
    case LetterKind::ProformaRequest:
        return QCoreApplication::translate("enc::LetterKinds", "Proforma request");
    case LetterKind::ProformaChase:
        return QCoreApplication::translate("enc::LetterKinds", "Proforma reminder");
    }
    return {};
}

QString LetterKinds::resourcePath(LetterKind kind)
{
    return QStringLiteral(":/letters/%1.html").arg(code(kind));
}

QString LetterKinds::disclosureKind(LetterKind kind)
{
    return code(kind) + QStringLiteral(" letter");
}

} // namespace enc
