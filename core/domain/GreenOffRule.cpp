#include "domain/GreenOffRule.h"

#include "domain/DateInput.h"

#include <QCoreApplication>
#include <QStringList>

namespace enc {

namespace {

const char *const context = "enc::GreenOffRule";

// Past this many, the message says "and N more" rather than growing without end.
constexpr int maxNamed = 5;

QString describeAction(const Action &action)
{
    QString name = action.description.simplified();
    if (name.isEmpty())
        name = QCoreApplication::translate(context, "Untitled action");
    if (!action.dueOn.isValid())
        return name;
    return QCoreApplication::translate(context, "%1, due %2")
        .arg(name, DateInput::format(action.dueOn));
}

} // namespace

Status GreenOffRule::canGreenOff(const QList<Action> &actions)
{
    QStringList open;
    int openCount = 0;
    for (const Action &action : actions) {
        if (action.complete())
            continue;
        if (++openCount <= maxNamed)
            open.append(describeAction(action));
    }
    if (openCount == 0)
        return {};
    if (openCount > maxNamed)
        open.append(QCoreApplication::translate(context, "and %1 more").arg(openCount - maxNamed));
    const QString list = open.join(QStringLiteral("; "));
    const QString message =
        openCount == 1
            ? QCoreApplication::translate(context, "Cannot green off: 1 action is still open (%1)")
                  .arg(list)
            : QCoreApplication::translate(context,
                                          "Cannot green off: %1 actions are still open (%2)")
                  .arg(openCount)
                  .arg(list);
    return Status::failure(message, QStringLiteral("actions"));
}

bool GreenOffRule::reopensOnNewPpn(ChildStatus status)
{
    return status == ChildStatus::GreenedOff;
}

} // namespace enc
