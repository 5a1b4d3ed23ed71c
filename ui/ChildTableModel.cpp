#include "ChildTableModel.h"

#include "domain/ChildAge.h"
#include "domain/DateInput.h"
#include "repo/Options.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyle>

namespace enc::ui {

ChildTableModel::ChildTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChildTableModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void ChildTableModel::setFilter(const ChildFilter &filter)
{
    m_filter = filter;
    reload();
}

void ChildTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_ids.clear();
    m_truncated = false;
    if (m_db) {
        const Options options(m_db->sql());
        m_windowMonths = options.escalation().windowMonths;
        m_countMissing = options.escalation().countMissing;
        m_ageMin = options.ageMin();
        m_ageMax = options.ageMax();
        m_filter.today = QDate::currentDate();
        const bool searching = !m_filter.search.trimmed().isEmpty();
        auto ids = ChildQuery::ids(m_db->sql(), m_filter, m_sort, m_descending,
                                   searching ? SearchLimit + 1 : 0);
        if (ids)
            m_ids = *ids;
        else
            emit loadFailed(ids.errorText());
        m_truncated = m_ids.size() > SearchLimit;
        if (m_truncated)
            m_ids.resize(SearchLimit);
    }
    endResetModel();
}

Id ChildTableModel::childIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ChildTableModel::rowOfChild(Id id) const
{
    return m_ids.indexOf(id);
}

int ChildTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ChildTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ChildRow *ChildTableModel::rowAt(int row) const
{
    if (!m_db || row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        auto rows = ChildQuery::rows(m_db->sql(), m_ids.mid(page * PageSize, PageSize), m_filter,
                                     m_windowMonths, m_countMissing);
        if (!rows)
            return nullptr;
        it = m_pages.insert(page, *rows);
    }
    const int offset = row % PageSize;
    // A child archived elsewhere since the ids were read leaves its page short.
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString ChildTableModel::statusKey(const ChildRow &r) const
{
    if (r.escalated)
        return QStringLiteral("escalated");
    if (!DateInput::inAgeBand(r.dateOfBirth, m_filter.today, m_ageMin, m_ageMax))
        return QStringLiteral("outside-band");
    if (r.status == ChildStatus::GreenedOff)
        return QStringLiteral("greened-off");
    if (r.openActions > 0)
        return QStringLiteral("open-actions");
    return QStringLiteral("open");
}

QString ChildTableModel::statusText(const ChildRow &r) const
{
    const QString key = statusKey(r);
    if (key == QLatin1String("escalated"))
        return tr("Escalated");
    if (key == QLatin1String("outside-band"))
        return tr("Outside age band");
    if (key == QLatin1String("greened-off"))
        return tr("Greened off");
    if (key == QLatin1String("open-actions"))
        return r.openActions == 1 ? tr("Open: 1 action")
                                  : tr("Open: %1 actions").arg(r.openActions);
    return tr("Open");
}

QVariant ChildTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == ChildIdRole)
        return childIdAt(index.row());
    const ChildRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == StatusKeyRole)
        return statusKey(*r);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            return r->surname.toUpper() + QStringLiteral(", ") + r->forename;
        case DateOfBirth:
            return DateInput::format(r->dateOfBirth);
        case Age: // a baby's age in months, as the agenda says it ("7 months", not 0)
            return ChildAge::text(r->dateOfBirth, m_filter.today);
        case Setting:
            return r->settingName;
        case Area:
            return r->areaName;
        case Ppns:
            return r->ppnCount;
        case LastIncident:
            return DateInput::format(r->lastIncident);
        case PpnsInWindow:
            return r->ppnsInWindow;
        case Status:
            return statusText(*r);
        case NextDue:
            return DateInput::format(r->nextActionDue);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Age:
        case Ppns:
        case PpnsInWindow:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    const QString key = statusKey(*r);
    if (role == Qt::BackgroundRole) {
        // Status colours, always paired with the status text and icon for colour-blind users.
        if (key == QLatin1String("escalated"))
            return QBrush(QColor(0xF8, 0xD7, 0xDA));
        if (key == QLatin1String("greened-off"))
            return QBrush(QColor(0xD4, 0xED, 0xDA));
        if (key == QLatin1String("open-actions"))
            return QBrush(QColor(0xFF, 0xF0, 0xC2));
        if (key == QLatin1String("outside-band"))
            return QBrush(QColor(0xE2, 0xE3, 0xE5));
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == NextDue && r->nextActionDue.isValid() &&
        r->nextActionDue < m_filter.today)
        return QBrush(QColor(0xA0, 0x1C, 0x1C));
    if (role == Qt::DecorationRole && index.column() == Status) {
        // Built once: a QIcon made per paint would render its SVG every time.
        static const QHash<QString, QIcon> icons = {
            {QStringLiteral("escalated"), QIcon(QStringLiteral(":/icons/escalated.svg"))},
            {QStringLiteral("greened-off"), QIcon(QStringLiteral(":/icons/greened-off.svg"))},
            {QStringLiteral("open-actions"), QIcon(QStringLiteral(":/icons/open-actions.svg"))},
            {QStringLiteral("outside-band"), QIcon(QStringLiteral(":/icons/outside-band.svg"))}};
        const auto it = icons.constFind(key);
        return it == icons.constEnd() ? QVariant() : QVariant(*it);
    }
    if (role == Qt::ToolTipRole && index.column() == PpnsInWindow)
        return m_countMissing
                   ? tr("PPNs with an incident in the last %1 months (the escalation window)")
                         .arg(m_windowMonths)
                   : tr("PPNs with an incident in the last %1 months (the escalation window; "
                        "missing-child notifications not counted)")
                         .arg(m_windowMonths);
    return {};
}

QVariant ChildTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case Age:
        return tr("Age");
    case Setting:
        return tr("Setting");
    case Area:
        return tr("Area");
    case Ppns:
        return tr("PPNs");
    case LastIncident:
        return tr("Last incident");
    case PpnsInWindow:
        return tr("PPNs, %1 months").arg(m_windowMonths);
    case Status:
        return tr("Status");
    case NextDue:
        return tr("Next action due");
    default:
        return {};
    }
}

void ChildTableModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case DateOfBirth:
    case Age:
        m_sort = ChildSort::DateOfBirth;
        break;
    case Setting:
        m_sort = ChildSort::Setting;
        break;
    case Area:
        m_sort = ChildSort::Area;
        break;
    case Ppns:
    case PpnsInWindow:
        m_sort = ChildSort::PpnCount;
        break;
    case LastIncident:
        m_sort = ChildSort::LastIncident;
        break;
    case Status:
        m_sort = ChildSort::State;
        break;
    case NextDue:
        m_sort = ChildSort::NextDue;
        break;
    default:
        m_sort = ChildSort::Surname;
    }
    // Age runs opposite to date of birth.
    m_descending = (order == Qt::DescendingOrder) != (column == Age);
    reload();
}

} // namespace enc::ui
