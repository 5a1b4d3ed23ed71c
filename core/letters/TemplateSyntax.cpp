#include "TemplateSyntax.h"

#include <QRegularExpression>

namespace enc {

QList<TemplateToken> TemplateSyntax::tokenize(const QString &body)
{
    static const QRegularExpression placeholder(QStringLiteral(
        R"(\{\s*(/?)\s*([A-Za-z][A-Za-z0-9_.\-]*)(?:\s+([A-Za-z][A-Za-z0-9_.\-]*))?\s*\})"));
    QList<TemplateToken> tokens;
    qsizetype at = 0;
    auto it = placeholder.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > at) {
            tokens.append(
                {TemplateToken::Type::Text, {}, {}, body.mid(at, m.capturedStart() - at), at});
        }
        TemplateToken t;
        t.text = m.captured(0);
        t.position = m.capturedStart();
        t.name = m.captured(2);
        t.argument = m.captured(3);
        const bool block = t.name == childrenBlock() || t.name == ifBlock();
        if (!m.captured(1).isEmpty())
            t.type = TemplateToken::Type::Close;
        else if (block)
            t.type = TemplateToken::Type::Open;
        else
            t.type = TemplateToken::Type::Field;
        tokens.append(t);
        at = m.capturedEnd();
    }
    if (at < body.size())
        tokens.append({TemplateToken::Type::Text, {}, {}, body.mid(at), at});
    return tokens;
}

} // namespace enc
