#pragma once

#include <QString>

#include <memory>

class QFileDialog;
class QWidget;

namespace enc::ui {

// Every file chooser goes through here, so tests can answer it in advance
// (keepassxc's FileDialog::setNextFileName), and so every dialog lists a folder the one safe
// way: names and stat() only, never a file's content (see NameOnlyIconProvider).
class FileDialog
{
public:
    enum class Kind
    {
        Open,
        Save,
        Directory
    };

    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString directory(QWidget *parent, const QString &caption);
    // The name the next chooser returns without showing.
    static void setNextFileName(const QString &name);

    // The dialog the choosers above show (not yet shown), opened on folder (and, to save,
    // with name filled in). Public for the test that lists the database's folder with it.
    static std::unique_ptr<QFileDialog> create(QWidget *parent, Kind kind, const QString &caption,
                                               const QString &folder, const QString &name = {},
                                               const QString &filter = {});
};

} // namespace enc::ui
