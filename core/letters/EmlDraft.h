#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace enc {

struct MailAddress
{
    QString name;
    QString email;
};

// An e-mail draft (.eml, RFC 5322 + MIME) with one attachment. "X-Unsent: 1" makes mail
// clients open it as a draft to check and send.
struct EmlDraft
{
    MailAddress from; // optional
    MailAddress to;
    MailAddress cc; // optional
    QString subject;
    QString text;
    QString attachmentName;
    QByteArray attachmentType = "application/pdf";
    QByteArray attachment;
    QDateTime date = QDateTime::currentDateTime();

    // The message bytes; refused when an address is missing or not an e-mail address.
    Result<QByteArray> toBytes() const;
    // True for something@domain with no spaces, angle brackets or line breaks.
    static bool isAddress(const QString &email);
};

} // namespace enc
