// encompass-dialog-desk: a desk in a separate process with the window's file dialogs, for the
// lock tests (tests/gui/test_file_locks.cpp). It opens DB as the window does, then reads
// commands from stdin, one a line, and answers each on stdout once it is done:
//   add FORENAME          adds a child, committed          -> "added ID"
//   dialog open|save|directory
//                         builds that chooser through ui::FileDialog on DB's folder, shows
//                         it, waits until the folder is listed and every entry's icon and
//                         type are known (what a user sees)          -> "listed N"
//   quit                                                           -> exits 0
// It starts by printing "ready PID".

#include "FileDialog.h"
#include "repo/Children.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>

#include <cstdio>
#include <iostream>
#include <string>

using namespace enc;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int listFolder(ui::FileDialog::Kind kind, const QString &folder)
{
    auto dialog = ui::FileDialog::create(nullptr, kind, QStringLiteral("desk"), folder, {},
                                         QStringLiteral("Spreadsheets (*.csv *.xlsx)"));
    auto *model = dialog->findChild<QFileSystemModel *>();
    if (!model)
        return -1;
    bool loaded = false;
    QObject::connect(model, &QFileSystemModel::directoryLoaded, model,
                     [&](const QString &path) { loaded = loaded || QDir(path) == QDir(folder); });
    dialog->show();
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // The updates the gatherer sent before "loaded" have been delivered; ask for what the
    // views show: each entry's icon and its type column.
    QCoreApplication::processEvents();
    const QModelIndex root = model->index(folder);
    const int rows = model->rowCount(root);
    for (int r = 0; r < rows; ++r) {
        (void)model->data(model->index(r, 0, root), Qt::DecorationRole);
        (void)model->data(model->index(r, 2, root), Qt::DisplayRole);
    }
    QCoreApplication::processEvents();
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: encompass-dialog-desk DB\n", stderr);
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::OpenExisting);
    if (!db) {
        std::fputs(qPrintable(db.errorText() + QLatin1Char('\n')), stderr);
        return 1;
    }
    const QString folder = QFileInfo((*db)->path()).absolutePath();
    say(QStringLiteral("ready %1").arg(QCoreApplication::applicationPid()));
    std::string line;
    while (std::getline(std::cin, line)) {
        const QStringList words = QString::fromStdString(line).split(QLatin1Char(' '));
        const QString command = words.value(0);
        if (command == QLatin1String("quit"))
            return 0;
        if (command == QLatin1String("add")) {
            Child c;
            c.forename = words.value(1);
            c.surname = QStringLiteral("Desk");
            c.dateOfBirth = QDate(2022, 3, 4);
            c.settingKnown = SettingKnown::Unknown;
            auto saved = Children(**db).add(c);
            say(saved ? QStringLiteral("added %1").arg(saved->id)
                      : QStringLiteral("error ") + saved.errorText());
        } else if (command == QLatin1String("dialog")) {
            const QString kind = words.value(1);
            const auto k = kind == QLatin1String("save")        ? ui::FileDialog::Kind::Save
                           : kind == QLatin1String("directory") ? ui::FileDialog::Kind::Directory
                                                                : ui::FileDialog::Kind::Open;
            say(QStringLiteral("listed %1").arg(listFolder(k, folder)));
        } else {
            say(QStringLiteral("error unknown command ") + command);
        }
    }
    return 0;
}
