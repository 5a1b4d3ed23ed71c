#include "OpenDatabaseDialog.h"

#include "FileDialog.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace enc::ui {

namespace {

std::optional<QString> s_nextAddress;

// A conninfo value as libpq reads it: quoted, with \ and ' escaped.
QString conninfoQuoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(const QString &current, QWidget *parent)
    : QDialog(parent), m_fileChoice(new QRadioButton(tr("A &file on this computer"), this)),
      m_serverChoice(new QRadioButton(tr("The office's database on a &server (PostgreSQL)"), this)),
      m_file(new QLineEdit(this)), m_server(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Open Database"));
    setObjectName(QStringLiteral("openDatabaseDialog"));
    m_file->setObjectName(QStringLiteral("openDatabaseFile"));
    m_server->setObjectName(QStringLiteral("openDatabaseServer"));
    m_password->setObjectName(QStringLiteral("openDatabasePassword"));
    m_problem->setObjectName(QStringLiteral("openDatabaseProblem"));
    m_server->setPlaceholderText(tr("postgresql://user@host/database  or  host=... dbname=..."));
    m_server->setMinimumWidth(420);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the server asks for one"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *serverForm = new QFormLayout;
    serverForm->addRow(tr("&Address:"), m_server);
    serverForm->addRow(tr("Pass&word:"), m_password);
    auto *note = new QLabel(tr("The IT department gives the address. The password is used to "
                               "connect and is never stored; with Windows sign-in (Kerberos) "
                               "leave it empty."),
                            this);
    note->setWordWrap(true);
    serverForm->addRow(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileChoice);
    layout->addLayout(fileRow);
    layout->addSpacing(8);
    layout->addWidget(m_serverChoice);
    layout->addLayout(serverForm);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    const bool onServer = Database::isServerAddress(current);
    (onServer ? m_server : m_file)->setText(current);
    (onServer ? m_serverChoice : m_fileChoice)->setChecked(true);
    connect(m_fileChoice, &QRadioButton::toggled, this, &OpenDatabaseDialog::updateEnabled);
    // Typing in a field chooses its kind.
    connect(m_server, &QLineEdit::textEdited, this, [this] { m_serverChoice->setChecked(true); });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileChoice->setChecked(true); });
    updateEnabled();
}

void OpenDatabaseDialog::updateEnabled()
{
    m_password->setEnabled(m_serverChoice->isChecked());
    m_problem->hide();
}

void OpenDatabaseDialog::browse()
{
    const QString path = FileDialog::openFileName(
        this, tr("Open a tracker file"), tr("Tracker databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(path);
    m_fileChoice->setChecked(true);
}

QString OpenDatabaseDialog::address() const
{
    if (m_fileChoice->isChecked())
        return m_file->text().trimmed();
    const QString server = m_server->text().trimmed();
    const QString password = m_password->text();
    if (password.isEmpty())
        return server;
    // libpq reads a password from the address itself: a URI's query or a conninfo keyword.
    if (server.contains(QLatin1String("://"))) {
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
        return server + (server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               QStringLiteral("password=") + encoded;
    }
    return server + QStringLiteral(" password=") + conninfoQuoted(password);
}

void OpenDatabaseDialog::accept()
{
    QString problem;
    if (m_fileChoice->isChecked() && m_file->text().trimmed().isEmpty())
        problem = tr("Choose the tracker's file, or a server.");
    else if (m_serverChoice->isChecked() && !Database::isServerAddress(m_server->text()))
        problem = tr("Write the server's address as postgresql://user@host/database or as "
                     "host=... dbname=... (the IT department gives it).");
    else if (m_fileChoice->isChecked() && Database::isServerAddress(m_file->text()))
        problem = tr("That is a server's address: choose \"The office's database on a server\".");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        (m_fileChoice->isChecked() ? m_file : m_server)->setFocus();
        return;
    }
    QDialog::accept();
}

QString OpenDatabaseDialog::choose(const QString &current, QWidget *parent)
{
    if (s_nextAddress) {
        const QString next = *s_nextAddress;
        s_nextAddress.reset();
        return next;
    }
    OpenDatabaseDialog dialog(current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QString chosen = dialog.address();
    dialog.m_password->clear();
    return chosen;
}

void OpenDatabaseDialog::setNextAddress(const QString &address)
{
    s_nextAddress = address;
}

} // namespace enc::ui
