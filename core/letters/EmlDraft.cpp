#include "EmlDraft.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace enc {

namespace {

// Header text: line breaks removed (no header injection); RFC 2047 when not plain ASCII.
QByteArray headerText(const QString &text)
{
    QString clean = text;
    clean.replace(QRegularExpression(QStringLiteral("[\\r\\n\\t]+")), QStringLiteral(" "));
    clean = clean.trimmed();
    bool ascii = true;
    for (QChar c : clean) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            ascii = false;
    }
    if (ascii)
        return clean.toLatin1();
    return "=?UTF-8?B?" + clean.toUtf8().toBase64() + "?=";
}

QByteArray address(const MailAddress &a)
{
    if (a.name.trimmed().isEmpty())
        return a.email.trimmed().toLatin1();
    QByteArray name = headerText(a.name);
    if (!name.startsWith("=?")) {
        name.replace('\\', "\\\\");
        name.replace('"', "\\\"");
        name = '"' + name + '"';
    }
    return name + " <" + a.email.trimmed().toLatin1() + '>';
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

bool EmlDraft::isAddress(const QString &email)
{
    static const char pattern[] = R"re(^[^\s<>()",;@]+@[^\s<>()",;@]+\.[^\s<>()",;@]+$)re";
    static const QRegularExpression re(QString::fromLatin1(pattern));
    return re.match(email.trimmed()).hasMatch();
}

Result<QByteArray> EmlDraft::toBytes() const
{
    if (!isAddress(to.email))
        return Result<QByteArray>::failure(
            QCoreApplication::translate("enc::EmlDraft", "\"%1\" is not an e-mail address.")
                .arg(to.email),
            QStringLiteral("to"));
    const QByteArray boundary =
        "=_encompass_" +
        QCryptographicHash::hash(attachment + subject.toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(24);
    QByteArray m;
    if (isAddress(from.email))
        m += "From: " + address(from) + "\r\n";
    m += "To: " + address(to) + "\r\n";
    if (isAddress(cc.email))
        m += "Cc: " + address(cc) + "\r\n";
    m += "Subject: " + headerText(subject) + "\r\n";
    m += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "X-Unsent: 1\r\n";
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n";
    m += "\r\nThis is a multi-part message in MIME format.\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(text.toUtf8());
    m += "--" + boundary + "\r\n";
    const QByteArray file = headerText(attachmentName);
    m += "Content-Type: " + attachmentType + "; name=\"" + file + "\"\r\n";
    m += "Content-Disposition: attachment; filename=\"" + file + "\"\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(attachment);
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace enc
