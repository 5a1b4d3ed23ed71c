#include "AuditModel.h"

#include "repo/AuditText.h"
#include "storage/Database.h"

#include <QScopedValueRollback>

namespace enc::ui {

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void AuditModel::setFilter(const AuditLog::Filter &filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::reload()
{
    // No fetching while the reset is in flight (a view asks when it sees the reset).
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_what.clear();
    m_more = false;
    m_matching = 0;
    m_error.clear();
    if (m_db) {
        auto page = AuditLog::page(m_db->sql(), m_filter, 0, PageSize);
        auto n = AuditLog::count(m_db->sql(), m_filter);
        if (page) {
            m_rows = *page;
            describe(*page);
            m_more = page->size() == PageSize;
        } else {
            m_error = page.errorText();
        }
        m_matching = n ? *n : 0;
        if (!n && m_error.isEmpty())
            m_error = n.errorText();
    }
    endResetModel();
}

void AuditModel::describe(const QList<AuditLog::Entry> &page)
{
    AuditText text(m_db->sql());
    text.prepare(page);
    for (const AuditLog::Entry &e : page)
        m_what << text.describe(e);
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    // A view may ask again while rows are being inserted: one page at a time.
    if (parent.isValid() || !m_more || !m_db || m_rows.isEmpty() || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = AuditLog::page(m_db->sql(), m_filter, m_rows.last().id, PageSize);
    if (!page) {
        m_error = page.errorText();
        m_more = false;
        return;
    }
    m_more = page->size() == PageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    describe(*page);
    endInsertRows();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditLog::Entry &e = m_rows.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == ChildIdRole)
        return e.childId;
    if (role == Qt::ToolTipRole && index.column() == What) {
        // The words, then the record as stored (for whoever checks the trail in detail).
        QString tip = m_what.value(index.row()) + QStringLiteral("\n\n");
        if (!e.before.isEmpty())
            tip += tr("Before: %1").arg(e.before) + QLatin1Char('\n');
        if (!e.after.isEmpty())
            tip += tr("After: %1").arg(e.after);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case User:
        return e.user;
    case Action:
        return AuditText::action(e.action);
    case Child:
        if (!e.childId)
            return QString();
        return e.childName.isEmpty() ? QStringLiteral("#%1").arg(e.childId) : e.childName;
    case What:
        return m_what.value(index.row());
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Child:
        return tr("Child");
    case What:
        return tr("What");
    default:
        return {};
    }
}

} // namespace enc::ui
