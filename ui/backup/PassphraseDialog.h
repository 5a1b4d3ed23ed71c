#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace enc::ui {

// Asks for a backup's passphrase (twice when sealing a new backup). Nothing is stored.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    PassphraseDialog(const QString &prompt, bool confirm, QWidget *parent = nullptr);

    QString passphrase() const;
    QLineEdit *firstEdit() const { return m_first; }
    QLineEdit *secondEdit() const { return m_second; }
    // Empty when the typed passphrase can be used, else why not.
    QString problem() const;

    // Shows the dialog (or takes the answer set for tests); false when cancelled.
    static bool ask(QWidget *parent, const QString &title, const QString &prompt, bool confirm,
                    QString *out);
    // The passphrase the next ask() returns without showing; an empty one means "cancelled".
    static void setNextPassphrase(const QString &passphrase);

private:
    void check();

    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_message;
    bool m_confirm;
};

} // namespace enc::ui
