#include "Placeholders.h"

#include "TemplateSyntax.h"
#include "repo/Options.h"

#include <QCoreApplication>

namespace enc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::Placeholders", text);
}

bool isOn(const Options &options, const QString &key)
{
    const QString v = options.value(key).trimmed().toLower();
    return v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes");
}
} // namespace

LetterFieldOptions LetterFieldOptions::fromOptions(const Options &options)
{
    LetterFieldOptions o;
    o.includeAge = isOn(options, QStringLiteral("letters.include_age"));
    o.includeHomeAddress = isOn(options, QStringLiteral("letters.include_home_address"));
    o.includeIncidentAddress = isOn(options, QStringLiteral("letters.include_incident_address"));
    return o;
}

QStringList Placeholders::childFields(LetterKind kind)
{
    QStringList fields = {QStringLiteral("child.name"),        QStringLiteral("child.dob"),
                          QStringLiteral("notification.type"), QStringLiteral("incident.date"),
                          QStringLiteral("incident.time"),     QStringLiteral("police.reference")};
    if (kind == LetterKind::ProformaRequest || kind == LetterKind::ProformaChase)
        fields << QStringLiteral("proforma.sent") << QStringLiteral("proforma.due");
    return fields + optionalFields();
}

QStringList Placeholders::optionalFields()
{
    return {QStringLiteral("child.age"), QStringLiteral("child.home_address"),
            QStringLiteral("incident.address")};
}

QStringList Placeholders::letterFields()
{
    return {QStringLiteral("setting.name"), QStringLiteral("setting.dsl"),
            QStringLiteral("office.name"), QStringLiteral("office.address"),
            QStringLiteral("today")};
}

QStringList Placeholders::conditionFields()
{
    return {QStringLiteral("notification.domestic_abuse"),
            QStringLiteral("notification.missing_child"), QStringLiteral("notification.mixed")};
}

QString Placeholders::optionKey(const QString &field)
{
    if (field == QLatin1String("child.age"))
        return QStringLiteral("letters.include_age");
    if (field == QLatin1String("child.home_address"))
        return QStringLiteral("letters.include_home_address");
    if (field == QLatin1String("incident.address"))
        return QStringLiteral("letters.include_incident_address");
    return {};
}

bool Placeholders::enabled(const QString &field, const LetterFieldOptions &options)
{
    if (field == QLatin1String("child.age"))
        return options.includeAge;
    if (field == QLatin1String("child.home_address"))
        return options.includeHomeAddress;
    if (field == QLatin1String("incident.address"))
        return options.includeIncidentAddress;
    return true;
}

Status Placeholders::validate(const QString &body, LetterKind kind,
                              const LetterFieldOptions &options)
{
    const QStringList child = childFields(kind);
    const QStringList letter = letterFields();
    bool inChildren = false;
    QStringList ifStack; // the fields of the open {if} blocks
    for (const TemplateToken &t : TemplateSyntax::tokenize(body)) {
        switch (t.type) {
        case TemplateToken::Type::Text:
            break;
        case TemplateToken::Type::Field:
            if (conditionFields().contains(t.name))
                return Status::failure(
                    tr("%1 is a condition: use it as {if %2}...{/if}.").arg(t.text, t.name),
                    t.name);
            if (!t.argument.isEmpty() || (!child.contains(t.name) && !letter.contains(t.name)))
                return Status::failure(
                    tr("%1 is not a field a letter may show. Allowed: %2.")
                        .arg(t.text, (child + letter).join(QStringLiteral(", "))),
                    t.name);
            if (child.contains(t.name) && !inChildren)
                return Status::failure(tr("%1 may be used only between {children} and "
                                          "{/children}, which repeat for each child.")
                                           .arg(t.text),
                                       t.name);
            if (!enabled(t.name, options) && !ifStack.contains(t.name))
                return Status::failure(
                    tr("%1 is not a field a letter may show: the office has not switched it on "
                       "(setting %2). Switch it on, or put it inside {if %3}...{/if}.")
                        .arg(t.text, optionKey(t.name), t.name),
                    t.name);
            break;
        case TemplateToken::Type::Open:
            if (t.name == TemplateSyntax::childrenBlock()) {
                if (!t.argument.isEmpty() || inChildren)
                    return Status::failure(
                        tr("%1: the list of children cannot be nested or take a field.")
                            .arg(t.text),
                        t.name);
                inChildren = true;
            } else {
                if (!optionalFields().contains(t.argument) && !child.contains(t.argument) &&
                    !letter.contains(t.argument) && !conditionFields().contains(t.argument))
                    return Status::failure(
                        tr("%1: {if} needs a field a letter may show.").arg(t.text), t.argument);
                if (child.contains(t.argument) && !inChildren)
                    return Status::failure(tr("%1 may be used only between {children} and "
                                              "{/children}.")
                                               .arg(t.text),
                                           t.argument);
                ifStack.append(t.argument);
            }
            break;
        case TemplateToken::Type::Close:
            if (t.name == TemplateSyntax::childrenBlock()) {
                if (!inChildren || !ifStack.isEmpty())
                    return Status::failure(
                        tr("%1 does not close an open {children} block.").arg(t.text), t.name);
                inChildren = false;
            } else if (t.name == TemplateSyntax::ifBlock()) {
                if (ifStack.isEmpty())
                    return Status::failure(tr("%1 does not close an open {if} block.").arg(t.text),
                                           t.name);
                ifStack.removeLast();
            } else {
                return Status::failure(tr("%1 is not a field a letter may show.").arg(t.text),
                                       t.name);
            }
            break;
        }
    }
    if (inChildren)
        return Status::failure(tr("{children} is not closed with {/children}."),
                               TemplateSyntax::childrenBlock());
    if (!ifStack.isEmpty())
        return Status::failure(tr("{if %1} is not closed with {/if}.").arg(ifStack.last()),
                               ifStack.last());
    return {};
}

QStringList Placeholders::disclosedFields(const QString &body, LetterKind kind,
                                          const LetterFieldOptions &options,
                                          const QString &condition)
{
    const QStringList child = childFields(kind);
    const QStringList conditions = conditionFields();
    QStringList used;
    QList<bool> skipped; // per open block: inside a block of another letter's condition
    for (const TemplateToken &t : TemplateSyntax::tokenize(body)) {
        const bool skipping = !skipped.isEmpty() && skipped.last();
        if (t.type == TemplateToken::Type::Open) {
            skipped.append(skipping || (!condition.isEmpty() && conditions.contains(t.argument) &&
                                        t.argument != condition));
        } else if (t.type == TemplateToken::Type::Close) {
            if (!skipped.isEmpty())
                skipped.removeLast();
        } else if (t.type == TemplateToken::Type::Field && !skipping && child.contains(t.name) &&
                   enabled(t.name, options) && !used.contains(t.name)) {
            used.append(t.name);
        }
    }
    return used;
}

} // namespace enc
