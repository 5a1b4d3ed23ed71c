#include "TemplateEditor.h"

#include "LettersNames.h"
#include "letters/LetterDocument.h"
#include "letters/LetterTemplates.h"
#include "letters/Placeholders.h"
#include "letters/TemplateRenderer.h"
#include "letters/TemplateRows.h"
#include "repo/Options.h"
#include "storage/Database.h"
#include "widgets/FormMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace enc::ui {

namespace {
// Invented values for the preview: never a real child. Only what a real letter of this kind
// would show: the fields of the kind, and the optional ones the office shares (a preview
// with an age or an address the letters leave out showed what is never sent).
LetterValues sampleValues(LetterKind kind, const LetterFieldOptions &options, PpnType type)
{
    const bool missing = type == PpnType::MissingChild;
    LetterValues v;
    v.letter = {{QStringLiteral("setting.name"), QStringLiteral("Example Nursery")},
                {QStringLiteral("setting.dsl"), QStringLiteral("A. Lead")},
                {QStringLiteral("office.name"), QStringLiteral("Early Help Office")},
                {QStringLiteral("office.address"), QStringLiteral("1 Example Street")},
                {QStringLiteral("today"), QStringLiteral("25 July 2024")},
                {missing ? QStringLiteral("notification.missing_child")
                         : QStringLiteral("notification.domestic_abuse"),
                 QStringLiteral("yes")}};
    const QList<std::pair<QString, QString>> child = {
        {QStringLiteral("child.name"), QStringLiteral("Sample Child")},
        {QStringLiteral("child.dob"), QStringLiteral("1 January 2021")},
        {QStringLiteral("notification.type"), missing
                                                  ? TemplateEditor::tr("Missing child episode")
                                                  : TemplateEditor::tr("Domestic abuse incident")},
        {QStringLiteral("child.age"), QStringLiteral("3")},
        {QStringLiteral("child.home_address"), QStringLiteral("2 Example Road")},
        {QStringLiteral("incident.date"), QStringLiteral("24 July 2024")},
        {QStringLiteral("incident.time"), QStringLiteral("22:15")},
        {QStringLiteral("incident.address"), QStringLiteral("2 Example Road")},
        {QStringLiteral("police.reference"), QStringLiteral("EX0000001")},
        {QStringLiteral("proforma.sent"), QStringLiteral("1 July 2024")},
        {QStringLiteral("proforma.due"), QStringLiteral("15 July 2024")}};
    const QStringList allowed = Placeholders::childFields(kind);
    QHash<QString, QString> values;
    for (const auto &[field, value] : child)
        if (allowed.contains(field) && Placeholders::enabled(field, options))
            values.insert(field, value);
    v.children.append(values);
    return v;
}
} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_version(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_source(new QPlainTextEdit(this)),
      m_design(new QTextEdit(this)), m_tabs(new QTabWidget(this)), m_tools(new QToolBar(this)),
      m_preview(new QTextBrowser(this)), m_message(formMessage(this)),
      m_save(new QPushButton(tr("&Save as new version"), this)), m_fields(new QMenu(this)),
      m_previewType(new QComboBox(this))
{
    m_kind->setObjectName(QLatin1String(names::TemplateKind));
    m_version->setObjectName(QLatin1String(names::TemplateVersion));
    m_source->setObjectName(QLatin1String(names::TemplateSource));
    m_design->setObjectName(QLatin1String(names::TemplateDesign));
    m_tabs->setObjectName(QLatin1String(names::TemplateTabs));
    m_design->setAcceptRichText(true);
    // The letters' own typeface, so what is written here is what is printed.
    m_design->document()->setDefaultFont(LetterDocument::font());
    m_preview->document()->setDefaultFont(LetterDocument::font());
    m_design->setTabChangesFocus(true);
    m_preview->setObjectName(QLatin1String(names::TemplatePreview));
    m_save->setObjectName(QLatin1String(names::TemplateSave));
    m_message->setObjectName(QLatin1String(names::TemplateMessage));
    for (LetterKind k : LetterKinds::all())
        m_kind->addItem(LetterKinds::label(k), LetterKinds::code(k));
    m_previewType->setObjectName(QLatin1String(names::TemplatePreviewType));
    m_previewType->addItem(tr("Domestic abuse"), int(PpnType::DomesticAbuse));
    m_previewType->addItem(tr("Missing child"), int(PpnType::MissingChild));

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Preview &as:"), m_previewType);
    auto *help = new QLabel(
        tr("Placeholders: %1; between {children} and {/children}: %2. Optional fields go "
           "inside {if field}...{/if}. Wording for one type of notification goes inside "
           "{if %3}...{/if} (the last: a letter about both).")
            .arg(Placeholders::letterFields().join(QStringLiteral(", ")),
                 Placeholders::childFields(LetterKind::ProformaChase).join(QStringLiteral(", ")),
                 Placeholders::conditionFields().join(QStringLiteral("} or {if "))),
        this);
    help->setWordWrap(true);
    // Formatting for the design view; the usual shortcuts work while typing in it.
    const auto format = [this](const QString &text, const QKeySequence &keys, auto apply) {
        QAction *a = m_tools->addAction(text);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, apply);
        addAction(a); // the shortcut works anywhere in the editor, not only on the toolbar
        return a;
    };
    format(tr("Bold"), QKeySequence::Bold, [this] {
        m_design->setFontWeight(m_design->fontWeight() >= QFont::Bold ? QFont::Normal
                                                                      : QFont::Bold);
    });
    format(tr("Italic"), QKeySequence::Italic,
           [this] { m_design->setFontItalic(!m_design->fontItalic()); });
    format(tr("Underline"), QKeySequence::Underline,
           [this] { m_design->setFontUnderline(!m_design->fontUnderline()); });
    format(tr("Bulleted list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] {
        QTextCursor c = m_design->textCursor();
        if (c.currentList())
            c.currentList()->remove(c.block());
        else
            c.createList(QTextListFormat::ListDisc);
    });
    format(tr("Heading"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] {
        QTextCursor c = m_design->textCursor();
        QTextBlockFormat block = c.blockFormat();
        block.setHeadingLevel(block.headingLevel() == 2 ? 0 : 2);
        c.setBlockFormat(block);
        QTextCharFormat chars;
        chars.setFontWeight(block.headingLevel() ? QFont::Bold : QFont::Normal);
        chars.setProperty(QTextFormat::FontSizeAdjustment, block.headingLevel() ? 1 : 0);
        c.select(QTextCursor::BlockUnderCursor);
        c.mergeCharFormat(chars);
    });
    m_tools->addSeparator();
    auto *insert = new QToolButton(this);
    insert->setObjectName(QLatin1String(names::TemplateInsert));
    insert->setText(tr("Insert field"));
    insert->setPopupMode(QToolButton::InstantPopup);
    insert->setMenu(m_fields);
    m_tools->addWidget(insert);

    auto *designPage = new QWidget(this);
    auto *designLayout = new QVBoxLayout(designPage);
    designLayout->setContentsMargins(0, 0, 0, 0);
    designLayout->addWidget(m_tools);
    designLayout->addWidget(m_design, 1);
    m_tabs->addTab(designPage, tr("&Letter"));
    m_tabs->addTab(m_source, tr("&HTML"));

    auto *split = new QSplitter(this);
    split->addWidget(m_tabs);
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
    connect(m_previewType, &QComboBox::currentIndexChanged, this, &TemplateEditor::updatePreview);
    connect(m_source, &QPlainTextEdit::textChanged, this, &TemplateEditor::sourceEdited);
    connect(m_design, &QTextEdit::textChanged, this, &TemplateEditor::designEdited);
    connect(m_save, &QPushButton::clicked, this, [this]() { save(); });
    setEnabled(false);
}

void TemplateEditor::setDatabase(Database *db)
{
    m_db = db;
    setEnabled(db != nullptr);
    loadKind();
}

// The fields a template of this kind may show: those Save accepts. An optional field the
// office does not share is offered inside {if ...}, the only way Save takes it.
void TemplateEditor::offerFields(LetterKind kind)
{
    m_fields->clear();
    for (const QString &f : Placeholders::letterFields() + Placeholders::childFields(kind)) {
        if (Placeholders::enabled(f, m_options)) {
            m_fields->addAction(QStringLiteral("{%1}").arg(f), this,
                                [this, f] { insertPlaceholder(f); });
        } else {
            m_fields->addAction(tr("{%1} (only if the office shares it)").arg(f), this, [this, f] {
                m_design->textCursor().insertText(QStringLiteral("{if %1}{%1}{/if}").arg(f));
                m_design->setFocus();
            });
        }
    }
    m_fields->addSeparator();
    for (const QString &c : Placeholders::conditionFields()) {
        const QString label =
            c.endsWith(QLatin1String("missing_child")) ? tr("Only for a missing child: {if %1}")
            : c.endsWith(QLatin1String("mixed"))       ? tr("Only for a letter about both: {if %1}")
                                                       : tr("Only for domestic abuse: {if %1}");
        m_fields->addAction(label.arg(c), this, [this, c] {
            m_design->textCursor().insertText(QStringLiteral("{if %1}{/if}").arg(c));
            m_design->setFocus();
        });
    }
    m_fields->addAction(tr("Each child: {children} ... {/children}"), this, [this] {
        m_design->textCursor().insertText(QStringLiteral("{children}{child.name}{/children}"));
    });
}

void TemplateEditor::loadKind()
{
    if (!m_db)
        return;
    const LetterKind kind = *LetterKinds::fromCode(m_kind->currentData().toString());
    m_options = LetterFieldOptions::fromOptions(Options(m_db->sql()));
    offerFields(kind);
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

void TemplateEditor::sourceEdited()
{
    if (m_syncing)
        return;
    // The design view follows the HTML; its own rewrite of the HTML is not fed back, so a
    // template only viewed is saved as written. Rows shown only when a field has a value get
    // their markers inside the row: the editor would move them into the cell before.
    m_syncing = true;
    m_design->setHtml(TemplateRows::intoCells(m_source->toPlainText()));
    m_syncing = false;
    updatePreview();
}

void TemplateEditor::designEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_source->setPlainText(m_design->toHtml());
    m_syncing = false;
    updatePreview();
}

void TemplateEditor::insertPlaceholder(const QString &field)
{
    m_design->textCursor().insertText(QStringLiteral("{%1}").arg(field));
    m_design->setFocus();
}

void TemplateEditor::updatePreview()
{
    const auto kind = LetterKinds::fromCode(m_kind->currentData().toString());
    m_preview->setHtml(TemplateRenderer::render(
        m_source->toPlainText(), sampleValues(kind.value_or(LetterKind::Notification), m_options,
                                              PpnType(m_previewType->currentData().toInt()))));
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
