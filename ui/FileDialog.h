#pragma once

#include <QString>

class QWidget;

namespace enc::ui {

// Every file chooser goes through here, so tests can answer it in advance
// (keepassxc's FileDialog::setNextFileName).
class FileDialog
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString directory(QWidget *parent, const QString &caption);
    // The name the next chooser returns without showing.
    static void setNextFileName(const QString &name);
};

} // namespace enc::ui
