#include "TemplateRows.h"

#include <QRegularExpression>

#include <functional>
#include <optional>

namespace enc {

namespace {

const QString IfMarker = QStringLiteral(R"(\{\s*if\s+[A-Za-z][A-Za-z0-9_.\-]*\s*\})");
const QString EndMarker = QStringLiteral(R"(\{\s*/\s*if\s*\})");

// Where the text of a cell may start: after its opening tag and any paragraph or span tags.
const QString CellOpen = QStringLiteral(R"(<t[dh]\b[^>]*>(?:\s*<(?:p|span)\b[^>]*>)*)");

// True when every {if} in text is closed in it, in order: the row's own {if} then spans it.
bool balanced(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("(%1)|%2").arg(IfMarker, EndMarker));
    int depth = 0;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        depth += it.next().capturedLength(1) > 0 ? 1 : -1;
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

// html with each match of re replaced by what rewrite gives; a match it declines (an empty
// optional) is left as written.
QString rewriteMatches(
    const QString &html, const QRegularExpression &re,
    const std::function<std::optional<QString>(const QRegularExpressionMatch &)> &rewrite)
{
    QString out;
    qsizetype at = 0;
    auto it = re.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const std::optional<QString> replaced = rewrite(m);
        if (!replaced)
            continue;
        out += html.mid(at, m.capturedStart() - at) + *replaced;
        at = m.capturedEnd();
    }
    return out + html.mid(at);
}

} // namespace

QString TemplateRows::intoCells(const QString &html)
{
    static const QRegularExpression row(
        QStringLiteral(R"((%1)\s*(<tr\b[^>]*>)((?:(?!<tr\b|</tr>).)*?)(</tr>)\s*(%2))")
            .arg(IfMarker, EndMarker),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression firstCell(CellOpen, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lastCellEnd(QStringLiteral(R"(</t[dh]>(?!.*</t[dh]>))"),
                                                QRegularExpression::DotMatchesEverythingOption |
                                                    QRegularExpression::CaseInsensitiveOption);
    return rewriteMatches(html, row,
                          [](const QRegularExpressionMatch &m) -> std::optional<QString> {
                              QString cells = m.captured(3);
                              const QRegularExpressionMatch open = firstCell.match(cells);
                              const QRegularExpressionMatch close = lastCellEnd.match(cells);
                              if (!open.hasMatch() || !close.hasMatch())
                                  return std::nullopt; // not a row of cells: left as written
                              cells.insert(close.capturedStart(), m.captured(5));
                              cells.insert(open.capturedEnd(), m.captured(1));
                              return m.captured(2) + cells + m.captured(4);
                          });
}

QString TemplateRows::outOfCells(const QString &html)
{
    // A row whose first cell opens with {if f} and whose last cell closes with {/if}.
    static const QRegularExpression row(
        QStringLiteral(R"((<tr\b[^>]*>\s*%1)(%2)((?:(?!<tr\b|</tr>).)*?)(%3)((?:\s*</(?:p|span)>)*)"
                       R"(\s*</t[dh]>\s*</tr>))")
            .arg(CellOpen, IfMarker, EndMarker),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markerParagraph(
        QStringLiteral(R"(<p\b[^>]*>\s*(?:<span\b[^>]*>\s*)?(%1|%2|\{\s*/?\s*children\s*\})\s*)"
                       R"((?:</span>\s*)?</p>)")
            .arg(IfMarker, EndMarker),
        QRegularExpression::CaseInsensitiveOption);
    QString out =
        rewriteMatches(html, row, [](const QRegularExpressionMatch &m) -> std::optional<QString> {
            if (!balanced(m.captured(3)))
                return std::nullopt; // {if a}A{/if}</td><td>{if b}B{/if}: not one row's
            return m.captured(2) + m.captured(1) + m.captured(3) + m.captured(5) + m.captured(4);
        });
    out.replace(markerParagraph, QStringLiteral(R"(\1)"));
    return out;
}

} // namespace enc
