// The import page's list of past imports, and undoing one (ImportWizard's third part).

#include "ImportWizard.h"

#include "ImportBatchesModel.h"
#include "MessageBox.h"
#include "import/ImportBatches.h"
#include "storage/Database.h"

#include <QTableView>

namespace enc::ui {

void ImportWizard::refreshBatches()
{
    if (!m_db)
        return;
    if (const QString error = m_batches->reload(*m_db); !error.isEmpty())
        setMessage(error, true);
    m_batchesView->resizeColumnsToContents();
}

void ImportWizard::undoSelectedBatch()
{
    if (!m_db || isBusy())
        return;
    const QModelIndex index = m_batchesView->currentIndex();
    if (!index.isValid()) {
        setMessage(tr("Select the import to undo in the list of past imports."), true);
        return;
    }
    const ImportBatches::Batch batch = m_batches->batch(index.row());
    if (batch.undoneAt.isValid()) {
        setMessage(tr("The import of %1 was already undone.").arg(batch.fileName), true);
        return;
    }
    // Said before asking: an import that cannot be undone is never confirmed, then refused.
    if (Status s = ImportBatches(*m_db).canUndo(batch.id); !s) {
        setMessage(tr("The import of %1 cannot be undone: %2").arg(batch.fileName, s.errorText()),
                   true);
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Undo import"),
        tr("Undo the import of %1 (batch %2)? Its PPNs and the children it made are withdrawn "
           "from the tracker (kept in the history).")
            .arg(batch.fileName)
            .arg(batch.id));
    if (answer != QMessageBox::Yes)
        return;
    auto undone = ImportBatches(*m_db).undo(batch.id);
    if (!undone) {
        setMessage(undone.errorText(), true);
        return;
    }
    setMessage(tr("Import of %1 undone: %2 PPNs and %3 children withdrawn.")
                   .arg(batch.fileName)
                   .arg(undone->ppns)
                   .arg(undone->children));
    refreshBatches();
    emit imported(batch.id);
}

} // namespace enc::ui
