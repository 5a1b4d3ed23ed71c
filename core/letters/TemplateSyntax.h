#pragma once

// The placeholder syntax of letter templates: {field}, {children}...{/children} repeated once
// per child, and {if field}...{/if} kept only when the field has a value.

#include <QList>
#include <QString>

namespace enc {

struct TemplateToken
{
    enum class Type
    {
        Text,  // literal template text (HTML), copied as it is
        Field, // {name}
        Open,  // {children} or {if name}
        Close  // {/children} or {/if}
    };
    Type type = Type::Text;
    QString name;     // field name, or block name ("children", "if")
    QString argument; // the field of {if field}
    QString text;     // the source text of the token
    qsizetype position = 0;
};

class TemplateSyntax
{
public:
    TemplateSyntax() = delete;

    // Splits a template into literal text and placeholders. Braces that do not form a
    // placeholder (CSS, prose) stay literal text.
    static QList<TemplateToken> tokenize(const QString &body);
    static QString childrenBlock() { return QStringLiteral("children"); }
    static QString ifBlock() { return QStringLiteral("if"); }
};

} // namespace enc
