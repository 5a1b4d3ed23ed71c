#include "LettersPage.h"

#include "FileDialog.h"
#include "LetterFilterControls.h"
#include "LettersNames.h"
#include "MessageBox.h"
#include "TemplateEditor.h"
#include "letters/LetterExporter.h"
#include "letters/LetterHistory.h"
#include "letters/LetterSelection.h"
#include "repo/Children.h"
#include "storage/Database.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

namespace enc::ui {

namespace {
enum Selection
{
    Received,
    Meeting,
    OneChild,
    Overdue
};
} // namespace

LettersPage::LettersPage(QWidget *parent)
    : QWidget(parent), m_selection(new QComboBox(this)), m_selectionValue(new QStackedWidget(this)),
      m_received(new DateField(tr("Date received"), true, this)), m_meeting(new QSpinBox(this)),
      m_child(new QSpinBox(this)), m_kind(new QComboBox(this)), m_format(new QComboBox(this)),
      m_filters(new LetterFilterControls(this)),
      m_perChild(new QCheckBox(tr("O&ne letter per child (instead of one per setting)"), this)),
      m_password(new QLineEdit(this)), m_folder(new QLineEdit(this)),
      m_write(new QPushButton(tr("&Write letters"), this)), m_result(new QPlainTextEdit(this)),
      m_editor(new TemplateEditor(this))
{
    setObjectName(QLatin1String(names::LettersPage));
    m_selection->setObjectName(QLatin1String(names::LettersSelection));
    m_kind->setObjectName(QLatin1String(names::LettersKind));
    m_format->setObjectName(QLatin1String(names::LettersFormat));
    m_perChild->setObjectName(QLatin1String(names::LettersPerChild));
    m_password->setObjectName(QLatin1String(names::LettersPassword));
    m_folder->setObjectName(QLatin1String(names::LettersFolder));
    m_write->setObjectName(QLatin1String(names::LettersWrite));
    m_result->setObjectName(QLatin1String(names::LettersResult));

    m_selection->addItem(tr("Children on PPNs received on a date"), Received);
    m_selection->addItem(tr("Children heard at a meeting"), Meeting);
    m_selection->addItem(tr("One child"), OneChild);
    m_selection->addItem(tr("Children whose proforma is overdue"), Overdue);
    m_received->setDate(QDate::currentDate());
    for (QSpinBox *box : {m_meeting, m_child})
        box->setRange(1, std::numeric_limits<int>::max());
    m_meeting->setPrefix(tr("Meeting "));
    m_child->setPrefix(tr("Child "));
    m_selectionValue->addWidget(m_received);
    m_selectionValue->addWidget(m_meeting);
    m_selectionValue->addWidget(m_child);
    m_selectionValue->addWidget(new QLabel(tr("Due before today, not returned."), this));
    for (LetterKind k : LetterKinds::all())
        m_kind->addItem(LetterKinds::label(k), LetterKinds::code(k));
    m_format->addItem(tr("PDF"), formatCode(LetterFormat::Pdf));
    m_format->addItem(tr("OpenDocument text (.odt)"), formatCode(LetterFormat::Odt));
    m_format->addItem(tr("E-mail draft to the DSL with the PDF (.eml)"),
                      formatCode(LetterFormat::Eml));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional: protects the PDFs; it is not kept"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_result->setReadOnly(true);

    auto *write = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Children:"), m_selection);
    form->addRow(QString(), m_selectionValue);
    m_filters->addRows(form);
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_perChild);
    form->addRow(tr("&Password:"), m_password);
    // A row whose field is a layout gets a label with no buddy, which shows the "&" as it
    // is: the label is made here with the folder box as its buddy, so Alt+O reaches it.
    auto *folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_write);
    auto *writeLayout = new QVBoxLayout(write);
    writeLayout->addLayout(form);
    writeLayout->addLayout(buttons);
    writeLayout->addWidget(m_result, 1);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(write, tr("Write letters"));
    tabs->addTab(m_editor, tr("Templates"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    connect(m_selection, &QComboBox::currentIndexChanged, m_selectionValue,
            &QStackedWidget::setCurrentIndex);
    connect(m_selection, &QComboBox::currentIndexChanged, this, &LettersPage::flagHighRisk);
    connect(m_received, &DateField::dateChanged, this, &LettersPage::flagHighRisk);
    connect(m_meeting, &QSpinBox::valueChanged, this, &LettersPage::flagHighRisk);
    connect(m_child, &QSpinBox::valueChanged, this, &LettersPage::flagHighRisk);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LettersPage::flagHighRisk);
    connect(browse, &QPushButton::clicked, this, &LettersPage::chooseFolder);
    connect(m_write, &QPushButton::clicked, this, [this]() { writeLetters(); });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this]() {
        m_password->setEnabled(m_format->currentData().toString() != formatCode(LetterFormat::Odt));
    });
    setDatabase(nullptr);
}

void LettersPage::setDatabase(Database *db)
{
    m_db = db;
    m_write->setEnabled(db != nullptr);
    m_editor->setDatabase(db);
    flagHighRisk();
}

Result<QList<LetterEntry>> LettersPage::selectedEntries() const
{
    LetterSelection selection(*m_db);
    switch (m_selection->currentData().toInt()) {
    case Received:
        return selection.receivedOn(m_received->date());
    case Meeting:
        return selection.heardAt(m_meeting->value());
    case OneChild:
        return selection.child(m_child->value());
    default:
        return selection.overdueProformas(QDate::currentDate());
    }
}

void LettersPage::flagHighRisk()
{
    const LetterKind kind = *LetterKinds::fromCode(m_kind->currentData().toString());
    std::optional<QList<HighRiskChild>> children = QList<HighRiskChild>{};
    if (m_db && LetterFilters::holdsHighRisk(kind)) {
        switch (m_selection->currentData().toInt()) {
        case Received: // a county's day is thousands of children: one query
            if (m_received->isValid()) {
                auto found = LetterSelection(*m_db).highRiskReceivedOn(m_received->date());
                children = found ? *found : QList<HighRiskChild>{};
            }
            break;
        case Meeting:
        case OneChild: {
            auto entries = selectedEntries();
            children = LetterFilters::highRisk(entries ? *entries : QList<LetterEntry>{});
            break;
        }
        default: // every overdue proforma: too many to read as the choice changes
            children = std::nullopt;
            break;
        }
    }
    m_filters->showHighRisk(children, kind);
}

void LettersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        flagHighRisk();
}

void LettersPage::chooseFolder()
{
    const QString dir = FileDialog::directory(this, tr("Folder for the letters"));
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

QString LettersPage::writeLetters()
{
    if (!m_db)
        return {};
    auto show = [this](const QString &text) {
        m_result->setPlainText(text);
        return text;
    };
    LetterRequest request;
    request.kind = *LetterKinds::fromCode(m_kind->currentData().toString());
    request.format = *formatFromCode(m_format->currentData().toString());
    request.perChild = m_perChild->isChecked();
    request.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (request.format != LetterFormat::Odt)
        request.password = m_password->text().toUtf8();

    QString problem;
    request.filter = m_filters->filter(&problem);
    if (!problem.isEmpty())
        return show(problem);
    if (m_selection->currentData().toInt() == Received && !m_received->isValid()) {
        m_received->showMessage();
        return show(m_received->message());
    }
    auto entries = selectedEntries();
    if (!entries)
        return show(entries.errorText());
    m_filters->showHighRisk(LetterFilters::highRisk(*entries), request.kind);
    if (entries->isEmpty())
        return show(tr("No children to write to."));

    const FilteredEntries chosen = LetterFilters::apply(*entries, request.filter, request.kind);
    if (chosen.kept.isEmpty() && chosen.highRisk.isEmpty())
        return show(tr("No letter to write: the risk, type and presence ticks leave out every "
                       "child chosen (%n children).",
                       nullptr, chosen.leftOut));

    // A second copy is sent only when asked for: the log shows what went already.
    auto prior = LetterHistory(*m_db).alreadySent(chosen.kept, request.kind, request.today);
    if (!prior)
        return show(prior.errorText());
    if (!prior->isEmpty()) {
        const QString sent =
            LetterHistory::summary(*prior) + QLatin1Char('\n') + LetterHistory::describe(*prior);
        const auto answer = MessageBox::question(
            this, tr("Letters already sent"),
            sent + tr("\nWrite these letters again, and log them as sent a second time?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
            {{QMessageBox::Yes, tr("Write again")}, {QMessageBox::No, tr("Do not write")}});
        if (answer != QMessageBox::Yes)
            return show(tr("Nothing was written: these letters were sent already.\n") + sent);
    }

    QProgressDialog progress(tr("Writing letters..."), tr("Stop"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    request.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    auto run = LetterExporter(*m_db).write(*entries, request);
    m_password->clear(); // used once, never kept
    if (!run)
        return show(run.errorText());
    const QString notes =
        run->notes.isEmpty() ? QString() : run->notes.join(QLatin1Char('\n')) + QLatin1Char('\n');

    // Who got no letter comes before the list of files, so it is seen without scrolling.
    QString text =
        run->written.size() == 1
            ? tr("1 file written and logged in the disclosure log.\n")
            : tr("%1 files written and logged in the disclosure log.\n").arg(run->written.size());
    QString files;
    for (const WrittenLetter &w : run->written)
        files += tr("  %1 (%2; children: %3)\n")
                     .arg(QDir::toNativeSeparators(w.path), w.settingName)
                     .arg(w.childIds.size());
    if (run->cancelled) {
        text = tr("Stopped before the end: no letter was written and nothing was logged.\n");
        files.clear();
    }
    if (run->leftOut > 0)
        text += tr("%n children left out by the risk, type and presence ticks.\n", nullptr,
                   run->leftOut);
    if (!run->skipped.isEmpty()) {
        text += run->skipped.size() == 1
                    ? tr("\nNo letter for 1 child:\n")
                    : tr("\nNo letter for %1 children:\n").arg(run->skipped.size());
        Children children(*m_db);
        for (const SkippedChild &s : run->skipped) {
            auto c = children.get(s.childId);
            text += QStringLiteral("  %1: %2\n")
                        .arg(c ? c->fullName() : tr("child %1").arg(s.childId), s.reason);
        }
    }
    if (!files.isEmpty())
        text += tr("\nFiles:\n") + files;
    return show(notes + text);
}

} // namespace enc::ui
