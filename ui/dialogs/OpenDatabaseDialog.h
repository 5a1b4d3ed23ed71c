#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace enc::ui {

// File > Open database...: a tracker file on this computer, or the office's database on a
// PostgreSQL server (postgresql://user@host/database, or libpq's host=... dbname=...), with
// a password when the server asks for one. The password is used to connect and never kept.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    // current: what is open now (a file's path, or a server's address without its password).
    explicit OpenDatabaseDialog(const QString &current, QWidget *parent = nullptr);

    // What to open: a file's path, or the server's address with the password given (if any).
    QString address() const;
    // Shows the dialog; the address chosen, empty when cancelled. Tests answer it in advance
    // with setNextAddress (nothing is shown then).
    static QString choose(const QString &current, QWidget *parent);
    static void setNextAddress(const QString &address);

    void accept() override;

private:
    void browse();
    void updateEnabled();

    QRadioButton *m_fileChoice;
    QRadioButton *m_serverChoice;
    QLineEdit *m_file;
    QLineEdit *m_server;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace enc::ui
