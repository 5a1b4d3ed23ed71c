// libFuzzer entry point for letter templates, which an office edits and imports: any text
// through the tokenizer, the allow-list validator, the disclosed-field list and the renderer
// must give a result or an error, never a crash, hang or sanitizer report.

#include "letters/LetterKind.h"
#include "letters/Placeholders.h"
#include "letters/TemplateRenderer.h"
#include "letters/TemplateSyntax.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace enc;
    // The first byte picks the letter kind and the office's optional fields, so that every
    // combination is reached; the rest is the template body.
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QString body =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<LetterKind> kinds = LetterKinds::all();
    const LetterKind kind = kinds.at(flags % kinds.size());
    LetterFieldOptions options;
    options.includeAge = flags & 0x10;
    options.includeHomeAddress = flags & 0x20;
    options.includeIncidentAddress = flags & 0x40;

    (void)TemplateSyntax::tokenize(body);
    const Status valid = Placeholders::validate(body, kind, options);
    (void)Placeholders::disclosedFields(body, kind, options);

    // Values for every allowed field, including ones that look like placeholders themselves.
    LetterValues values;
    for (const QString &field : Placeholders::letterFields())
        values.letter.insert(field, QStringLiteral("{") + field + QStringLiteral("} & <b>"));
    for (int c = 0; c < (flags & 0x80 ? 3 : 0); ++c) {
        QHash<QString, QString> child;
        for (const QString &field : Placeholders::childFields(kind))
            child.insert(field, QStringLiteral("{children}") + QString::number(c));
        values.children.append(child);
    }
    // The renderer is only ever given templates that passed validation, but it must not
    // fall over on anything.
    (void)TemplateRenderer::render(body, values);
    (void)valid;
    return 0;
}
