#include "ReloadPrompt.h"

#include "MessageBox.h"

#include <QCoreApplication>

namespace enc::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("enc::ui::ReloadPrompt", text);
}
} // namespace

bool isStaleEdit(const Error &error)
{
    return error.field == QLatin1String("version");
}

bool offerReload(QWidget *parent, const Error &error)
{
    const QString text =
        error.message + QStringLiteral("\n\n") +
        tr("Reload shows the record as it is now; what you typed here is not kept. Keep "
           "editing leaves your typing on screen so that you can copy it first.");
    return MessageBox::question(parent, tr("Changed on another desk"), text,
                                QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Reset,
                                {{QMessageBox::Reset, tr("&Reload")},
                                 {QMessageBox::Cancel, tr("&Keep editing")}}) == QMessageBox::Reset;
}

} // namespace enc::ui
