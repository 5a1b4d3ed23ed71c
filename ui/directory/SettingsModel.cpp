#include "SettingsModel.h"

#include "domain/DateInput.h"
#include "domain/TextKey.h"
#include "repo/Directory.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace enc::ui {

SettingsModel::SettingsModel(QObject *parent) : DirectoryModel(parent) {}

void SettingsModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void SettingsModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

void SettingsModel::setToday(QDate today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ContactsVerified), index(rowCount() - 1, ContactsVerified));
}

QString SettingsModel::reload()
{
    QList<Setting> rows;
    QHash<Id, QString> areas;
    QString error;
    if (m_db) {
        Directory directory(*m_db);
        auto settings = directory.settings(m_showArchived);
        auto areaList = directory.areas();
        if (settings && areaList) {
            rows = *settings;
            for (const enc::Area &a : *areaList)
                areas.insert(a.id, a.name);
        } else {
            error = settings ? areaList.errorText() : settings.errorText();
        }
    }
    beginResetModel();
    m_rows = rows;
    m_areas = areas;
    endResetModel();
    return error;
}

const Setting *SettingsModel::settingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SettingsModel::rowOf(Id settingId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == settingId)
            return row;
    }
    return -1;
}

bool SettingsModel::contactsStale(const Setting &s) const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    return !s.contactsVerifiedOn.isValid() || s.contactsVerifiedOn < today.addMonths(-12);
}

int SettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SettingsModel::display(const Setting &s, int column) const
{
    switch (column) {
    case Name:
        return s.archived ? tr("%1 (archived)").arg(s.name) : s.name;
    case Type:
        return s.type;
    case Urn:
        return s.urn;
    case Area:
        return m_areas.value(s.areaId);
    case Dsl:
        return s.dslName;
    case DslEmail:
        return s.dslEmail;
    case Deputy:
        return s.deputyName;
    case DeputyEmail:
        return s.deputyEmail;
    case Phone:
        return s.phone;
    case ContactsVerified:
        if (!s.contactsVerifiedOn.isValid())
            return tr("Never: check contacts");
        // The words matter as much as the colour: not everyone can tell amber apart.
        return contactsStale(s)
                   ? tr("%1: over 12 months ago").arg(DateInput::format(s.contactsVerifiedOn))
                   : DateInput::format(s.contactsVerifiedOn);
    }
    return {};
}

QVariant SettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Setting &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ContactsVerified && contactsStale(s))
            return tr("The DSL contacts have not been verified in the last 12 months.");
        if (s.archived)
            return tr("Archived: no longer offered for new children.");
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ContactsVerified && contactsStale(s))
            return QBrush(QColor(0xff, 0xe0, 0x99));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ContactsVerified && contactsStale(s))
            return QBrush(QColor(0x20, 0x20, 0x20));
        if (s.archived)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::FontRole:
        if (s.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return s.id;
    case FilterRole:
        return TextKey::name(s.name) + QLatin1Char('|') + TextKey::name(s.urn) + QLatin1Char('|') +
               TextKey::name(m_areas.value(s.areaId));
    case SortRole:
        if (index.column() == ContactsVerified)
            return s.contactsVerifiedOn.isValid() ? s.contactsVerifiedOn.toJulianDay() : 0;
        return display(s, index.column()).toCaseFolded();
    case ContactsStaleRole:
        return contactsStale(s);
    }
    return {};
}

QVariant SettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Urn:
        return tr("URN");
    case Area:
        return tr("Area");
    case Dsl:
        return tr("DSL");
    case DslEmail:
        return tr("DSL email");
    case Deputy:
        return tr("Deputy");
    case DeputyEmail:
        return tr("Deputy email");
    case Phone:
        return tr("Phone");
    case ContactsVerified:
        return tr("Contacts verified");
    }
    return {};
}

} // namespace enc::ui
