#pragma once

#include "domain/Records.h"

#include <QAbstractTableModel>
#include <QDate>

namespace enc {
class Database;
}

namespace enc::ui {

// Actions across all children: open ones, overdue first; or those completed lately. Rows are
// read a page at a time, by key, as the view scrolls (a county's overdue actions run to six
// figures); the count of them all is one query of its own.
class ActionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Child,
        Description,
        Owner,
        Due,
        State,
        ColumnCount
    };
    enum class Show
    {
        Overdue,
        DueThisWeek,
        AllOpen,
        CompletedLately
    };
    enum Role
    {
        ActionIdRole = Qt::UserRole + 1,
        ChildIdRole
    };

    explicit ActionsModel(QObject *parent = nullptr);
    void setDatabase(Database *db);
    void setShow(Show show);
    Show show() const { return m_show; }
    void reload();
    // Every action the view shows, not only those read so far.
    int total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static constexpr int PageSize = 200;
    struct Row
    {
        Id actionId = 0;
        Id childId = 0;
        QString child;
        QString description;
        QString owner;
        QDate due;
        QDate completed;
    };
    Database *m_db = nullptr;
    Show m_show = Show::Overdue;
    QDate m_today;
    // Up to n rows after the last one held (the view's order); sets m_atEnd.
    QList<Row> readRows(int n);

    QList<Row> m_rows;
    int m_total = 0;
    bool m_atEnd = true;
};

} // namespace enc::ui
