#include "PassphraseDialog.h"

#include "storage/EncryptedBackup.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace enc::ui {

namespace {
std::optional<QString> g_next;
} // namespace

PassphraseDialog::PassphraseDialog(const QString &prompt, bool confirm, QWidget *parent)
    : QDialog(parent), m_first(new QLineEdit(this)), m_message(new QLabel(this)), m_confirm(confirm)
{
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(prompt, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setObjectName(QStringLiteral("passphrase"));
    form->addRow(tr("&Passphrase:"), m_first);
    if (confirm) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setObjectName(QStringLiteral("passphraseAgain"));
        form->addRow(tr("&Again:"), m_second);
    }
    layout->addLayout(form);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    if (m_second)
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    check();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

QString PassphraseDialog::problem() const
{
    const QString first = m_first->text();
    if (first.isEmpty())
        return tr("Type the passphrase.");
    if (m_confirm) {
        if (first.size() < EncryptedBackup::MinPassphraseLength)
            return tr("Use at least %1 characters; a few words are easier to remember.")
                .arg(EncryptedBackup::MinPassphraseLength);
        if (m_second->text() != first)
            return tr("Type the same passphrase twice.");
    }
    return {};
}

void PassphraseDialog::check()
{
    const QString why = problem();
    m_message->setText(why.isEmpty() && m_confirm
                           ? tr("Keep the passphrase safe: without it the backup cannot be "
                                "restored. It is not stored anywhere.")
                           : why);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

bool PassphraseDialog::ask(QWidget *parent, const QString &title, const QString &prompt,
                           bool confirm, QString *out)
{
    if (g_next) {
        *out = *g_next;
        g_next.reset();
        return !out->isEmpty();
    }
    PassphraseDialog dialog(prompt, confirm, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *out = dialog.passphrase();
    dialog.m_first->clear();
    if (dialog.m_second)
        dialog.m_second->clear();
    return true;
}

void PassphraseDialog::setNextPassphrase(const QString &passphrase)
{
    g_next = passphrase;
}

} // namespace enc::ui
