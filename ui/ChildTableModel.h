#pragma once

#include "repo/ChildQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>

namespace enc {
class ChildCounter;
class Database;
} // namespace enc

namespace enc::ui {

// The tracker list: one row per child, every matching child at any size. Rows are read a
// block at a time as the view asks for them, by key from a neighbouring block (keyset
// pagination on the sort's index), or from the nearest key known, or back from the end; a
// few blocks and a few hundred keys are kept, however long the list. The matches are
// counted on a worker: the first rows show at once and the count follows.
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
    // What rowCount() says: the number of matches, or until it is counted the last count of
    // the same list (a refresh) or the rows read so far.
    enum class Count
    {
        Exact,
        Previous,
        AtLeast
    };

    explicit ChildTableModel(QObject *parent = nullptr);
    ~ChildTableModel() override;

    void setDatabase(Database *db);
    void setFilter(const ChildFilter &filter);
    const ChildFilter &filter() const { return m_filter; }
    // Re-reads the rows (after a change here or on another desk).
    void reload();
    Id childIdAt(int row) const;
    // The row of a child in the list, or -1; nearRow, where it was, is looked at first.
    int rowOfChild(Id id, int nearRow = -1) const;
    int ageMax() const { return m_ageMax; }
    Count countState() const { return m_countState; }
    // Counts the matches here and now when the worker has not yet (an export needs them all).
    void countNow();
    // While held, the worker does not start counting (the window's first rows are painted
    // first); let go, it counts the list shown when that is not counted yet.
    void holdCount(bool hold);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int BlockSize = 50; // rows read at a time: two screenfuls
    static constexpr int MaxBlocks = 80; // rows kept: 4,000 at most
    static constexpr int MaxKeys = 256;  // keys kept to jump from

signals:
    void loadFailed(const QString &message);
    // The count is known (rows may have been added or removed at the end).
    void counted(int rows);

private:
    struct Block
    {
        QList<ChildRow> rows;
        ChildKey first;
        ChildKey last;
        qint64 used = 0;
    };
    const ChildRow *rowAt(int row) const;
    const Block *block(int index) const;
    Result<ChildPage> readBlock(int index) const;
    void keep(int index, const ChildPage &page, const QList<ChildRow> &rows) const;
    void setCount(qint64 count);
    QString statusText(const ChildRow &r) const;
    QString statusKey(const ChildRow &r) const;

    Database *m_db = nullptr;
    ChildCounter *m_counter = nullptr;
    ChildFilter m_filter;
    ChildSort m_sort = ChildSort::Surname;
    bool m_descending = false;
    int m_windowMonths = 3;
    bool m_countMissing = false;
    int m_ageMin = 0;
    int m_ageMax = 5;
    int m_count = 0;
    Count m_countState = Count::Exact;
    quint64 m_countRequest = 0;
    quint64 m_reloads = 0;
    bool m_countHeld = false;
    // What the last reload listed, to tell a refresh from a new list.
    QString m_listed;
    mutable QHash<int, Block> m_blocks;
    mutable QMap<int, ChildKey> m_keys; // row -> its key, sparse
    mutable qint64 m_tick = 0;
};

} // namespace enc::ui
