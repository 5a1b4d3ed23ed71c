#include "ActionsModel.h"

#include "domain/DateInput.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QBrush>
#include <QColor>

namespace enc::ui {

ActionsModel::ActionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActionsModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void ActionsModel::setShow(Show show)
{
    m_show = show;
    reload();
}

void ActionsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_today = QDate::currentDate();
    if (m_db) {
        // Constant SQL per view; only dates are bound.
        QString sql = QStringLiteral(
            "SELECT a.id, a.child_id, c.forename || ' ' || c.surname, a.description, "
            "coalesce(m.name, a.owner_text), a.due_on, a.completed_on FROM action a JOIN child c "
            "ON c.id = a.child_id LEFT JOIN member m ON m.id = a.owner_member_id WHERE "
            "a.archived_at IS NULL AND c.archived_at IS NULL AND ");
        QVariantMap values;
        switch (m_show) {
        case Show::Overdue:
            sql += QStringLiteral("a.completed_on IS NULL AND a.due_on < :today ORDER BY a.due_on");
            values.insert(QStringLiteral("today"), Sql::date(m_today));
            break;
        case Show::DueThisWeek:
            sql += QStringLiteral("a.completed_on IS NULL AND a.due_on >= :today AND a.due_on <= "
                                  ":week ORDER BY a.due_on");
            values.insert(QStringLiteral("today"), Sql::date(m_today));
            values.insert(QStringLiteral("week"), Sql::date(m_today.addDays(7)));
            break;
        case Show::AllOpen:
            sql += QStringLiteral("a.completed_on IS NULL ORDER BY a.due_on IS NULL, a.due_on");
            break;
        case Show::CompletedLately:
            sql += QStringLiteral("a.completed_on >= :since ORDER BY a.completed_on DESC");
            values.insert(QStringLiteral("since"), Sql::date(m_today.addDays(-30)));
            break;
        }
        auto q = Sql::run(m_db->sql(), sql, values);
        while (q && q->next()) {
            m_rows.append({q->value(0).toLongLong(), q->value(1).toLongLong(),
                           q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                           Sql::toDate(q->value(5)), Sql::toDate(q->value(6))});
        }
    }
    endResetModel();
}

int ActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const bool overdue = !r.completed.isValid() && r.due.isValid() && r.due < m_today;
    if (role == ActionIdRole)
        return r.actionId;
    if (role == ChildIdRole)
        return r.childId;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Child:
            return r.child;
        case Description:
            return r.description;
        case Owner:
            return r.owner;
        case Due:
            return DateInput::format(r.due);
        case State:
            if (r.completed.isValid())
                return tr("Completed %1").arg(DateInput::format(r.completed));
            if (overdue) {
                const qint64 days = r.due.daysTo(m_today);
                return days == 1 ? tr("Overdue by 1 day") : tr("Overdue by %1 days").arg(days);
            }
            return tr("Open");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && overdue && (index.column() == Due || index.column() == State))
        return QBrush(QColor(0xA0, 0x1C, 0x1C));
    return {};
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Child:
        return tr("Child");
    case Description:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace enc::ui
