#include "LetterDocument.h"

#include "TemplateRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::LetterDocument", text);
}

constexpr int Resolution = 300; // dots per inch of the PDF's layout

int mmToDots(double mm)
{
    return int(mm / 25.4 * Resolution + 0.5);
}

// The logo's height in the letterhead, in CSS pixels (96 to the inch), and in the PDF's dots.
constexpr int LogoHeight = 60;
constexpr int LogoDots = (LogoHeight * Resolution + 48) / 96;

QString letterhead(const OfficeDetails &office, bool logo)
{
    if (office.name.isEmpty() && office.address.isEmpty() && !logo)
        return {};
    // How a setting reaches the office about the letter, under its address.
    QStringList contact;
    if (!office.phone.trimmed().isEmpty())
        contact << tr("Telephone %1").arg(TemplateRenderer::escape(office.phone.trimmed()));
    if (!office.email.trimmed().isEmpty())
        contact << tr("E-mail %1").arg(TemplateRenderer::escape(office.email.trimmed()));
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td valign=\"top\"><p><b><big>%1</big></b><br/>%2%3</p></td>")
            .arg(TemplateRenderer::escape(office.name), TemplateRenderer::escape(office.address),
                 contact.isEmpty() ? QString()
                                   : QStringLiteral("<br/>") + contact.join(QStringLiteral(" | ")));
    if (logo)
        html += QStringLiteral("<td align=\"right\" valign=\"top\"><img src=\"encompass-logo:\" "
                               "height=\"%1\"/></td>")
                    .arg(LogoHeight);
    html += QStringLiteral("</tr></table><hr/>");
    return html;
}

// The block a letter signs off with: the last that opens with a closing ("Yours faithfully",
// "Yours sincerely", "Kind regards"); else the last two blocks (closing and name).
int signOffBlock(const QList<QTextBlock> &blocks)
{
    static const QStringList closings{QStringLiteral("yours"), QStringLiteral("kind regards"),
                                      QStringLiteral("best wishes"),
                                      QStringLiteral("with regards")};
    for (int i = int(blocks.size()) - 1; i > 0; --i) {
        const QString text = blocks.at(i).text().trimmed().toLower();
        for (const QString &c : closings)
            if (text.startsWith(c))
                return i;
    }
    return std::max(0, int(blocks.size()) - 2);
}

// Qt's layout has no "keep with next": a letter whose last page would hold only the sign-off
// (a three-child letter did) gets the text before it onto that page too, by a page break
// before that section's heading, or else before the paragraph that precedes the sign-off.
void keepSignOffWithText(QTextDocument &document)
{
    if (document.pageCount() < 2)
        return;
    QList<QTextBlock> blocks;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        blocks.append(b);
    const int signOff = signOffBlock(blocks);
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    auto page = [&](int i) {
        return int(layout->blockBoundingRect(blocks.at(i)).top() / pageHeight);
    };
    // The last page: the sign-off's, or its name's when the sign-off itself was split.
    const int lastPage = page(int(blocks.size()) - 1);
    int before = signOff - 1;
    while (before >= 0 && blocks.at(before).text().trimmed().isEmpty())
        --before;
    if (before < 0 || page(before) >= lastPage)
        return; // the last page has text before the sign-off already
    // The section's heading, when it is near: the heading moves with its text.
    int breakAt = before;
    for (int i = before; i >= 0 && i >= before - 8; --i) {
        if (blocks.at(i).blockFormat().headingLevel() > 0) {
            breakAt = i;
            break;
        }
    }
    QTextCursor cursor(blocks.at(breakAt));
    if (cursor.currentTable() ||
        layout->blockBoundingRect(blocks.at(breakAt)).top() <= page(breakAt) * pageHeight + 1)
        return; // in a table, or already opening a page
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.mergeBlockFormat(format);
}

} // namespace

QFont LetterDocument::font()
{
    QFont font;
    // Roboto (fonts-roboto-unhinted) carries no TrueType hinting programs, which Qt's PDF
    // writer would otherwise run for every glyph it embeds: letters write a third faster
    // than with DejaVu Sans, which stays the fallback.
    font.setFamilies({QStringLiteral("Roboto"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(10.5);
    // Any letter spacing turns ligatures off, so "ffi" stays three letters when the PDF is
    // searched or its text copied.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    font.setHintingPreference(QFont::PreferNoHinting); // hinting means nothing on paper
    return font;
}

QImage LetterDocument::logo(const OfficeDetails &office)
{
    if (office.logoPath.isEmpty())
        return {};
    const QImage image(office.logoPath);
    // Every PDF embeds and compresses its own copy: a logo sharper than the page's 300 dots
    // per inch only makes each letter bigger and slower to write.
    if (image.height() > LogoDots)
        return image.scaledToHeight(LogoDots, Qt::SmoothTransformation);
    return image;
}

std::unique_ptr<QTextDocument>
LetterDocument::build(const QString &letterHtml, const OfficeDetails &office, const QImage &logo)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(font());
    if (!logo.isNull())
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("encompass-logo:")),
                         logo);
    QString html = letterHtml;
    const QString head = letterhead(office, !logo.isNull());
    const qsizetype body = html.indexOf(QLatin1String("<body"), 0, Qt::CaseInsensitive);
    const qsizetype bodyEnd = body >= 0 ? html.indexOf(QLatin1Char('>'), body) : -1;
    if (bodyEnd >= 0)
        html.insert(bodyEnd + 1, head);
    else
        html.prepend(head);
    doc->setHtml(html);
    return doc;
}

QByteArray LetterDocument::toPdf(QTextDocument &document, const QString &title,
                                 const QString &footerNote)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Encompass Tracker"));

    const QRect page = writer.pageLayout().paintRectPixels(Resolution);
    const int footer = mmToDots(10);
    const QSizeF bodySize(page.width(), page.height() - footer);
    // A null page size first: the layout lays nothing out when it is created, and the
    // letter is laid out once, at the writer's resolution and the page's width.
    document.setPageSize(QSizeF(0, 0));
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(bodySize);
    keepSignOffWithText(document);
    const int pages = document.pageCount();

    QPainter painter(&writer);
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(8.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * bodySize.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * bodySize.height()), bodySize));
        painter.restore();
        painter.setFont(footerFont);
        const QRect foot(0, page.height() - footer + mmToDots(3), page.width(),
                         footer - mmToDots(3));
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter,
                         footerNote.isEmpty() ? tr("OFFICIAL-SENSITIVE")
                                              : tr("OFFICIAL-SENSITIVE. %1").arg(footerNote));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return bytes;
}

Result<QByteArray> LetterDocument::toOdt(QTextDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return Result<QByteArray>::failure(tr("The letter could not be written as OpenDocument."));
    return bytes;
}

} // namespace enc
