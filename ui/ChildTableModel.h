#pragma once

#include "repo/ChildQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace enc {
class Database;
}

namespace enc::ui {

// The tracker list: one row per child. Only the matching ids are read up front;
// rows are fetched a page at a time as the view asks for them, so 100,000
// children open instantly. Filtering and sorting run in SQL.
class ChildTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        DateOfBirth,
        Age,
        Setting,
        Area,
        Ppns,
        LastIncident,
        PpnsInWindow,
        Status,
        NextDue,
        ColumnCount
    };
    enum Role
    {
        ChildIdRole = Qt::UserRole + 1,
        StatusKeyRole
    };

    explicit ChildTableModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void setFilter(const ChildFilter &filter);
    const ChildFilter &filter() const { return m_filter; }
    // Re-reads the rows (after a change here or on another desk).
    void reload();
    Id childIdAt(int row) const;
    int rowOfChild(Id id) const;
    int ageMax() const { return m_ageMax; }
    // A search shows at most this many matches; more means "type more to narrow".
    static constexpr int SearchLimit = 2000;
    bool truncated() const { return m_truncated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &message);

private:
    static constexpr int PageSize = 48; // a screenful and a little more
    const ChildRow *rowAt(int row) const;
    QString statusText(const ChildRow &r) const;
    QString statusKey(const ChildRow &r) const;

    Database *m_db = nullptr;
    ChildFilter m_filter;
    ChildSort m_sort = ChildSort::Surname;
    bool m_descending = false;
    int m_windowMonths = 3;
    bool m_countMissing = false;
    int m_ageMin = 0;
    int m_ageMax = 5;
    QList<Id> m_ids;
    bool m_truncated = false;
    mutable QHash<int, QList<ChildRow>> m_pages;
};

} // namespace enc::ui
