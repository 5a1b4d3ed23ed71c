#include "MembersModel.h"

#include "domain/TextKey.h"
#include "repo/Directory.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace enc::ui {

MembersModel::MembersModel(QObject *parent) : DirectoryModel(parent) {}

void MembersModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void MembersModel::setShowInactive(bool show)
{
    if (show == m_showInactive)
        return;
    m_showInactive = show;
    reload();
}

QString MembersModel::reload()
{
    QList<Member> rows;
    QHash<Id, enc::Agency> agencies;
    QString error;
    if (m_db) {
        Directory directory(*m_db);
        auto members = directory.members(!m_showInactive);
        auto agencyList = directory.agencies();
        if (members && agencyList) {
            rows = *members;
            for (const enc::Agency &a : *agencyList)
                agencies.insert(a.id, a);
        } else {
            error = members ? agencyList.errorText() : members.errorText();
        }
    }
    beginResetModel();
    m_rows = rows;
    m_agencies = agencies;
    endResetModel();
    return error;
}

const Member *MembersModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MembersModel::rowOf(Id memberId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == memberId)
            return row;
    }
    return -1;
}

QString MembersModel::commitmentText(MemberCommitment c)
{
    switch (c) {
    case MemberCommitment::Monthly:
        return tr("Monthly");
    case MemberCommitment::Optional:
        return tr("Optional");
    case MemberCommitment::Always:
        break;
    }
    return tr("Always");
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MembersModel::display(const Member &m, int column) const
{
    switch (column) {
    case Name:
        return m.name;
    case Role:
        return m.role;
    case Agency: {
        const enc::Agency a = m_agencies.value(m.agencyId);
        return a.police ? tr("%1 (police)").arg(a.name) : a.name;
    }
    case Email:
        return m.email;
    case Attends:
        return commitmentText(m.commitment);
    case Active:
        return m.active ? tr("Yes") : tr("No (inactive)");
    }
    return {};
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(m, index.column());
    case Qt::ToolTipRole:
        return m.active ? QVariant() : tr("Inactive: not expected at meetings.");
    case Qt::ForegroundRole:
        return m.active ? QVariant() : QBrush(QColor(0x70, 0x70, 0x70));
    case Qt::FontRole:
        if (!m.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return m.id;
    case FilterRole:
        return TextKey::name(m.name) + QLatin1Char('|') + TextKey::name(m.role) + QLatin1Char('|') +
               TextKey::name(m_agencies.value(m.agencyId).name);
    case SortRole:
        if (index.column() == Attends)
            return int(m.commitment);
        return display(m, index.column()).toCaseFolded();
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Agency:
        return tr("Agency");
    case Email:
        return tr("Email");
    case Attends:
        return tr("Attends");
    case Active:
        return tr("Active");
    }
    return {};
}

} // namespace enc::ui
