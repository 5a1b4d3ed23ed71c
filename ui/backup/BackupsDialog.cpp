#include "BackupsDialog.h"

#include "FileDialog.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace enc::ui {

BackupsDialog::BackupsDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_folder(new QLineEdit(this)), m_last(new QLabel(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Backups"));
    setObjectName(QStringLiteral("backupsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The tracker writes a backup into this folder the first time it is opened each day. "
           "It keeps every backup of the last 7 days (Back Up Now adds one each time, named "
           "with the time), then one a week for 4 weeks and one a month for 12 months. A "
           "network drive is a good place for them; keep the database itself on this computer."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setText(QDir::toNativeSeparators(Backup::folder(db)));
    row->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("C&hoose..."), this);
    browse->setObjectName(QStringLiteral("backupChoose"));
    row->addWidget(browse);
    form->addRow(tr("Backup &folder:"), row);
    m_last->setObjectName(QStringLiteral("backupLast"));
    form->addRow(tr("Last backup:"), m_last);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    form->addRow(QString(), m_status);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton *now = buttons->addButton(tr("&Back Up Now"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &BackupsDialog::choose);
    connect(now, &QPushButton::clicked, this, [this] {
        if (save())
            emit backUpNowRequested();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupsDialog::refresh);
    refresh();
    resize(560, sizeHint().height());
}

void BackupsDialog::choose()
{
    const QString dir = FileDialog::directory(this, tr("Folder for the backups"));
    if (dir.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(dir));
    refresh();
}

void BackupsDialog::refresh()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QDateTime last = Backup::lastBackup(folder);
    m_last->setText(last.isValid() ? last.toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                   : tr("none in this folder"));
    const QString problem = Backup::folderProblem(folder);
    m_status->setText(problem.isEmpty() ? tr("The folder can be written to.") : problem);
}

bool BackupsDialog::save()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder == Backup::folder(m_db))
        return true;
    if (Status s = Backup::setFolder(m_db, folder); !s) {
        m_status->setText(s.errorText());
        return false;
    }
    refresh();
    return true;
}

} // namespace enc::ui
