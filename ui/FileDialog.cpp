#include "FileDialog.h"

#include "NameOnlyIconProvider.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace enc::ui {

namespace {
QString g_next;
bool g_hasNext = false;

bool takeNext(QString &out)
{
    if (!g_hasNext)
        return false;
    out = g_next;
    g_hasNext = false;
    return true;
}

// Owns the dialog's icon provider (the dialog does not). A child made after the dialog's
// file model is deleted after it, so the model never holds a dangling provider.
class ProviderOwner : public QObject
{
public:
    using QObject::QObject;
    NameOnlyIconProvider provider;
};

QString run(QFileDialog &dialog)
{
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}
} // namespace

void FileDialog::setNextFileName(const QString &name)
{
    g_next = name;
    g_hasNext = true;
}

std::unique_ptr<QFileDialog> FileDialog::create(QWidget *parent, Kind kind, const QString &caption,
                                                const QString &folder, const QString &name,
                                                const QString &filter)
{
    // Made without a folder, so that nothing is listed before the provider below is in place.
    auto dialog = std::make_unique<QFileDialog>(parent, caption, QString(), filter);
#ifndef Q_OS_WIN
    // A native dialog on Linux (GTK's) or macOS runs inside this process and reads files to
    // guess their types, dropping SQLite's locks (POSIX locks belong to the process, and any
    // close() of the file releases them). Qt's own dialog lets us choose how it lists files.
    // Windows locks belong to the handle: its native dialog is safe.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
#endif
    dialog->setOption(QFileDialog::DontUseCustomDirectoryIcons);
    auto *owner = new ProviderOwner(dialog.get());
    dialog->setIconProvider(&owner->provider);
    switch (kind) {
    case Kind::Open:
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
        break;
    case Kind::Save:
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        break;
    case Kind::Directory:
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        break;
    }
    if (!folder.isEmpty())
        dialog->setDirectory(folder);
    if (!name.isEmpty())
        dialog->selectFile(name);
    return dialog;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    QString next;
    if (takeNext(next))
        return next;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return run(*create(parent, Kind::Save, caption, dir, suggested, filter));
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString next;
    if (takeNext(next))
        return next;
    return run(*create(parent, Kind::Open, caption, {}, {}, filter));
}

QString FileDialog::directory(QWidget *parent, const QString &caption)
{
    QString next;
    if (takeNext(next))
        return next;
    return run(*create(parent, Kind::Directory, caption, {}));
}

} // namespace enc::ui
