#include "TemplateEditor.h"

#include "LettersNames.h"
#include "letters/LetterTemplates.h"
#include "letters/Placeholders.h"
#include "letters/TemplateRenderer.h"
#include "repo/Options.h"
#include "storage/Database.h"
#include "widgets/FormMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace enc::ui {

namespace {
// Invented values for the preview: never a real child.
LetterValues sampleValues()
{
    LetterValues v;
    v.letter = {{QStringLiteral("setting.name"), QStringLiteral("Example Nursery")},
                {QStringLiteral("setting.dsl"), QStringLiteral("A. Lead")},
                {QStringLiteral("office.name"), QStringLiteral("Early Help Office")},
                {QStringLiteral("office.address"), QStringLiteral("1 Example Street")},
                {QStringLiteral("today"), QStringLiteral("25 July 2024")}};
    v.children.append({{QStringLiteral("child.name"), QStringLiteral("Sample Child")},
                       {QStringLiteral("child.dob"), QStringLiteral("1 January 2021")},
                       {QStringLiteral("child.age"), QStringLiteral("3")},
                       {QStringLiteral("child.home_address"), QStringLiteral("2 Example Road")},
                       {QStringLiteral("incident.date"), QStringLiteral("24 July 2024")},
                       {QStringLiteral("incident.time"), QStringLiteral("22:15")},
                       {QStringLiteral("incident.address"), QStringLiteral("2 Example Road")},
                       {QStringLiteral("police.reference"), QStringLiteral("EX0000001")},
                       {QStringLiteral("proforma.sent"), QStringLiteral("1 July 2024")},
                       {QStringLiteral("proforma.due"), QStringLiteral("15 July 2024")}});
    return v;
}
} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_version(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_source(new QPlainTextEdit(this)),
      m_preview(new QTextBrowser(this)), m_message(formMessage(this)),
      m_save(new QPushButton(tr("&Save as new version"), this))
{
    m_kind->setObjectName(QLatin1String(names::TemplateKind));
    m_version->setObjectName(QLatin1String(names::TemplateVersion));
    m_source->setObjectName(QLatin1String(names::TemplateSource));
    m_preview->setObjectName(QLatin1String(names::TemplatePreview));
    m_save->setObjectName(QLatin1String(names::TemplateSave));
    m_message->setObjectName(QLatin1String(names::TemplateMessage));
    for (LetterKind k : LetterKinds::all())
        m_kind->addItem(LetterKinds::label(k), LetterKinds::code(k));

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Name:"), m_name);
    auto *help = new QLabel(
        tr("Placeholders: %1; between {children} and {/children}: %2. Optional fields go "
           "inside {if field}...{/if}.")
            .arg(Placeholders::letterFields().join(QStringLiteral(", ")),
                 Placeholders::childFields(LetterKind::ProformaChase).join(QStringLiteral(", "))),
        this);
    help->setWordWrap(true);
    auto *split = new QSplitter(this);
    split->addWidget(m_source);
    split->addWidget(m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadKind);
    connect(m_version, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadVersion);
    connect(m_source, &QPlainTextEdit::textChanged, this, &TemplateEditor::updatePreview);
    connect(m_save, &QPushButton::clicked, this, [this]() { save(); });
    setEnabled(false);
}

void TemplateEditor::setDatabase(Database *db)
{
    m_db = db;
    setEnabled(db != nullptr);
    loadKind();
}

void TemplateEditor::loadKind()
{
    if (!m_db)
        return;
    const LetterKind kind = *LetterKinds::fromCode(m_kind->currentData().toString());
    LetterTemplates templates(*m_db);
    auto current = templates.current(kind); // stores the default as version 1 on first use
    auto all = templates.versions(kind);
    QSignalBlocker block(m_version);
    m_version->clear();
    if (!current || !all) {
        m_message->setText(current ? all.errorText() : current.errorText());
        m_message->show();
        return;
    }
    for (const LetterTemplate &t : *all) {
        m_version->addItem(
            tr("Version %1, %2 by %3")
                .arg(t.version)
                .arg(t.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                     t.createdBy),
            t.id);
    }
    m_version->setCurrentIndex(0);
    loadVersion();
}

void TemplateEditor::loadVersion()
{
    if (!m_db || m_version->currentIndex() < 0)
        return;
    auto t = LetterTemplates(*m_db).byId(m_version->currentData().toLongLong());
    if (!t)
        return;
    m_name->setText(t->name);
    m_source->setPlainText(t->body);
    m_message->hide();
}

void TemplateEditor::updatePreview()
{
    m_preview->setHtml(TemplateRenderer::render(m_source->toPlainText(), sampleValues()));
}

QString TemplateEditor::save()
{
    if (!m_db)
        return tr("No database is open.");
    const LetterKind kind = *LetterKinds::fromCode(m_kind->currentData().toString());
    auto saved = LetterTemplates(*m_db).save(kind, m_name->text(), m_source->toPlainText());
    if (!saved) {
        m_message->setText(saved.errorText());
        m_message->show();
        return saved.errorText();
    }
    loadKind();
    return {};
}

} // namespace enc::ui
