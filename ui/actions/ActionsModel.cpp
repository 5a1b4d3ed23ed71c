#include "ActionsModel.h"

#include "domain/DateInput.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace enc::ui {

namespace {

// Which actions a view shows (the child not archived either).
QString whereFor(ActionsModel::Show show)
{
    const QString live = QStringLiteral("a.archived_at IS NULL AND c.archived_at IS NULL AND ");
    switch (show) {
    case ActionsModel::Show::Overdue:
        return live + QStringLiteral("a.completed_on IS NULL AND a.due_on < :today");
    case ActionsModel::Show::DueThisWeek:
        return live + QStringLiteral("a.completed_on IS NULL AND a.due_on >= :today AND a.due_on "
                                     "<= :week");
    case ActionsModel::Show::AllOpen:
        return live + QStringLiteral("a.completed_on IS NULL");
    case ActionsModel::Show::CompletedLately:
        return live + QStringLiteral("a.completed_on >= :since");
    }
    return live + QStringLiteral("0 = 1");
}

QVariantMap valuesFor(ActionsModel::Show show, const QDate &today)
{
    switch (show) {
    case ActionsModel::Show::Overdue:
        return {{QStringLiteral("today"), Sql::date(today)}};
    case ActionsModel::Show::DueThisWeek:
        return {{QStringLiteral("today"), Sql::date(today)},
                {QStringLiteral("week"), Sql::date(today.addDays(7))}};
    case ActionsModel::Show::AllOpen:
        return {};
    case ActionsModel::Show::CompletedLately:
        return {{QStringLiteral("since"), Sql::date(today.addDays(-30))}};
    }
    return {};
}

} // namespace

ActionsModel::ActionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActionsModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void ActionsModel::setShow(Show show)
{
    m_show = show;
    m_rows.clear(); // another list: from its top
    reload();
}

void ActionsModel::reload()
{
    // As many rows as were read before (the view's place is kept), a page at least.
    const int wanted = std::max(PageSize, int(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_today = QDate::currentDate();
    if (m_db) {
        m_rows = readRows(wanted);
        auto n = Sql::scalar(m_db->sql(),
                             QStringLiteral("SELECT count(*) FROM action a JOIN child c ON c.id = "
                                            "a.child_id WHERE ") +
                                 whereFor(m_show),
                             valuesFor(m_show, m_today));
        m_total = n ? n->toInt() : int(m_rows.size());
    }
    endResetModel();
}

QList<ActionsModel::Row> ActionsModel::readRows(int n)
{
    // Constant SQL per view and position; only dates and the last row's key are bound.
    QString sql = QStringLiteral(
        "SELECT a.id, a.child_id, c.forename || ' ' || c.surname, a.description, "
        "coalesce(m.name, a.owner_text), a.due_on, a.completed_on FROM action a JOIN child c "
        "ON c.id = a.child_id LEFT JOIN member m ON m.id = a.owner_member_id WHERE ");
    sql += whereFor(m_show);
    QVariantMap values = valuesFor(m_show, m_today);
    if (!m_rows.isEmpty()) {
        const Row &last = m_rows.constLast();
        const QDate key = m_show == Show::CompletedLately ? last.completed : last.due;
        values.insert(QStringLiteral("k1"), last.actionId);
        if (m_show == Show::CompletedLately) {
            sql += QStringLiteral(" AND (a.completed_on < :k0 OR (a.completed_on = :k0 AND a.id "
                                  "< :k1))");
            values.insert(QStringLiteral("k0"), Sql::date(key));
        } else if (m_show == Show::AllOpen && !key.isValid()) {
            sql += QStringLiteral(" AND a.due_on IS NULL AND a.id > :k1");
        } else {
            sql += m_show == Show::AllOpen
                       ? QStringLiteral(" AND (a.due_on IS NULL OR a.due_on > "
                                        ":k0 OR (a.due_on = :k0 AND a.id > :k1))")
                       : QStringLiteral(" AND (a.due_on > :k0 OR (a.due_on = "
                                        ":k0 AND a.id > :k1))");
            values.insert(QStringLiteral("k0"), Sql::date(key));
        }
    }
    switch (m_show) {
    case Show::Overdue:
    case Show::DueThisWeek:
        sql += QStringLiteral(" ORDER BY a.due_on, a.id");
        break;
    case Show::AllOpen:
        sql += QStringLiteral(" ORDER BY a.due_on IS NULL, a.due_on, a.id");
        break;
    case Show::CompletedLately:
        sql += QStringLiteral(" ORDER BY a.completed_on DESC, a.id DESC");
        break;
    }
    sql += QStringLiteral(" LIMIT :n");
    values.insert(QStringLiteral("n"), n);
    QList<Row> rows;
    auto q = Sql::run(m_db->sql(), sql, values);
    while (q && q->next()) {
        rows.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                     q->value(3).toString(), q->value(4).toString(), Sql::toDate(q->value(5)),
                     Sql::toDate(q->value(6))});
    }
    // A failed read ends the list rather than asking again on every scroll.
    m_atEnd = !q || rows.size() < n;
    return rows;
}

bool ActionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && !m_atEnd;
}

void ActionsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> added = readRows(PageSize);
    if (added.isEmpty())
        return;
    const int before = int(m_rows.size());
    beginInsertRows({}, before, before + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
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
