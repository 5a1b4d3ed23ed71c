#include "ChildTableModel.h"

#include "domain/ChildAge.h"
#include "domain/DateInput.h"
#include "repo/ChildCounter.h"
#include "repo/Options.h"
#include "storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyle>
#include <QTimer>

namespace enc::ui {

namespace {

// What a list shows, to tell a refresh of it from a new one.
QString listed(const ChildFilter &f, ChildSort sort, bool descending)
{
    return QStringList{f.search,
                       QString::number(int(f.status)),
                       QString::number(f.overdueActions),
                       QString::number(f.noKnownSetting),
                       QString::number(f.settingId),
                       QString::number(f.areaId),
                       QString::number(f.includeArchived),
                       QString::number(int(sort)),
                       QString::number(descending)}
        .join(QLatin1Char('\n'));
}

} // namespace

ChildTableModel::ChildTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ChildTableModel::~ChildTableModel() = default;

void ChildTableModel::setDatabase(Database *db)
{
    m_db = db;
    delete m_counter;
    m_counter = nullptr;
    if (m_db && !m_db->path().isEmpty()) {
        m_counter = new ChildCounter(m_db->path(), this);
        connect(m_counter, &ChildCounter::counted, this, [this](quint64 request, qint64 n) {
            if (request == m_countRequest && m_countState != Count::Exact) {
                if (n < 0)
                    countNow();
                else
                    setCount(n);
            }
        });
    }
    m_listed.clear();
    reload();
}

void ChildTableModel::setFilter(const ChildFilter &filter)
{
    m_filter = filter;
    reload();
}

void ChildTableModel::reload()
{
    const QString now = listed(m_filter, m_sort, m_descending);
    const bool refresh = now == m_listed && m_countState != Count::AtLeast;
    const int before = m_count;
    beginResetModel();
    m_blocks.clear();
    m_keys.clear();
    m_count = 0;
    m_countState = Count::Exact;
    ++m_countRequest; // a count still running is for the list before: stopped
    ++m_reloads;
    if (m_counter)
        m_counter->cancel();
    if (m_db) {
        const Options options(m_db->sql());
        const EscalationConfig escalation = options.escalation();
        m_windowMonths = escalation.windowMonths;
        m_countMissing = escalation.countMissing;
        m_ageMin = options.ageMin();
        m_ageMax = options.ageMax();
        m_filter.today = QDate::currentDate();
        // The first block now; the count on the worker. A short first block is the count.
        auto page =
            ChildQuery::page(m_db->sql(), m_filter, m_sort, m_descending, {}, false, BlockSize);
        auto rows = page ? ChildQuery::rows(m_db->sql(), page->ids, m_filter, m_windowMonths,
                                            m_countMissing)
                         : Result<QList<ChildRow>>(page.error());
        if (!rows) {
            emit loadFailed(rows.errorText());
        } else {
            keep(0, *page, *rows);
            m_count = int(page->ids.size());
            if (m_count == BlockSize) {
                m_countState = refresh ? Count::Previous : Count::AtLeast;
                if (refresh)
                    m_count = qMax(before, m_count);
                // Counted once the first rows are painted (the paint is a posted event,
                // handled before a timer), not on a core the paint needs.
                QTimer::singleShot(0, this, [this, reload = m_reloads] {
                    if (m_counter && reload == m_reloads && m_countState != Count::Exact &&
                        !m_countHeld)
                        m_countRequest = m_counter->request(m_filter);
                });
            }
        }
    }
    m_listed = now;
    endResetModel();
    if (m_countState != Count::Exact && !m_counter)
        countNow();
}

void ChildTableModel::countNow()
{
    if (!m_db || m_countState == Count::Exact)
        return;
    ++m_countRequest;
    auto n = ChildQuery::count(m_db->sql(), m_filter);
    if (!n)
        emit loadFailed(n.errorText());
    setCount(n ? *n : m_count);
}

void ChildTableModel::holdCount(bool hold)
{
    m_countHeld = hold;
    if (!hold && m_counter && m_countState != Count::Exact)
        m_countRequest = m_counter->request(m_filter);
}

void ChildTableModel::setCount(qint64 count)
{
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    if (n > m_count) {
        beginInsertRows({}, m_count, n - 1);
        m_count = n;
        m_countState = Count::Exact;
        endInsertRows();
    } else if (n < m_count) {
        beginRemoveRows({}, n, m_count - 1);
        m_count = n;
        m_countState = Count::Exact;
        for (auto it = m_blocks.begin(); it != m_blocks.end();)
            it = it.key() * BlockSize >= n ? m_blocks.erase(it) : std::next(it);
        m_keys.erase(m_keys.lowerBound(n), m_keys.end());
        endRemoveRows();
    }
    m_countState = Count::Exact;
    emit counted(m_count);
}

Id ChildTableModel::childIdAt(int row) const
{
    const ChildRow *r = rowAt(row);
    return r ? r->id : 0;
}

int ChildTableModel::rowOfChild(Id id, int nearRow) const
{
    if (!m_db || id <= 0)
        return -1;
    // Where it was (a refresh keeps most rows in place), then the blocks at hand.
    if (nearRow >= 0 && nearRow < m_count) {
        for (int index : {nearRow / BlockSize, nearRow / BlockSize - 1, nearRow / BlockSize + 1}) {
            if (index < 0 || index * BlockSize >= m_count)
                continue;
            if (const Block *b = block(index)) {
                for (int i = 0; i < b->rows.size(); ++i) {
                    if (b->rows[i].id == id)
                        return index * BlockSize + i;
                }
            }
        }
    }
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows[i].id == id)
                return it.key() * BlockSize + i;
        }
    }
    // Anywhere else: its key, and how many come before it.
    auto key = ChildQuery::keyOf(m_db->sql(), m_filter, m_sort, id);
    if (!key || key->isEmpty())
        return -1;
    auto before = ChildQuery::countBefore(m_db->sql(), m_filter, m_sort, m_descending, *key);
    return before && *before < m_count ? int(*before) : -1;
}

int ChildTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ChildTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ChildRow *ChildTableModel::rowAt(int row) const
{
    if (!m_db || row < 0 || row >= m_count)
        return nullptr;
    const Block *b = block(row / BlockSize);
    const int offset = row % BlockSize;
    // A child archived elsewhere since the count leaves a block short.
    return b && offset < b->rows.size() ? &b->rows.at(offset) : nullptr;
}

const ChildTableModel::Block *ChildTableModel::block(int index) const
{
    auto it = m_blocks.find(index);
    if (it == m_blocks.end()) {
        auto page = readBlock(index);
        if (!page)
            return nullptr;
        auto rows =
            ChildQuery::rows(m_db->sql(), page->ids, m_filter, m_windowMonths, m_countMissing);
        if (!rows)
            return nullptr;
        keep(index, *page, *rows);
        it = m_blocks.find(index);
    }
    it->used = ++m_tick;
    return &*it;
}

Result<ChildPage> ChildTableModel::readBlock(int index) const
{
    const int first = index * BlockSize;
    const int size = qMin(BlockSize, m_count - first);
    const auto read = [&](const ChildKey &after, bool backward, int limit,
                          int offset) -> Result<ChildPage> {
        auto page = ChildQuery::page(m_db->sql(), m_filter, m_sort, m_descending, after, backward,
                                     limit, offset);
        if (page && backward) {
            std::reverse(page->ids.begin(), page->ids.end());
            std::reverse(page->keys.begin(), page->keys.end());
        }
        return page;
    };
    // From a neighbour's edge: nothing skipped.
    const auto before = m_blocks.constFind(index - 1);
    if (before != m_blocks.constEnd() && before->rows.size() == BlockSize)
        return read(before->last, false, BlockSize, 0);
    const auto after = m_blocks.constFind(index + 1);
    if (after != m_blocks.constEnd() && !after->first.isEmpty())
        return read(after->first, true, BlockSize, 0);
    // Otherwise from the nearest key known, or the start, or the end (once counted), skipping
    // the rows between: each one skipped is an index entry read.
    ChildKey from;
    bool backward = false;
    int skip = first; // from the start
    auto key = m_keys.lowerBound(first);
    if (key != m_keys.cbegin()) {
        const auto k = std::prev(key);
        if (first - k.key() - 1 < skip) {
            from = k.value();
            skip = first - k.key() - 1;
        }
    }
    if (m_countState == Count::Exact) {
        key = m_keys.lowerBound(first + size);
        if (key != m_keys.cend() && key.key() - first - size < skip) {
            from = key.value();
            backward = true;
            skip = key.key() - first - size;
        }
        if (m_count - first - size < skip) {
            from = {};
            backward = true;
            skip = m_count - first - size;
        }
    }
    return read(from, backward, backward ? size : BlockSize, skip);
}

void ChildTableModel::keep(int index, const ChildPage &page, const QList<ChildRow> &rows) const
{
    Block b;
    b.rows = rows;
    if (!page.keys.isEmpty()) {
        b.first = page.keys.first();
        b.last = page.keys.last();
        m_keys.insert(index * BlockSize, b.first);
        m_keys.insert(index * BlockSize + int(page.keys.size()) - 1, b.last);
    }
    b.used = ++m_tick;
    m_blocks.insert(index, b);
    if (m_blocks.size() > MaxBlocks) { // the block read longest ago goes
        auto oldest = m_blocks.begin();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_blocks.erase(oldest);
    }
    if (m_keys.size() > MaxKeys) { // every other key goes: still spread over the list
        bool drop = false;
        for (auto it = m_keys.begin(); it != m_keys.end();) {
            it = drop ? m_keys.erase(it) : std::next(it);
            drop = !drop;
        }
    }
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
