// The import wizard's three steps as widgets: the file and past imports, the column
// mapping with its preview, and the review before commit. The work behind them is in
// ImportWizard.cpp.

#include "ImportWizard.h"

#include "ImportCounts.h"

#include "BackgroundTask.h"
#include "FileDialog.h"
#include "ImportBatchesModel.h"
#include "ImportNames.h"
#include "ImportRowsModel.h"
#include "MessageBox.h"
#include "import/ImportBatches.h"
#include "import/ImportProfiles.h"
#include "import/Importer.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace enc::ui {

QWidget *ImportWizard::buildStart()
{
    auto *page = new QWidget(this);
    m_choose = new QPushButton(tr("&Choose a file..."), page);
    m_choose->setObjectName(QLatin1String(names::ImportChooseFile));
    auto *intro = new QLabel(tr("Import the police daily spreadsheet (CSV or Excel .xlsx): "
                                "choose the file, or drop it on the window. Nothing is written "
                                "until you have seen what the import will do."),
                             page);
    intro->setWordWrap(true);
    m_batchesView = new QTableView(page);
    m_batchesView->setObjectName(QLatin1String(names::ImportBatches));
    m_batchesView->setModel(m_batches);
    m_batchesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batchesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batchesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batchesView->verticalHeader()->hide();
    m_batchesView->horizontalHeader()->setStretchLastSection(true);
    m_batchesView->setAccessibleName(tr("Past imports"));
    auto *undo = new QPushButton(tr("&Undo import..."), page);
    undo->setObjectName(QLatin1String(names::ImportUndo));
    undo->setToolTip(tr("Withdraw the selected import as a whole, while nothing recorded since "
                        "depends on it"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_choose);
    top->addStretch();
    auto *past = new QGroupBox(tr("Past imports"), page);
    auto *pastLayout = new QVBoxLayout(past);
    pastLayout->addWidget(m_batchesView, 1);
    auto *pastButtons = new QHBoxLayout;
    pastButtons->addStretch();
    pastButtons->addWidget(undo);
    pastLayout->addLayout(pastButtons);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(past, 1);

    connect(m_choose, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(undo, &QPushButton::clicked, this, &ImportWizard::undoSelectedBatch);
    return page;
}

QWidget *ImportWizard::buildMapping()
{
    auto *page = new QWidget(this);
    m_fileLabel = new QLabel(page);
    m_fileLabel->setObjectName(QLatin1String(names::ImportFileLabel));
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QLatin1String(names::ImportSheet));
    m_sheetLabel = new QLabel(tr("&Sheet:"), page);
    m_sheetLabel->setBuddy(m_sheet);
    m_profileLabel = new QLabel(page);
    m_profileLabel->setObjectName(QLatin1String(names::ImportProfileLabel));
    m_profileLabel->setWordWrap(true);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QLatin1String(names::ImportPreview));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("The first rows of the file, with the field of each column"));
    m_received = new DateField(tr("Date received"), true, page);
    m_received->setObjectName(QLatin1String(names::ImportReceived));
    m_received->setDate(QDate::currentDate());
    m_saveProfile = new QLineEdit(page);
    m_saveProfile->setObjectName(QLatin1String(names::ImportSaveProfile));
    m_saveProfile->setPlaceholderText(tr("optional: a name, e.g. the force's daily sheet"));
    m_check = new QPushButton(tr("C&heck the rows"), page);
    m_check->setObjectName(QLatin1String(names::ImportCheck));
    m_check->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_fileLabel, 1);
    top->addWidget(m_sheetLabel);
    top->addWidget(m_sheet);
    auto *form = new QFormLayout;
    form->addRow(tr("Date &received:"), m_received);
    form->addRow(tr("Save the mapping &as profile:"), m_saveProfile);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_check);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_profileLabel);
    layout->addWidget(new QLabel(tr("Choose what each column holds (the first row of the table); "
                                    "the rows under it are the start of the file."),
                                 page));
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_sheet, &QComboBox::activated, this, [this]() {
        if (!isBusy())
            openFile(m_path, m_sheet->currentText());
    });
    connect(m_check, &QPushButton::clicked, this, &ImportWizard::check);
    return page;
}

QWidget *ImportWizard::buildReview()
{
    auto *page = new QWidget(this);
    m_notice = new QLabel(page);
    m_notice->setObjectName(QLatin1String(names::ImportNotice));
    m_notice->setWordWrap(true);
    auto *counts = new QGridLayout;
    const auto labels = countLabels();
    for (int i = 0; i < labels.size(); ++i) {
        auto *value = new QLabel(page);
        value->setObjectName(QLatin1String(names::ImportCountPrefix) + labels.at(i).first);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *label = new QLabel(labels.at(i).second, page);
        label->setBuddy(value);
        counts->addWidget(label, i % 5, (i / 5) * 2);
        counts->addWidget(value, i % 5, (i / 5) * 2 + 1);
        m_counts.insert(labels.at(i).first, value);
    }
    counts->setColumnStretch(int(labels.size() + 4) / 5 * 2, 1); // after the last column

    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QLatin1String(names::ImportStatusFilter));
    m_statusFilter->addItem(tr("Every row"), QString());
    for (RowStatus s :
         {RowStatus::NewChild, RowStatus::MatchedChild, RowStatus::ForReview, RowStatus::Duplicate,
          RowStatus::Unchanged, RowStatus::Conflict, RowStatus::Error}) {
        m_statusFilter->addItem(ImportReport::statusLabel(s), ImportReport::statusKey(s));
    }
    m_rowsProxy->setSourceModel(m_rows);
    m_rowsProxy->setFilterRole(ImportRowsModel::StatusKeyRole);
    m_rowsProxy->setFilterKeyColumn(ImportRowsModel::StatusColumn);
    m_rowsView = new QTableView(page);
    m_rowsView->setObjectName(QLatin1String(names::ImportRows));
    m_rowsView->setModel(m_rowsProxy);
    m_rowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsView->setWordWrap(true);
    m_rowsView->verticalHeader()->hide();
    m_rowsView->horizontalHeader()->setStretchLastSection(true);
    m_rowsView->setAccessibleName(tr("Each row of the file and what the import does with it"));
    m_commit = new QPushButton(tr("C&ommit the import"), page);
    m_commit->setObjectName(QLatin1String(names::ImportCommit));

    auto *filter = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&how:"), page);
    filterLabel->setBuddy(m_statusFilter);
    filter->addWidget(filterLabel);
    filter->addWidget(m_statusFilter);
    filter->addStretch();
    auto *back = new QPushButton(tr("&Back to the columns"), page);
    back->setObjectName(QLatin1String(names::ImportBack));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_commit);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_notice);
    layout->addLayout(counts);
    layout->addLayout(filter);
    layout->addWidget(m_rowsView, 1);
    layout->addLayout(buttons);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this]() {
        const QString key = m_statusFilter->currentData().toString();
        m_rowsProxy->setFilterRegularExpression(
            key.isEmpty() ? QString() : QLatin1Char('^') + key + QLatin1Char('$'));
    });
    connect(m_commit, &QPushButton::clicked, this, &ImportWizard::commit);
    connect(back, &QPushButton::clicked, this, [this]() {
        if (isBusy())
            return;
        m_steps->setCurrentIndex(MappingStep);
        setMessage({});
    });
    return page;
}

} // namespace enc::ui
