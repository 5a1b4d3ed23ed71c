#include "TemplateRenderer.h"

#include "TemplateRows.h"
#include "TemplateSyntax.h"

namespace enc {

namespace {

// Blocks nested deeper than this print nothing: no real letter comes near it, and the
// walk below recurses once per level (the template editor previews unchecked text).
constexpr int MaxDepth = 64;

struct Walker
{
    const QList<TemplateToken> &tokens;
    const LetterValues &values;
    QList<qsizetype> match; // index of the matching close of each open token
    QString out;

    QString lookup(const QString &name, const QHash<QString, QString> *child) const
    {
        if (child && child->contains(name))
            return child->value(name);
        return values.letter.value(name);
    }

    void walk(qsizetype from, qsizetype to, const QHash<QString, QString> *child, int depth)
    {
        if (depth > MaxDepth)
            return;
        for (qsizetype i = from; i < to; ++i) {
            const TemplateToken &t = tokens.at(i);
            switch (t.type) {
            case TemplateToken::Type::Text:
                out += t.text;
                break;
            case TemplateToken::Type::Field:
                out += TemplateRenderer::escape(lookup(t.name, child));
                break;
            case TemplateToken::Type::Close:
                break; // unmatched: dropped
            case TemplateToken::Type::Open: {
                const qsizetype end = match.at(i);
                if (t.name == TemplateSyntax::childrenBlock() && !child) {
                    for (const auto &c : values.children)
                        walk(i + 1, end, &c, depth + 1);
                } else if (t.name == TemplateSyntax::childrenBlock()) {
                    // A list inside a child's own block (refused when a template is saved,
                    // but typed in the editor's preview) is that child once, not every
                    // child again: repeating would multiply the letter at each level.
                    walk(i + 1, end, child, depth + 1);
                } else if (!lookup(t.argument, child).isEmpty()) {
                    walk(i + 1, end, child, depth + 1);
                }
                i = end;
                break;
            }
            }
        }
    }
};

} // namespace

QString TemplateRenderer::escape(const QString &value)
{
    QString html = value.toHtmlEscaped();
    html.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

QString TemplateRenderer::render(const QString &body, const LetterValues &values)
{
    // A row's condition as the formatted editor keeps it (in its cells) governs the row.
    const QList<TemplateToken> tokens = TemplateSyntax::tokenize(TemplateRows::outOfCells(body));
    Walker w{tokens, values, QList<qsizetype>(tokens.size(), tokens.size()), {}};
    QList<qsizetype> open;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).type == TemplateToken::Type::Open) {
            open.append(i);
        } else if (tokens.at(i).type == TemplateToken::Type::Close && !open.isEmpty()) {
            w.match[open.takeLast()] = i;
        }
    }
    w.walk(0, tokens.size(), nullptr, 0);
    return w.out;
}

} // namespace enc
