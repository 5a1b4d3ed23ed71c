#pragma once

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QMimeDatabase>

namespace enc::ui {

// Icons and type names for the file dialogs, from a file's name alone. Qt's own provider
// guesses a type by reading the file's first bytes (QMimeDatabase's content sniffing), and on
// POSIX closing any descriptor of a file drops every lock this process holds on it: listing
// the folder of the database (or its -wal and -shm) silently released SQLite's locks, and
// another desk then deleted the WAL under the open window. This provider never opens a file.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(enc::ui::NameOnlyIconProvider)

public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QMimeDatabase m_mime;
};

} // namespace enc::ui
